package extract

import (
	"regexp"
	"strings"
)

// Lists of the designated that a line ending in a colon announces, wherever in the notice
// the designating body was named:
//
//	Today's action targets the following persons:
//	Lim Heng — designated for being a leader of the militia.
//
//	OFAC is designating the following persons pursuant to E.O. 13818:
//	Mao Dara and Ly Sok, for having materially assisted the group;
//
//	Those sanctioned today include:
//	Chen Bo, a businessman who founded and owns Golden Gate Co., Ltd., the company that built
//	the casino. He is already sanctioned by the United States.
//
// Each line led by names (a person, company or body, only titles before; several joined by
// "and", or by commas with "and" before the last) followed by a comma, semicolon, dash,
// bracket or the line's end is SANCTIONED_BY the body the lead-in names as designating, else
// the body the notice last said designates. A row may run to several sentences: the lead-in
// says a list follows. The list ends at the first line no such names lead.

// reLeadInLine is a lead-in line up to its colon: a word of designation and then "the
// following" or a verb of inclusion right before the colon.
var reLeadInLine = regexp.MustCompile(`(?i)\b(?:designat\w*|sanction\w*|targets?|targeted|listed|listing)\b[^:]{0,80}?(?:\bthe\s+following\b[^:]{0,80}|\b(?:include|includes|included|are|were|is|target|targets|cover|covers)\s*)$|\bthe\s+following\s+(?:\w+\s+){0,4}?(?:are|were|is|have\s+been|has\s+been)\s+(?:(?:also|today|now|being)\s+)?(?:designated|sanctioned|listed)\b[^:]{0,80}$`)

// reLeadInPronoun is a short lead-in that names the list by a pronoun, the sentence before
// it saying what the list holds: "The designations are made under the Global Human Rights
// regime. They include:".
var reLeadInPronoun = regexp.MustCompile(`(?i)^\s*(?:they|these|those)\s+(?:include|are)\s*$`)

// reDesignationsNoun is a sentence about the designations themselves: "The designations are
// made under", "Today's sanctions".
var reDesignationsNoun = regexp.MustCompile(`(?i)\b(?:the|today's|today’s)\s+(?:designations|sanctions|listings)\b`)

// reLeadInDenial is a lead-in that lists those spared or freed of a past designation: "were
// not designated", "removed", "sanctioned in the past and today cleared",
// "delisted", "no longer".
var reLeadInDenial = regexp.MustCompile(`(?i)\b(?:not|no\s+longer|never|removed|delisted|lifted|spared|exempt\w*|cleared|acquitted|unfrozen|revoked|rescinded|in\s+the\s+past|previously|formerly)\b`)

// designationLeads reads the lists above. emit gets the row's sentence, the designated, the
// body, the body's sentence and the span of the name.
func designationLeads(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	lastAgent, lastSent := -1, -1
	for si := 0; si < len(sents); si++ {
		st := sents[si]
		if a := listAgent(text, st, bySent[si], cands, ents, lastAgent); a >= 0 {
			lastAgent, lastSent = a, si
		}
		if lastAgent < 0 {
			continue
		}
		// The colon that closes a line of this sentence.
		colon := lineColon(text, st.s, st.e) // designation_colon.go
		if colon < 0 {
			continue
		}
		// The lead-in is the colon's own sentence, within its line: "The firm said the
		// following:" after a designation names no list of the designated.
		ls := max(st.s, strings.LastIndexByte(text[:colon], '\n')+1)
		lead := text[ls:colon]
		pronounLead := reLeadInPronoun.MatchString(lead) && strings.TrimSpace(text[st.s:ls]) == "" && si > 0 && reDesignationsNoun.MatchString(text[sents[si-1].s:sents[si-1].e])
		if len(strings.Fields(lead)) > 25 || !(pronounLead || reLeadInLine.MatchString(lead)) || reLeadInDenial.MatchString(lead) {
			continue
		}
		after := mentionsAfter(cands, bySent, si, min(len(sents), si+80), colon) // designation_colon.go
		k := 0
		ls = colon + 1
		for rows := 0; rows < 40 && ls < len(text); rows++ {
			var le int
			ls, le = nextLine(text, ls)
			line := strings.TrimSpace(text[ls:le])
			if line == "" {
				break
			}
			if len(strings.Fields(line)) <= 4 && rePartiesOpener.MatchString(line) {
				ls = le // "Entities": a sub-heading inside the list
				continue
			}
			for k < len(after) && cands[after[k]].s < ls {
				k++
			}
			if k >= len(after) || cands[after[k]].s >= le {
				break
			}
			first := cands[after[k]]
			if first.ent < 0 || first.ent == lastAgent || !agentType(ents[first.ent].typ) || !onlyTitles(text[ls:first.s]) {
				break
			}
			names := []candidate{first}
			end := first.e
			for j := k + 1; j < len(after); j++ {
				c := cands[after[j]]
				if c.s >= le || c.ent < 0 || !agentType(ents[c.ent].typ) {
					break
				}
				gap := text[end:c.s]
				if gap != ", " && gap != " and " && gap != ", and " {
					break
				}
				names = append(names, c)
				end = c.e
			}
			// Names joined by commas alone are a name and its description ("Lim Heng, Golden
			// Gate's owner"): the chain stands only when "and" joins its last name.
			for len(names) > 1 && !strings.HasSuffix(text[names[len(names)-2].e:names[len(names)-1].s], "and ") {
				names = names[:len(names)-1]
			}
			if !rowCell(text, names[len(names)-1].e, le) {
				break
			}
			for _, c := range names {
				if c.ent != lastAgent {
					emit(c.sent, c.ent, lastAgent, lastSent, c.s, c.e)
				}
			}
			ls = le
		}
	}
}
