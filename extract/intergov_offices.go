package extract

import "github.com/scamgraph/scamgraph/model"

// intergovOffice reports a LOCATED_IN whose subject is an intergovernmental body ("a
// protection officer with the International Organization for Migration in Nairobi", "an
// analyst at the UNODC in Bangkok", "the IOM office in Vientiane"): such a body keeps offices
// in many countries, and the town after it is where one office or one officer works, not
// the body's seat, as a company's branch office is not its place. sector gives the body's
// sector as entitySector reads it, once per entity.
func intergovOffice(pred string, e *docEntity, sector func() string) bool {
	return pred == model.LocatedIn && e.typ == model.Organization && sector() == model.SectorIntergov
}
