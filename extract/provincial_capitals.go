package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

var (
	// reCapitalBefore ends the words before a town named as the capital of a province the
	// text has been speaking of: "told reporters in the provincial capital, ".
	reCapitalBefore = regexp.MustCompile(`(?i)\bthe\s+provincial\s+capital\s*,\s*$`)
	// reCapitalAfter follows such a town: ", the provincial capital some 60 kilometres away".
	reCapitalAfter = regexp.MustCompile(`(?i)^\s*,\s*the\s+provincial\s+capital\b`)
)

// provincialCapitals reads "the deputy governor of Bokeo province told reporters in the
// provincial capital, Houayxay" and "Residents of Houayxay, the provincial capital, said":
// the town is the capital of the province named last before it, in that sentence or an
// earlier one (with no country named in a later sentence since), so it lies in that province. Only a place named as a province ("Bokeo
// province") is taken; a country, a state or a district before the town is not a province.
func provincialCapitals(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	province, provSent := -1, -1
	for si := range sents {
		for _, ci := range bySent[si] {
			c := cands[ci]
			if c.ent < 0 || ents[c.ent].typ != model.Location {
				continue
			}
			if provinceNamed(text, ents[c.ent].name, c) {
				province, provSent = c.ent, si
				continue
			}
			if isCountry(ents[c.ent].name) {
				if si > provSent {
					province = -1 // "...in Thailand, officials in Chiang Rai said": another country's places
				}
				continue
			}
			if province < 0 || c.ent == province {
				continue
			}
			if m := reCapitalAfter.FindStringIndex(text[c.e:min(len(text), c.e+40)]); m != nil {
				emit(si, c.ent, province, c.s, c.e+m[1]) // "Houayxay, the provincial capital"
			} else if m := reCapitalBefore.FindStringIndex(text[max(sents[si].s, c.s-40):c.s]); m != nil {
				emit(si, c.ent, province, max(sents[si].s, c.s-40)+m[0], c.e) // "the provincial capital, Houayxay"
			}
		}
	}
}

// provinceNamed reports a place named as a province: "Bokeo province", "Tak Province".
func provinceNamed(text, name string, c candidate) bool {
	for _, n := range []string{name, c.text} {
		if f := strings.Fields(strings.ToLower(n)); len(f) > 1 && f[len(f)-1] == "province" {
			return true
		}
	}
	return wordAfter(text, c.e) == "province"
}
