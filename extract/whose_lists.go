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
	// reWhoseListYear is a year told in the description: " in 2020".
	reWhoseListYear = regexp.MustCompile(`\s(?:in|since)\s+(?:19|20)\d\d\b`)
	// reWhoseListBound is what may follow a listed holder: a list boundary, never a verb
	// ("include A, and B said the firm ...": B is the subject of "said").
	reWhoseListBound = regexp.MustCompile(`^(?:\s*$|\s*[,.;:)]|\s+and\s)`)
	// reWhoseListEnded in the clause after the list tells the posts as over: "were A and B
	// until both resigned in 2021", "included A until 2020", "before they sold their stakes".
	reWhoseListEnded = regexp.MustCompile(`\b(?:until|till|before|through|resigned|resign|stepped|left|quit|sold|retired|removed|ousted|dismissed|replaced|former|formerly|previously|once|no\s+longer)\b|\bfrom\s+(?:19|20)\d\d\b`)
)

// whoseListDesc is the description between the firm and "whose" (text[from:to]) with the
// places in it written "loc", as the typed gap writes them, and the kind noun "firm" of
// "a firm registered in Yangon" as "company" (only places stand between, so it is the noun).
func whoseListDesc(text string, cands []candidate, ents []*docEntity, ms []int, j0, from, to int) string {
	var b strings.Builder
	at := from
	for j := j0; j < len(ms) && cands[ms[j]].s < to; j++ {
		c := cands[ms[j]]
		if c.s < at || c.e > to {
			continue
		}
		b.WriteString(strings.ToLower(text[at:c.s]))
		b.WriteString("loc")
		at = c.e
	}
	b.WriteString(strings.ToLower(text[at:to]))
	// "registered in Yangon in 2020 whose": a year names no noun "whose" could point to.
	return reWhoseFirmNoun.ReplaceAllString(reWhoseListYear.ReplaceAllString(b.String(), " "), "${1}company${2}")
}

// whoseLists emits the posts of the shapes above.
func whoseLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, conf float64)) {
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
			var posts []post
			if m[1] == "board members" {
				// A firm's board member directs it, as officePair reads "a board member of Y".
				posts = []post{{role: "board member", pred: model.Directs}}
			} else {
				posts = postsOf(strings.TrimSuffix(strings.TrimPrefix(m[1], "board "), "s"))
			}
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
			// "a subsidiary of a Thai conglomerate whose directors": "whose" may point to the
			// nearer noun; the description must be plain, as whose_places.go asks.
			if desc := whoseListDesc(text, cands, ents, ms, i+1, cy.e, cy.e+w); !ok || rePostBreak.MatchString(desc) || !plainDescription(desc) {
				continue
			}
			type held struct{ mj, a int }
			var got []held
			last := at
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
				if !reWhoseListBound.MatchString(text[c.e:min(len(text), c.e+8)]) {
					break
				}
				got = append(got, held{ms[j], c.ent})
				at, first, last = c.e, false, c.e
			}
			if len(got) == 0 || reWhoseListEnded.MatchString(strings.ToLower(text[last:min(st.e, last+160)])) {
				continue
			}
			for _, h := range got {
				for _, ps := range posts {
					emit(si, h.mj, ms[i], h.a, cy.ent, ps.pred, strings.TrimSpace(ps.role), 0.75)
				}
			}
		}
	}
}
