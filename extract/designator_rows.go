package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A list that names, on each line, a party and then the bodies that designated it:
//
//	Who was designated, and by whom:
//	Chen Liwei — FCDO, EU, OFAC
//	Harbor Crest Holdings Co., Ltd. — OFAC
//
// A line led by a party (only titles before it), then a dash or colon, then nothing but
// sanctioning bodies joined by commas, "and" or slashes (a bracketed date aside), makes the
// party SANCTIONED_BY each body, when a sentence among the twelve before the line speaks of
// sanctions or designations.

// reRowOpen joins the party to its first body; reRowNextBody one body to the next;
// reRowClose ends the line after the last body.
var (
	reRowOpen     = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:[—–:|]|\s-)\s*(?:(?:designated|sanctioned|listed)\s+by\s*:?\s*)?(?:the\s+)?$`)
	reRowNextBody = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:,|;|/|\band\b|&|,\s*and\b)\s*(?:the\s+)?$`)
	reRowClose    = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?\.?\s*$`)
)

// designatorRows reads the lines above. emit gets the line's sentence, the party, a body, the
// line's sentence again (the row is its own evidence) and the span read.
func designatorRows(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	body := func(e int) bool {
		return ents[e].typ == model.Organization || ents[e].typ == model.Location && isCountry(ents[e].name)
	}
	cue := -100 // the last sentence that spoke of sanctions
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !lineStart(text, st.s) || si-cue > 12 {
			if sanctionCue(text[st.s:st.e]) {
				cue = si
			}
			continue
		}
		party := cands[ms[0]]
		le := strings.IndexByte(text[party.s:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += party.s
		}
		if party.ent < 0 || !agentType(ents[party.ent].typ) || !onlyTitles(text[st.s:party.s]) {
			continue
		}
		var bodies []int
		prev, ok := party, true
		for k, m := range ms[1:] {
			c := cands[m]
			if c.s >= le {
				break
			}
			if c.s < prev.e || c.ent < 0 || c.ent == party.ent || !body(c.ent) {
				ok = false
				break
			}
			gap := strings.ToLower(text[prev.e:c.s])
			if k == 0 && !reRowOpen.MatchString(gap) || k > 0 && !reRowNextBody.MatchString(gap) {
				ok = false
				break
			}
			bodies = append(bodies, c.ent)
			prev = c
		}
		if !ok || len(bodies) == 0 || !reRowClose.MatchString(text[prev.e:le]) {
			if sanctionCue(text[st.s:st.e]) {
				cue = si
			}
			continue
		}
		for _, b := range bodies {
			emit(si, party.ent, b, si, party.s, prev.e)
		}
	}
}
