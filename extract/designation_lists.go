package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reDesignationHeading is a line that heads a list of the designated: "Designations",
// "Designated persons and entities", "Individuals sanctioned today", "Sanctioned entities:",
// and one that names the authority of the designations: "Designated today pursuant to E.O.
// 13818:", "Sanctioned under the Burma regime:" (six words at most, as every heading). A
// heading that says the parties were not, or no longer, designated ("Delisted ...", "Not
// designated under ...", "Designated under E.O. 13818, later removed") heads no such list
// (reLeadInDenial).
var reDesignationHeading = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:(?:new\s+|today['’]s\s+)?designations|designated\s+(?:persons|individuals|entities|parties|companies)(?:\s+and\s+(?:persons|individuals|entities|companies))?|(?:persons|individuals|entities|parties|companies)(?:\s+and\s+(?:persons|individuals|entities|companies))?\s+(?:designated|sanctioned|listed)(?:\s+today)?|sanctioned\s+(?:persons|individuals|entities|parties|companies)(?:\s+and\s+(?:persons|individuals|entities|companies))?|(?:list\s+of\s+)?sanctions\s+designations|(?:those\s+)?designated(?:\s+today)?|(?:designated|sanctioned)(?:\s+today)?\s+(?:pursuant\s+to|under)\s+(?:` + reHeadingAuthority + `))\s*:?\s*$`)

// reHeadingAuthority is the authority a designation heading may name: an executive order
// ("E.O. 13818", "Executive Order 14014"), a named section ("Section 7031(c)", "section 1263
// of the Global Magnitsky Act"), a regime ("the Burma regime", "the Global Human Rights
// sanctions regime") or an act ("the Global Magnitsky Act"). Other words ("UK authorities",
// "Thai law", "State Department authorities") name no order of the designating body.
const reHeadingAuthority = `(?:e\.?\s?o\.?|executive\s+order)\s*\d{4,5}|(?:section|sec\.)\s*\d+[\w()]*(?:\s+of\s+(?:the\s+)?[\w -]{1,40}?\s+act(?:\s+of\s+\d{4})?)?|the\s+[\w -]{1,30}?\s+(?:sanctions\s+)?regime|the\s+[\w -]{1,40}?\s+act(?:\s+of\s+\d{4})?`

// reHeadingPending is a heading whose designations are not, or not yet, in force: "Designated
// under E.O. 13818 until 2024:", "Designated under E.O. 13818 — proposed:", "Designated
// under E.O. 13818?".
var reHeadingPending = regexp.MustCompile(`(?i)\b(?:proposed|pending|until|expired|expir\w*|lapsed)\b|\?`)

// reHeadingOtherBody is a word in a designation heading that names a state or body other
// than the page's designating agent: "Sanctioned under the Thai Anti-Money Laundering Act:",
// "Designated under State Department authorities:", "Sanctioned under the Canada sanctions
// regime:" (an adjective or a country noun; not Burma, whose regime is a US programme).
var reHeadingOtherBody = regexp.MustCompile(`\b(?:Thai|Chinese|British|UK|U\.K\.|EU|European|Philippine|Cambodian|Lao|Laotian|Japanese|Korean|Australian|Canadian|Singaporean|Malaysian|Indonesian|Vietnamese|Taiwanese|Indian|French|German|Swiss|State\s+Department|Canada|Australia|Japan|Cambodia|Thailand|Philippines|Singapore|Malaysia|Indonesia|Vietnam|Laos|China|Hong\s+Kong|Taiwan|India|France|Germany|Britain|United\s+Kingdom|Korea|New\s+Zealand|Switzerland|European\s+Union)\b`)

// headingOtherBody reports that a heading names a body other than the agent: an organization
// it names, or a word of reHeadingOtherBody under an authority heading.
func headingOtherBody(line string, ms []int, cands []candidate, ents []*docEntity, agent int) bool {
	for _, m := range ms {
		if c := cands[m]; c.ent >= 0 && c.ent != agent && ents[c.ent].typ == model.Organization {
			return true
		}
	}
	return reHeadingUnder.MatchString(line) && reHeadingOtherBody.MatchString(line)
}

// reHeadingUnder is a heading that names an authority.
var reHeadingUnder = regexp.MustCompile(`(?i)\b(?:pursuant\s+to|under)\b`)

// reSectionLine is a line that opens another section of a notice: "Delistings", "Removed from
// the SDN List", "Not designated under ...", "Contacts", "Press contacts".
var reSectionLine = regexp.MustCompile(`(?i)^\s*(?:delistings?|delisted|removals?|removed|unblocked|not\s+designated|(?:media|press)\s+contacts?|contacts?|related\s+(?:documents|links|press\s+releases)|background)\b`)

// sectionLine reports a line without a row's name that heads another part of the notice: a
// short line ending in a colon, a designation heading, or a line of reSectionLine.
func sectionLine(line string) bool {
	if len(strings.Fields(line)) > 8 {
		return false
	}
	return strings.HasSuffix(line, ":") && !reRowFieldLabel.MatchString(line) || reSectionLine.MatchString(line) || reDesignationHeading.MatchString(line)
}

// reRowFieldLabel is the label of a row's field, which goes on with the rows: "Nationality:",
// "Aliases:", "DOB:", "Address:", "Also known as:", "Linked to:".
var reRowFieldLabel = regexp.MustCompile(`(?i)^\s*(?:nationality|citizenship|aliases|alias|a\.?k\.?a\.?|also\s+known\s+as|f\.?k\.?a\.?|formerly\s+known\s+as|dob|date\s+of\s+birth|pob|place\s+of\s+birth|address(?:es)?|passport|identification|id\s+no\.?|gender|title|role|position|linked\s+to|program|programs?|additional\s+sanctions\s+information|registration\s+(?:number|id)|website|email|phone)\s*:\s*$`)

// designationHeadingLists reads the list a notice sets under a heading such as
// "Designations": each line led by a name (a person, company or body, then nothing, a dash,
// a comma or a semicolon) is SANCTIONED_BY the body the text last said designates. The list
// ends at the first line of prose (a long line, or a sentence of more than twelve words) or at
// a line without a row's name that heads another part ("Delistings", "Removed from the SDN
// List:", "Not designated under E.O. 13818:", "Contacts"; sectionLine). A heading that names
// another body ("Sanctioned under the UK's ... regime:", an organization other than the agent)
// or a designation proposed, pending or timed (reHeadingPending) reads nothing. Table cells
// that hold places, nationalities or descriptions lead with no such name and go on.
// emit gets the line's sentence, the designated, the body, the body's sentence and the span.
func designationHeadingLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	agent, agentSent := -1, -1
	for si := 0; si < len(sents); si++ {
		st := sents[si]
		if a := listAgent(text, st, bySent[si], cands, ents, agent); a >= 0 {
			agent, agentSent = a, si
		}
		if agent < 0 || !lineStart(text, st.s) || !lineEnd(text, st.e) || len(strings.Fields(text[st.s:st.e])) > 6 || !reDesignationHeading.MatchString(text[st.s:st.e]) || reLeadInDenial.MatchString(text[st.s:st.e]) ||
			reHeadingPending.MatchString(text[st.s:st.e]) || headingOtherBody(text[st.s:st.e], bySent[si], cands, ents, agent) {
			continue
		}
		type row struct{ li, party, s, e int }
		var list []row
		byRow := map[int][]int{} // the bodies each row names
		votes := map[int]int{}   // how many rows name each body
		for li, rows := si+1, 0; li < len(sents) && rows < 80; rows++ {
			// A line runs from a line start over the sentences the splitter cut it into.
			last := li
			for last+1 < len(sents) && !lineStart(text, sents[last+1].s) && last-li < 8 {
				last++
			}
			line := strings.TrimSpace(text[sents[li].s:sents[last].e])
			words := len(strings.Fields(line))
			if words > 25 || words > 12 && strings.HasSuffix(line, ".") && !reRowDesignates.MatchString(line) && !nameColonRow(text, sents[li].s, bySent[li], cands) {
				break
			}
			isRow := false
			if ms := bySent[li]; len(ms) > 0 {
				first := cands[ms[0]]
				lineEndAt := sents[last].e
				if first.ent >= 0 && first.ent != agent && agentType(ents[first.ent].typ) && lineStart(text, sents[li].s) &&
					(onlyTitles(text[sents[li].s:first.s]) || reInvertedSurname.MatchString(text[sents[li].s:first.s])) && rowCell(text, first.e, lineEndAt) {
					// "— designated by OFAC; also designated by the FCDO": the row names its bodies.
					byRow[len(list)] = rowBodies(text, sents, cands, ents, bySent, li, last, first.ent)
					for _, b := range byRow[len(list)] {
						votes[b]++
					}
					list = append(list, row{li, first.ent, first.s, first.e})
					isRow = true
				}
			}
			// "Delistings", "Removed from the SDN List:", "Contacts": another part begins.
			if !isRow && sectionLine(line) {
				break
			}
			li = last + 1
		}
		// A row that names no body was designated by the body the other rows name most (the
		// notice's own office), else by the body the text last said designates.
		common, most := agent, 0
		for b, n := range votes {
			if n > most || n == most && b < common {
				common, most = b, n
			}
		}
		for i, r := range list {
			bodies := byRow[i]
			if len(bodies) == 0 {
				bodies = []int{common}
			}
			for _, b := range bodies {
				emit(r.li, r.party, b, agentSent, r.s, r.e)
			}
		}
	}
}

// reRowDesignates is a row that states a designation: "— designated for being owned by",
// "designated by OFAC". Such a row may run past twelve words and end in a stop.
var reRowDesignates = regexp.MustCompile(`(?i)\bdesignated\b`)

// reRowByBody ends a row's words right before a body it says designated the row's party:
// "— designated by ", "; also designated by the ".
var reRowByBody = regexp.MustCompile(`(?i)\b(?:designated|sanctioned|listed)\s+by\s+(?:the\s+)?$`)

// rowBodies returns the bodies a row of sentences li..last names after "designated by",
// other than the row's party.
func rowBodies(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, li, last, party int) []int {
	var out []int
	for sj := li; sj <= last; sj++ {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent < 0 || c.ent == party || !(ents[c.ent].typ == model.Organization || ents[c.ent].typ == model.Location && isCountry(ents[c.ent].name)) {
				continue
			}
			if reRowByBody.MatchString(text[max(sents[li].s, c.s-40):c.s]) && !slices.Contains(out, c.ent) {
				out = append(out, c.ent)
			}
		}
	}
	return out
}

