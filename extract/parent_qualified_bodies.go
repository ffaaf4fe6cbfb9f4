package extract

import "github.com/scamgraph/scamgraph/model"

// listedParentHead reports that head, the words written before a listed body's full name and
// its bracketed acronym, is the listed name of another body: "the Philippine National Police
// Criminal Investigation and Detection Group (CIDG)" names the CIDG by its parent force, so
// the long name is the listed unit (joinCountryQualifiedBodies), not a third body. Only a whole
// listed name counts; "Tarlac Provincial Criminal Investigation and Detection Group (CIDG)"
// keeps its own name.
func listedParentHead(g *Gazetteer, head string, unit int) bool {
	p := g.Lookup(head)
	if p < 0 || p == unit {
		return false
	}
	return g.entry(p).Type == model.Organization
}
