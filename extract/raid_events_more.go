package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// countryPossessive reports that mention k of ms is a country named in the possessive right
// before the next mention, a body: "China's Ministry of Public Security". Raiders joined
// after it are read from the body.
func countryPossessive(text string, ents []*docEntity, c candidate, cands []candidate, ms []int, k int) bool {
	if c.ent < 0 || ents[c.ent].typ != model.Location || !isCountry(ents[c.ent].name) || k+1 >= len(ms) {
		return false
	}
	n := cands[ms[k+1]]
	gap := text[c.e:n.s]
	return n.ent >= 0 && ents[n.ent].typ == model.Organization && (gap == "'s " || gap == "’s ")
}

// reSweepTarget ends right before a site swept: "in a week-long sweep of the". The sweep's
// raider is read from a later sentence only ("The operation was carried out by X"): the
// sentence's own subject is often the country's police, named by convention or not.
var reSweepTarget = regexp.MustCompile(`(?i)\bsweeps?\s+(?:of|on|through)\s+(?:[\w-]+\s+){0,3}?$`)
