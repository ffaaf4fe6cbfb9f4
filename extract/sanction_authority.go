package extract

import (
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// sanctionAuthority reports whether a body can be the designator of a SANCTIONED_BY tie: a
// government, regulator, police or financial-intelligence office, legislature, court or
// intergovernmental body, or a country standing for its government. Rights groups, outlets,
// universities, trade associations, armed groups, armies and firms also "blacklist", "name"
// or "designate" people, but their lists are no sanctions; every sanction reader goes through
// this check (the hook in relations.go's add), so no shape can credit them.
func sanctionAuthority(e *docEntity) bool {
	switch e.typ {
	case model.Location:
		return isCountry(e.name)
	case model.Organization:
	default:
		return false
	}
	switch sectorOf(e.name) {
	case model.SectorNGO, model.SectorMedia, model.SectorAcademic, model.SectorBusinessAssn,
		model.SectorArmedGroup, model.SectorMilitary:
		return false
	case "", model.SectorOther:
		// A body no list classes: a firm's name is no authority's.
		return !firmFormEnds(e.name) && !firmHeadEnds(e.name)
	}
	return true
}

// firmHeadEnds reports a name whose last word is a firm's head noun ("Golden Lotus Holdings",
// "Apex Group"): such a body trades, it does not sanction. A bank's group is left alone: a
// development bank debars firms ("sanctioned by the World Bank Group").
func firmHeadEnds(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || slices.Contains(f, "bank") {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ".,") {
	case "holdings", "group", "company", "co", "corporation", "enterprises", "conglomerate", "investments":
		return true
	}
	return false
}
