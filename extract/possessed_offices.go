package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// rePossessedOffice is a firm's or body's own office told in the possessive and a copula:
// "'s registered office is on ", "'s head office is at ", "’s headquarters are in ". The
// address that follows must be the street part only (addressParts), so the place after it is
// the first town of the office's address.
var rePossessedOffice = regexp.MustCompile(`(?i)^['’]s?\s+(?:(?:registered|head|main|principal|business)\s+)?(?:address|office|offices|headquarters|seat)\s+(?:is|was|are|were|lies|remains)\s+(?:(?:still|now|also)\s+)?(?:at|on|in)\s+`)

// possessedOffice reports "Bright Harbour's registered office is on Street 230 in
// Sihanoukville": the firm, body or site stands in the place its own office is in. A country is
// left to the chain rules, and a person's office is no seat.
func possessedOffice(text string, ents []*docEntity, ca, cb candidate) bool {
	a, b := ents[ca.ent], ents[cb.ent]
	if (a.typ != model.Company && a.typ != model.Organization) || b.typ != model.Location || isCountry(b.name) || waterway(b.name) {
		return false
	}
	gap := text[ca.e:cb.s]
	if len(gap) > 100 {
		return false
	}
	m := rePossessedOffice.FindStringIndex(gap)
	return m != nil && addressParts(gap[m[1]:])
}
