package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// joinPrefixedUnits joins "BGF Battalion 1023" to "Battalion 1023" named on the same page: a
// numbered unit written once with its parent's acronym in front and once bare is one unit, not
// two nodes. The bare name must be the whole rest of the prefixed one, unit word and number
// alike, so "Battalion 1019" never joins "BGF Battalion 1023", and a bare unit that two
// different parents' units could be ("BGF Battalion 907", "DKBA Battalion 907") is left alone.
func joinPrefixedUnits(cands []candidate, ents []*docEntity) {
	bare := map[string]int{}
	for k, e := range ents {
		if e.typ == model.Organization && len(e.cands) > 0 && numberedUnitName(strings.Fields(e.name)) {
			bare[e.nkey] = k
		}
	}
	if len(bare) == 0 {
		return
	}
	from := map[int][]int{} // bare entity -> prefixed entities
	for k, e := range ents {
		w := strings.Fields(e.name)
		if e.typ != model.Organization || len(e.cands) == 0 || len(w) < 3 || !numberedUnitName(w[1:]) {
			continue
		}
		if !isAcronym(strings.TrimSuffix(strings.TrimSuffix(w[0], "'s"), "’s")) {
			continue
		}
		if t, ok := bare[NameKey(strings.Join(w[1:], " "))]; ok && t != k {
			from[t] = append(from[t], k)
		}
	}
	for t, ks := range from {
		if len(ks) == 1 {
			moveMentions(cands, ents, ks[0], t)
		}
	}
}

// numberedUnitName reports a unit's name made of capitalised unit words and a number last:
// "Battalion 1023", "Light Infantry Battalion 359", "Police Post 17".
func numberedUnitName(w []string) bool {
	n := len(w)
	if n < 2 || n > 4 || !sources.IsDigits(w[n-1]) || len(w[n-1]) > 4 || !numberedUnits[strings.ToLower(w[n-2])] {
		return false
	}
	for _, x := range w[:n-1] {
		if x == "" || x[0] < 'A' || x[0] > 'Z' {
			return false
		}
	}
	return true
}
