package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reColonAfterVerb follows a designating body's verb to a colon that closes its line: " is
// also designating:", " today sanctioned the following individuals and entities:".
var reColonAfterVerb = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:has|have|had|today|also|further|is|are|on\s+\w+|jointly)\s+)*(?:sanctioned|designated|blacklisted|designating|sanctioning|listed|listing)\s*(?:(?:today|also)\s+)?(?:the\s+following\s*)?(?:(?:\w+\s+)?(?:individuals|persons|people|entities|companies|parties|targets)(?:\s+and\s+(?:\w+\s+)?(?:individuals|persons|entities|companies))?\s*)?(?:today\s*)?:\s*$`)

// designationColonLists reads the list a designating sentence opens with a colon: "OFAC is
// also designating:" and then one line per party, "Ma Lin, a national of Burma who keeps
// the accounts;". Each line led by a name (a person, company or body, only titles before
// it, a comma, semicolon, dash or the line's end after it) is SANCTIONED_BY the body of the
// opening line. The list ends at the first line no such name leads, or at a long sentence.
// emit gets the line's sentence, the designated, the body, the body's sentence and the span.
func designationColonLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	for si := 0; si < len(sents); si++ {
		st := sents[si]
		// The colon that closes a line of this sentence (the splitter may run the sentence on
		// into the list).
		colon := -1
		for off := st.s; off < st.e; {
			i := strings.IndexByte(text[off:st.e], ':')
			if i < 0 {
				break
			}
			if lineEnd(text, off+i+1) {
				colon = off + i
				break
			}
			off += i + 1
		}
		if colon < 0 {
			continue
		}
		agent := -1
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent >= 0 && c.e <= colon && (ents[c.ent].typ == model.Organization || ents[c.ent].typ == model.Location && isCountry(ents[c.ent].name)) &&
				reColonAfterVerb.MatchString(text[c.e:colon+1]) {
				agent = c.ent
			}
		}
		if agent < 0 {
			continue
		}
		// The mentions after the colon, in order, with their sentences.
		var after []int
		for sj := si; sj < len(sents) && sj < si+60; sj++ {
			for _, m := range bySent[sj] {
				if cands[m].s > colon {
					after = append(after, m)
				}
			}
		}
		k := 0
		ls := colon + 1
		for rows := 0; rows < 40 && ls < len(text); rows++ {
			// The next line that holds anything.
			for ls < len(text) && (text[ls] == '\n' || text[ls] == ' ' || text[ls] == '\t' || text[ls] == '\r') {
				ls++
			}
			le := strings.IndexByte(text[ls:], '\n')
			if le < 0 {
				le = len(text)
			} else {
				le += ls
			}
			line := strings.TrimSpace(text[ls:le])
			words := len(strings.Fields(line))
			for k < len(after) && cands[after[k]].s < ls {
				k++
			}
			if line == "" || words > 40 || words > 25 && strings.HasSuffix(line, ".") || k >= len(after) || cands[after[k]].s >= le {
				break
			}
			first := cands[after[k]]
			if first.ent < 0 || first.ent == agent || !listedParty(ents[first.ent].typ) || !onlyTitles(text[ls:first.s]) || !rowCell(text, first.e, le) {
				break
			}
			emit(first.sent, first.ent, agent, si, first.s, first.e)
			ls = le
		}
	}
}
