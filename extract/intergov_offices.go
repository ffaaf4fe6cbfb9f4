package extract

import "github.com/scamgraph/scamgraph/model"

// intergovOffice reports a LOCATED_IN whose subject is an intergovernmental body ("a
// protection officer with the International Organization for Migration in Nairobi", "an
// analyst at the UNODC in Bangkok", "the IOM office in Vientiane"): such a body keeps offices
// in many countries, and the town after it is where one office or one officer works, not
// the body's seat, as a company's branch office is not its place.
func intergovOffice(pred string, e *docEntity) bool {
	if pred != model.LocatedIn || e.typ != model.Organization {
		return false
	}
	if sectorOf(e.name) == model.SectorIntergov {
		return true
	}
	for _, a := range e.aliases {
		if sectorOf(a) == model.SectorIntergov {
			return true // "IOM" for a name the gazetteer does not hold
		}
	}
	return false
}
