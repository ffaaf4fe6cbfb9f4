package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Guards against typed edges the sentence does not state, checked where a pair's relation
// is added (relations.go).

// countryInCountry reports a LOCATED_IN between two countries: a country lies in no other
// country, so two country names joined by a place reading ("the border between Thailand's
// Tak province and Myanmar's Karen State") have been read across a coordination or a
// possessive, never stated as one inside the other.
func countryInCountry(pred, subject, object string) bool {
	return pred == model.LocatedIn && isCountry(subject) && isCountry(object)
}

// openRelative reports a first conjunct that ends inside a relative clause not closed by a
// comma before "and": in "X is the manager of A, which built and runs B" the verbs after
// "which" are coordinated inside the clause, so their subject is A, not X. A clause closed
// by a comma ("X runs A, which owns B, and chairs C") leaves the second verb to X, and so
// does a clause on X itself ("X, who owns A and chairs B").
func openRelative(first string) bool {
	if strings.HasSuffix(strings.TrimSpace(first), ",") {
		return false
	}
	loc := reInsertedRelative.FindStringIndex(first)
	return loc != nil && loc[0] > 0
}
