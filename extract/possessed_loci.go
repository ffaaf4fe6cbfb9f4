package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A place or site may be set across a river or border with the larger place in the
// possessive before the one that holds it: "Mae Sot, across the river in Thailand's Tak
// province", "Shwe Bo Garden, a compound across the river in Myanmar's Myawaddy". The
// possessed place is where the first name is; the country only says where that place lies
// (countryPlace reads that link). "across the river from" places nothing.

// reAcrossIn is the gap (lower-cased) of a place or site set "across the river/border in
// <country>'s": the words after "across" name what is crossed, "in" the side it lies on.
var reAcrossIn = regexp.MustCompile(`^,\s+(?:an?\s+(?:[a-z-]+\s+){0,3}?(?:compound|complex|site|park|town|city|hub)\s+)?across\s+the\s+(?:river|border|moei|mekong)\s+in\s+(\p{L}+(?:\s+\p{L}+)?)['’]s\s+$`)

// possessedLocus reports a place or site placed "across the river in <Country>'s" the second
// name, a place that is no country.
func possessedLocus(ents []*docEntity, ca, cb candidate, gap string) bool {
	ta, nb := ents[ca.ent].typ, ents[cb.ent].name
	if ents[cb.ent].typ != model.Location || isCountry(nb) || ta != model.Location && ta != model.Compound {
		return false
	}
	m := reAcrossIn.FindStringSubmatch(gap)
	return m != nil && isCountry(m[1])
}
