package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// whose_lists.go reads the holders listed after a plural post in a firm's "whose" clause:
//   - "Y, a firm registered in Yangon whose directors include A and B";
//   - "Y, whose directors include X's son-in-law, A, and a Chinese national, B": a kin phrase
//     names the holder after it, never the possessor;
//   - "Y, whose shareholders include P, the wife of a councillor".
// The description before "whose" may hold places only; the list is read while its glue is
// a comma, "and", a nationality or a kin phrase, and stops at anything else. "Officers" is
// not read (a firm's officers may lead it or not).

var (
	// reWhoseListPrefix is the text between the firm and "whose": a plain description.
	reWhoseListPrefix = regexp.MustCompile(`^\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:(?:a|an)\s+[^;:()"“”]{0,80}?\s+)?$`)
	// reWhoseList is "whose directors include ", group 1 the plural post.
	reWhoseList = regexp.MustCompile(`^whose\s+((?:board\s+)?directors|board\s+members|shareholders|owners|co-owners)\s+(?:also\s+)?(?:include|includes|included|are|were)\s+(?:the\s+spouses\s+)?`)
	// reWhoseListGlue is what may stand before a listed holder after the first.
	reWhoseListGlue = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|lawyer|accountant|investor)\s*,?\s*)?$`)
	// reWhoseListLead is what may stand before the first holder.
	reWhoseListLead = regexp.MustCompile(`^(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|lawyer|accountant|investor)\s*,?\s*)?$`)
	// reWhoseListKin is a kin phrase after a possessed name: "'s son-in-law, ".
	reWhoseListKin   = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+)?` + kinWords + `\s*,?\s*$`)
	reWhoseListBreak = regexp.MustCompile(`\b(?:who|whom|which|that|said|says|told|according)\b`)
)

// whoseLists emits the posts of the shapes above.
func whoseLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si, st := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i < len(ms); i++ {
			cy := cands[ms[i]]
			if cy.ent < 0 || ents[cy.ent].typ != model.Company {
				continue
			}
			lim := min(st.e, cy.e+200)
			low := strings.ToLower(text[cy.e:lim])
			w := strings.Index(low, "whose ")
			if w < 0 || !reWhoseListPrefix.MatchString(low[:w]) || reWhoseListBreak.MatchString(low[:w]) {
				continue
			}
			m := reWhoseList.FindStringSubmatch(low[w:])
			if m == nil {
				continue
			}
			posts := postsOf(strings.TrimSuffix(strings.TrimPrefix(m[1], "board "), "s"))
			if len(posts) == 0 {
				continue
			}
			at := cy.e + w + len(m[0])
			// Names between the firm and "whose" may be places only.
			j := i + 1
			ok := true
			for ; j < len(ms) && cands[ms[j]].s < cy.e+w; j++ {
				if c := cands[ms[j]]; c.ent < 0 || ents[c.ent].typ != model.Location {
					ok = false
				}
			}
			if !ok {
				continue
			}
			first := true
			for ; j < len(ms); j++ {
				c := cands[ms[j]]
				if c.s < at || c.ent < 0 || ents[c.ent].typ != model.Person {
					break
				}
				glue := strings.ToLower(text[at:c.s])
				if first && !reWhoseListLead.MatchString(glue) || !first && !reWhoseListGlue.MatchString(glue) &&
					!reWhoseListLead.MatchString(glue) {
					break
				}
				if possessiveFollows(text, c.e) || strings.HasPrefix(text[c.e:], "'s ") || strings.HasPrefix(text[c.e:], "’s ") {
					// "X's son-in-law, A": the holder is A.
					k := strings.IndexAny(text[c.e:min(len(text), c.e+40)], ",")
					if k < 0 || j+1 >= len(ms) || !reWhoseListKin.MatchString(strings.ToLower(text[c.e:cands[ms[j+1]].s])) {
						break
					}
					at = cands[ms[j+1]].s
					first = true
					continue
				}
				for _, ps := range posts {
					emit(si, ms[j], ms[i], c.ent, cy.ent, ps.pred, 0.75)
				}
				at, first = c.e, false
			}
		}
	}
}
