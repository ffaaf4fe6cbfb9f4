package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// armedHeads are description heads that name an armed body: "the militia" is never the
// rights group or newspaper named last, only a body that may bear arms.
var armedHeads = set("militia", "army")

// unarmedSectors are the sectors no armed description stands for.
var unarmedSectors = set(model.SectorNGO, model.SectorMedia, model.SectorAcademic, model.SectorIntergov,
	model.SectorBusinessAssn, model.SectorGovernment, model.SectorLegislature, model.SectorJudiciary, model.SectorPolice)

// buildingHeads name one structure; areaHeads end the names of what holds many of them.
var (
	buildingHeads = set("building", "tower", "block")
	areaHeads     = set("zone", "sez", "city", "area", "district", "region", "province", "town", "township")
)

// kindFits reports that an entity can be what a description's head noun names when the
// nearest name of the type is taken for it: "the militia" is not the NGO that gathered the
// survivors' accounts, and "the building" is not the economic zone it stands in.
func kindFits(e *docEntity, head string) bool {
	if armedHeads[head] && e.typ == model.Organization {
		return !unarmedSectors[sectorOf(e.name)]
	}
	if buildingHeads[head] && !(structureHeads[head] && zoneName(e.name)) { // a zone is redirected by structureNotZone (zone_refs.go)
		f := strings.Fields(strings.ToLower(e.name))
		f = f[:len(f)-legalTail(f)]
		return len(f) == 0 || !areaHeads[strings.Trim(f[len(f)-1], ".,()")]
	}
	return true
}
