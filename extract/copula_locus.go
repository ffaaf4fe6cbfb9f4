package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// locusNouns are business and body nouns that head a placing apposition or predicate beside
// the site words of locusHeads ("a corporate services provider located in Singapore").
var locusNouns = lexicon.LocusNouns()

// reCopulaOpen opens a predicate that says what a named thing is: " is ", " was also ".
var reCopulaOpen = regexp.MustCompile(`^\s+(?:is|was|are|were|remains|remained)\s+(?:(?:still|now|also|essentially|effectively)\s+)?`)

// copulaLocus reads "X is a walled compound of eleven buildings in Barangay Cristo Rey" and
// "The park was a gated complex of four towers in Bavet": a copula whose predicate is the
// description a site's or firm's apposition would be (apposLocus: a site or business noun
// among up to nine words, no verb, then where), so X is in the place. The reading of
// located.go takes only two words before the noun and none after it. The noun must head the
// predicate, before any "of", "to" or "for", and no such word may open another noun phrase
// after it: "X is a partner of a firm in Bangkok" and "X is a supplier to a hotel chain in
// Nairobi" place the other noun, not X.
func copulaLocus(ents []*docEntity, ca, cb candidate, gap string) bool {
	ta := ents[ca.ent].typ
	if ta != model.Compound && ta != model.Company && ta != model.Organization {
		return false
	}
	loc := reCopulaOpen.FindStringIndex(gap)
	if loc == nil {
		return false
	}
	desc := ofList(", " + gap[loc[1]:]) // of_lists.go
	m := reApposLocus.FindStringSubmatch(desc)
	if m == nil || !apposLocus(desc, ents[cb.ent].name) {
		return false
	}
	words := strings.Fields(m[1])
	head := false
	for i, w := range words {
		switch {
		case !head && (locusHeads[w] || locusNouns[w]):
			head = true
		case copulaPreps[w] && (!head || i+1 < len(words) && copulaDeterminers[words[i+1]]):
			// "a partner of a firm in Bangkok", "a supplier to a hotel chain in Nairobi": the
			// place is the other noun's ("a compound of eleven buildings in" keeps it).
			return false
		}
	}
	return head
}

var (
	copulaPreps       = set("of", "to", "for", "with", "from", "behind")
	copulaDeterminers = set("a", "an", "the", "its", "his", "her", "their", "one", "several", "many")
)
