package model

// Organization sectors (CONTRACTS vocabulary). The complicity view asks which bodies that
// tie to a compound are public ones: government, legislature, judiciary, police, military or
// armed groups.
const (
	SectorGovernment   = "government"
	SectorLegislature  = "legislature"
	SectorJudiciary    = "judiciary"
	SectorPolice       = "police"
	SectorMilitary     = "military"
	SectorArmedGroup   = "armed-group"
	SectorIntergov     = "intergovernmental"
	SectorNGO          = "ngo"
	SectorMedia        = "media"
	SectorAcademic     = "academic"
	SectorBusinessAssn = "business-association"
	SectorOther        = "other"
)

// Sectors lists the sectors in the vocabulary's order.
var Sectors = []string{SectorGovernment, SectorLegislature, SectorJudiciary, SectorPolice, SectorMilitary,
	SectorArmedGroup, SectorIntergov, SectorNGO, SectorMedia, SectorAcademic, SectorBusinessAssn, SectorOther}

// PublicSector reports the sectors of public power: bodies whose officers shielding a compound
// is complicity rather than business.
func PublicSector(s string) bool {
	switch s {
	case SectorGovernment, SectorLegislature, SectorJudiciary, SectorPolice, SectorMilitary, SectorArmedGroup:
		return true
	}
	return false
}
