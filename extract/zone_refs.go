package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A building is not a zone. "Workers were taken to Haowang Tower, inside the Boten Special
// Economic Zone. The building is run by Haowang Technology." speaks of the tower: a special
// economic zone holds buildings, it is none. When the description's head names one structure
// and the nearest site is a zone, the one other site named in that same sentence is meant; with
// none, or with two, the description stands for nothing rather than for the zone.

// structureHeads are the description heads that name one building, never a zone holding many.
var structureHeads = set("building", "tower")

// zoneName reports a site's name that calls it a zone: "Boten Special Economic Zone",
// "Golden Triangle SEZ".
func zoneName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ".,()")
	return last == "zone" || last == "sez"
}

// structureNotZone returns the referent of a structure description (head, at offset off of
// sentence si) that resolution gave to a zone (entity ent, named in sentence from): the one
// site not called a zone named before off in sentence from, else -1. Any other resolution is
// returned as it is.
func structureNotZone(cands []candidate, ents []*docEntity, bySent map[int][]int, si, off, ent, from int, head string) (int, int) {
	if ent < 0 || from < 0 || !structureHeads[head] || ents[ent].typ != model.Compound || !zoneName(ents[ent].name) {
		return ent, from
	}
	other := -1
	for _, m := range bySent[from] {
		c := cands[m]
		if c.ent < 0 || from == si && c.e > off || ents[c.ent].typ != model.Compound || zoneName(ents[c.ent].name) || c.ent == other {
			continue
		}
		if other >= 0 {
			return -1, -1 // two buildings named: either could be meant
		}
		other = c.ent
	}
	if other < 0 {
		return -1, -1
	}
	return other, from
}
