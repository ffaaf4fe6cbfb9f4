package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// capitalsSurnameTarget joins a lone word in capitals that no body's initials or bracketed
// form explain to the person whose name the document writes in capitals and holds that word:
// court papers and designation notices name a person in full in capitals and go on with the
// surname alone ("defendant LIU ZHENBANG ... LIU's wife", "the wife of LIANG", "MEAS
// intervened"). The shape reads as an acronym; a body's acronym ("KNA", "OFAC") has no
// person's name to join, so it stays a body. When two such people share the word, the
// nearest earlier full name wins, as shortFormTarget does for other short forms.
func capitalsSurnameTarget(ents []*docEntity, cands []candidate, i int) int {
	c := cands[i]
	if c.gaz >= 0 || !isAcronym(c.text) || strings.ContainsAny(c.text, ".0123456789") || len(c.text) < 2 {
		return -1
	}
	word := NameKey(c.text)
	best, bestDist := -1, 1<<30
	for k, e := range ents {
		if e.typ != model.Person || k == c.ent || len(e.parts) < 2 || !hasPart(e, word) {
			continue
		}
		for _, ci := range e.cands {
			m := cands[ci]
			if m.weak || ci == i || len(strings.Fields(m.text)) < 2 || !shoutedName(m.text) {
				continue // only a full name written in capitals licenses the capitals short form
			}
			d := c.s - m.s
			if d < 0 {
				d = -d + 1<<20
			}
			if d < bestDist {
				best, bestDist = k, d
			}
		}
	}
	return best
}