// lineEnd reports that only blanks stand between off and the end of its line.
func lineEnd(text string, off int) bool {
	t := strings.TrimLeft(text[off:], " \t")
	return t == "" || strings.HasPrefix(t, "\n")
}

// agentType reports the types that can act, hold, run or be designated: a person, a company
// or a body; a site or a place cannot.
func agentType(t string) bool {
	return t == model.Person || t == model.Company || t == model.Organization
}

// reDesignatedByParents follows a party designated by an office named after its parent
// body in the possessive, the parties joined by "and" before a plural verb: " were
// designated by the US Treasury Department's", " and Jinlong Holdings were sanctioned in 2023
// by the Treasury's".
var reDesignatedByParents = regexp.MustCompile(`^\s*(?:(?:,\s*[^,;.]{1,60}?,?\s*)?\s+and\s+[^,;.]{1,60}?\s+(?:were|are|have\s+been|had\s+been)|,?\s*(?:(?:which|who|that)\s+)?(?:is|was|are|were|has\s+been|have\s+been|had\s+been))\s+(?:(?:also|previously|jointly|later|both|since)\s+)*(?:designated|sanctioned|blacklisted)\s+(?:(?:on|in)\s+[\w ,]{1,25}?\s+)?by\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+$`)

// sanctionParentPair reads a party designated by an office named after its parent in the
// possessive ("X was designated by the US Treasury Department's Office of Foreign Assets
// Control"); the passive rules of relations.go stop at the parent's name.
func sanctionParentPair(ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	if !agentType(ents[ca.ent].typ) || ents[cb.ent].typ != model.Organization || !reDesignatedByParents.MatchString(gap) {
		return false
	}
	add(ca.ent, cb.ent, model.SanctionedBy, 0.8)
	return true
}

