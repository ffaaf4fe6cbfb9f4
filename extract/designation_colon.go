package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Lists of the designated that a notice opens with a colon or a bare heading:
//
//	OFAC is also designating:
//	Ma Lin, a national of Burma who keeps the accounts;
//
//	The United Kingdom has today sanctioned five individuals and two entities. The
//	individuals are:
//	Li Ming, a businessman who runs the casino;
//
//	Entities
//	Golden Harbor Group, a company owned by Li Ming.
//
// Each line led by a name (a person, company or body, only titles before it, a comma,
// semicolon, dash or the line's end after it) is SANCTIONED_BY the body that the opening line,
// or a sentence at most three before it, says designates. The list ends at the first line no
// such name leads, or at a long sentence.

// reColonAfterVerb follows a designating body's verb to a colon that closes its line: " is
// also designating:", " today sanctioned the following individuals and entities:", " imposed
// restrictive measures on the following persons:".
var reColonAfterVerb = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:has|have|had|today|also|further|is|are|on\s+\w+|jointly)\s+)*(?:(?:sanctioned|designated|blacklisted|designating|sanctioning|listed|listing)\s*|(?:imposed|imposes|imposing|adopted|announced)\s+(?:new\s+|further\s+|targeted\s+)?(?:restrictive\s+measures|sanctions|asset\s+freezes|travel\s+bans)(?:\s+and\s+[a-z ]{1,30}?)?\s+(?:on|against)\s+)(?:(?:today|also)\s+)?(?:the\s+following\s*)?(?:(?:\w+\s+)?(?:individuals|persons|people|entities|companies|parties|targets)(?:\s+and\s+(?:\w+\s+)?(?:individuals|persons|entities|companies))?\s*)?(?:today\s*)?:\s*$`)

// reTheFollowing is a designating verb's object that announces a list: " has today
// designated the following under the Global Human Rights regime."
var reTheFollowing = regexp.MustCompile(`(?i)^[^.;:]{0,80}?\b(?:sanctioned|designated|designating|sanctioning|listed|on)\s+the\s+following\b[^:]*$`)

// reActBroad follows a body that designates, told with a verb or with the measures it
// imposed: " has today sanctioned", " imposed restrictive measures on".
var reActBroad = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:has|have|had|today|also|further|is|are|on\s+\w+|jointly)\s+)*(?:sanctioned|designated|blacklisted|designating|sanctioning|(?:imposed|imposes|imposing|adopted|announced)\s+(?:new\s+|further\s+|targeted\s+)?(?:restrictive\s+measures|sanctions|asset\s+freezes|travel\s+bans))\b`)

// rePartiesOpener is a short line that opens a list of the designated: "The individuals
// are:", "Those designated today are:", "Entities:", "Individuals".
var rePartiesOpener = regexp.MustCompile(`(?i)^\s*(?:(?:the|those)\s+)?(?:(?:designated|sanctioned|listed)\s+)?(?:individuals|persons|people|entities|companies|parties)(?:\s+(?:designated|sanctioned|listed))?(?:\s+today)?(?:\s+(?:are|were|include|includes))?\s*:?\s*$`)

// designationColonLists reads the lists above. emit gets the line's sentence, the designated,
// the body, the body's sentence and the span.
func designationColonLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	body := func(e int) bool {
		return ents[e].typ == model.Organization || ents[e].typ == model.Location && isCountry(ents[e].name)
	}
	lastAgent, lastSent := -1, -1 // the last body a sentence said designates
	following := -1               // the last designating sentence whose object is "the following"
	for si := 0; si < len(sents); si++ {
		st := sents[si]
		// The colon that closes a line of this sentence (the splitter may run the sentence on
		// into the list), or the end of a line that is a bare heading.
		opener := lineColon(text, st.s, st.e)
		agent, agentSent := -1, -1
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 || !body(c.ent) {
				continue
			}
			if opener >= 0 && c.e <= opener && reColonAfterVerb.MatchString(text[c.e:opener+1]) {
				agent, agentSent = c.ent, si
			}
			if reActBroad.MatchString(text[c.e:min(st.e, c.e+120)]) {
				lastAgent, lastSent = c.ent, si
				if reTheFollowing.MatchString(text[c.e:st.e]) {
					following = si
				}
			}
		}
		if agent < 0 && opener >= 0 && lastAgent >= 0 && following == lastSent && si-following <= 2 && si > following {
			// "OFAC has today designated the following under E.O. 14059. They are subject
			// to an asset freeze:" — the list the designating sentence announced.
			agent, agentSent = lastAgent, lastSent
		}
		if agent < 0 && lastAgent >= 0 && si-lastSent <= 3 && (opener >= 0 || lineStart(text, st.s)) {
			// "The individuals are:" or a bare "Entities" heading, after a designating sentence.
			line := text[st.s:st.e]
			if opener >= 0 {
				line = text[st.s : opener+1]
			}
			if lineEnd(text, st.s+len(line)) && len(strings.Fields(line)) <= 6 && rePartiesOpener.MatchString(line) {
				agent, agentSent = lastAgent, lastSent
				if opener < 0 {
					opener = st.s + len(line) - 1
				}
			}
		}
		if agent < 0 {
			continue
		}
		after := mentionsAfter(cands, bySent, si, min(len(sents), si+60), opener)
		k := 0
		ls := opener + 1
		for rows := 0; rows < 40 && ls < len(text); rows++ {
			var le int
			ls, le = nextLine(text, ls)
			line := strings.TrimSpace(text[ls:le])
			words := len(strings.Fields(line))
			for k < len(after) && cands[after[k]].s < ls {
				k++
			}
			if line == "" || words > 40 || words > 25 && strings.HasSuffix(line, ".") || k >= len(after) || cands[after[k]].s >= le {
				break
			}
			first := cands[after[k]]
			if first.ent < 0 || first.ent == agent || !agentType(ents[first.ent].typ) || !onlyTitles(text[ls:first.s]) || !rowCell(text, first.e, le) {
				break
			}
			emit(first.sent, first.ent, agent, agentSent, first.s, first.e)
			// A second list ("Entities") may follow this one under the same body.
			lastAgent, lastSent = agent, max(lastSent, first.sent)
			ls = le
		}
	}
}

// mentionsAfter lists, in order, the mentions of sentences from to up to (not including) end
// that begin after offset off: the rows a list opener announces.
func mentionsAfter(cands []candidate, bySent map[int][]int, from, end, off int) []int {
	var after []int
	for sj := from; sj < end; sj++ {
		for _, m := range bySent[sj] {
			if cands[m].s > off {
				after = append(after, m)
			}
		}
	}
	return after
}

// nextLine skips blank space from offset ls and returns the next line that holds anything,
// as its start and end (the newline's offset, or the text's end).
func nextLine(text string, ls int) (int, int) {
	for ls < len(text) && strings.IndexByte(" \t\r\n", text[ls]) >= 0 {
		ls++
	}
	le := strings.IndexByte(text[ls:], '\n')
	if le < 0 {
		return ls, len(text)
	}
	return ls, le + ls
}

// lineColon returns the offset of the first colon in text[s:e] that closes a line, or -1.
func lineColon(text string, s, e int) int {
	for off := s; off < e; {
		i := strings.IndexByte(text[off:e], ':')
		if i < 0 {
			return -1
		}
		if lineEnd(text, off+i+1) {
			return off + i
		}
		off += i + 1
	}
	return -1
}
