package extract

import "github.com/scamgraph/scamgraph/model"

// siteRunVerbs are the participles that say a site is run or put up by someone: "X was built
// and is still run by Y", "X, which opened in 2021, is operated by Y".
var siteRunVerbs = set("run", "operated", "developed", "built", "managed")

// siteRunBy types a name that opens its sentence as a compound when only its last word
// ("City", "Town") called it a place and the sentence says it is run, operated, developed
// or built by someone: a firm runs a site, not a town. A listed place keeps its type, and so
// does a place that the sentence names anything else in before the verb ("Sihanoukville,
// where casinos are run by ...": the place is not the subject then).
func siteRunBy(st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if c.ti != 0 || c.gaz >= 0 || c.typ != model.Location || c.tj-c.ti < 2 {
			continue
		}
		if last := toks[c.tj-1].low; last != "city" && last != "town" {
			continue
		}
		for n := c.tj; n+1 < len(toks); n++ {
			w := toks[n].low
			if w == "where" || w == "whose" || w == "in" && n == c.tj {
				break
			}
			if siteRunVerbs[w] && toks[n+1].low == "by" {
				c.typ, c.conf = model.Compound, 0.8
				break
			}
		}
	}
}