// reSanctionedCell opens a table cell that states a sanction and its body: "Sanctioned by
// the", "Designated by", "Listed by the".
var reSanctionedCell = regexp.MustCompile(`(?i)^\s*(?:(?:also|previously)\s+)?(?:sanctioned|designated|blacklisted|listed)\s+(?:\(\w+\)\s+)?by\s+(?:the\s+)?$`)

// sanctionCells reads a table's status cell, "Sanctioned by the United Kingdom, December
// 2023": the name the row opens with, a cell that holds one name alone within the four cells
// before, is SANCTIONED_BY the body the cell names. emit gets the cell's sentence, the
// designated, the body, the name's sentence and the span.
func sanctionCells(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, partySent, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 || !lineStart(text, st.s) || !lineEnd(text, st.e) || len(strings.Fields(text[st.s:st.e])) > 10 {
			continue
		}
		c := cands[ms[0]]
		if c.ent < 0 || !(ents[c.ent].typ == model.Organization || ents[c.ent].typ == model.Location && isCountry(ents[c.ent].name)) ||
			!reSanctionedCell.MatchString(text[st.s:c.s]) {
			continue
		}
		for sj := si - 1; sj >= 0 && sj >= si-4; sj-- {
			pj := sents[sj]
			if !lineStart(text, pj.s) || !lineEnd(text, pj.e) {
				break
			}
			nm := bySent[sj]
			if len(nm) != 1 {
				continue
			}
			p := cands[nm[0]]
			if p.ent >= 0 && p.ent != c.ent && agentType(ents[p.ent].typ) && strings.TrimSpace(text[pj.s:p.s]) == "" && strings.Trim(text[p.e:pj.e], " .") == "" {
				emit(si, p.ent, c.ent, sj, st.s, c.e)
				break
			}
		}
	}
}
