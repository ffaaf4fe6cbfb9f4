package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// firmApposIn reads the short apposition that says what a firm or body is and where: "Golden
// Reed Exchange, a money services business in Sihanoukville", "X, a firm in Bangkok". The
// long form (three or more words before the noun) reaches apposLocus in locatedIn already; the
// short one also matches the plain locative reLocated, whose bare " in " after a firm is where
// something happened to it ("raided the offices of X in Tbilisi"), so locatedIn places only
// sites on it. An apposition opened by a comma and an article, with no verb (apposLocus), whose
// last noun is a business's or body's, describes the firm itself; a firm's name described as "a
// casino complex" stands for the site, which the site rules place.
func firmApposIn(ents []*docEntity, ca, cb candidate, gap, verb string) bool {
	ta := ents[ca.ent].typ
	if verb != "" || (ta != model.Company && ta != model.Organization) || !apposLocus(gap, ents[cb.ent].name) {
		return false
	}
	m := reApposLocus.FindStringSubmatch(ofList(gap))
	f := strings.Fields(m[1])
	head := f[len(f)-1] // the noun before the place: "a casino operator in", not "a casino complex in"
	return locusNouns[head] || businessHeads[head]
}

// businessHeads are the nouns of locusHeads that name a business or body, not a site.
var businessHeads = set("company", "firm", "agency", "business", "bank", "operator", "developer", "group", "conglomerate",
	"corporation", "lender", "exchange", "platform", "network", "syndicate", "organisation", "organization", "charity", "office", "offices")
