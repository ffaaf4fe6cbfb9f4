package extract

import "github.com/scamgraph/scamgraph/model"

// siteApposPlace reports a site's or firm's own apposition that places it ("X, a compound in
// Sihanoukville") when X ends a clause inserted after another name: in "A, which owns X, a
// compound in Sihanoukville, was fined" the apposition still describes X, as it would
// anywhere, though what follows the clause (", was fined") is A's.
func siteApposPlace(ents []*docEntity, ca, cb candidate, gap string) bool {
	ta := ents[ca.ent].typ
	return ta != model.Location && ta != model.Person && ents[cb.ent].typ == model.Location && apposLocus(gap, ents[cb.ent].name)
}
