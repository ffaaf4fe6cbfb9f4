package extract

import "github.com/scamgraph/scamgraph/model"

// Guards against typed edges the sentence does not state, checked where a pair's relation
// is added (relations.go).

// countryInCountry reports a LOCATED_IN between two countries: a country lies in no other
// country, so two country names joined by a place reading ("the border between Thailand's
// Tak province and Myanmar's Karen State") have been read across a coordination or a
// possessive, never stated as one inside the other.
func countryInCountry(pred, subject, object string) bool {
	return pred == model.LocatedIn && isCountry(subject) && isCountry(object)
}
