package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reCopulaOpen opens a predicate that says what a named thing is: " is ", " was also ".
var reCopulaOpen = regexp.MustCompile(`^\s+(?:is|was|are|were|remains|remained)\s+(?:(?:still|now|also|essentially|effectively)\s+)?`)

// copulaLocus reads "X is a walled compound of eleven buildings in Barangay Cristo Rey" and
// "The park was a gated complex of four towers in Bavet": a copula whose predicate is the
// description a site's or firm's apposition would be (apposLocus: a site or business noun
// among up to nine words, no verb, then where), so X is in the place. The reading of
// located.go takes only two words before the noun and none after it. The noun must head the
// predicate, before any "of", "to" or "for": "X is a partner of a firm in Bangkok" places
// the other firm, not X.
func copulaLocus(ents []*docEntity, ca, cb candidate, gap string) bool {
	ta := ents[ca.ent].typ
	if ta != model.Compound && ta != model.Company && ta != model.Organization {
		return false
	}
	loc := reCopulaOpen.FindStringIndex(gap)
	if loc == nil {
		return false
	}
	desc := ", " + gap[loc[1]:]
	m := reApposLocus.FindStringSubmatch(desc)
	if m == nil || !apposLocus(desc, ents[cb.ent].name) {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		switch {
		case locusHeads[w]:
			return true
		case w == "of" || w == "to" || w == "for" || w == "with" || w == "from" || w == "behind":
			return false
		}
	}
	return false
}
