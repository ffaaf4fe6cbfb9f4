package extract

import "github.com/scamgraph/scamgraph/model"

// siteApposPlace reports a site's or firm's own apposition that places it ("X, a compound in
// Sihanoukville", "X, the Myawaddy-based conglomerate") when X ends a clause inserted after
// another name: in "A, which owns X, a compound in Sihanoukville, was fined" the apposition
// still describes X, as it would anywhere, though what follows the clause (", was fined") is
// A's.
func siteApposPlace(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	ta := ents[ca.ent].typ
	if ta == model.Location || ta == model.Person || ents[cb.ent].typ != model.Location {
		return false
	}
	return apposLocus(gap, ents[cb.ent].name) ||
		reApposBased.MatchString(gap) && reBasedAfter.MatchString(text[cb.e:min(len(text), cb.e+24)])
}
