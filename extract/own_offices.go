package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm's or body's own office told through "its" after the name, with no other name between:
// "Huanya did not respond to questions sent to its office in Myawaddy", "Sky Bay has never
// commented, and its office in Bangkok was shuttered", "X, a recruitment agency incorporated in
// 2019 with its registered office in Kota Kinabalu". The firm stands in the place its own
// office is in, as with "X's office in Y" (place_triples.go).

// reItsOffice ends the gap before the place: the words of the clause, then "its office in".
var reItsOffice = regexp.MustCompile(`(?i)^(?:\s*["”’']?\))?[^;:()\[\]]{0,120}?\bits\s+(?:(?:registered|head|main|principal)\s+)?(?:office|offices|headquarters)\s+(?:(?:is|was|are|were)\s+)?in\s+(?:the\s+)?$`)

// reOtherHolder is a common noun before "its" that "its" may stand for instead of the name:
// "X leased the compound, and its office in Y".
var reOtherHolder = regexp.MustCompile(`(?i)\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:company|firm|ministry|agency|embassy|police|court|compound|complex|group|bank|department|office|park|resort|casino|site|militia|army|government|consulate|syndicate|network|business)\b`)

// ownOffice reports the shape above between mention ca (the firm or body) and cb (the place),
// two mentions with no other mention between them.
func ownOffice(text string, ents []*docEntity, ca, cb candidate) bool {
	a, b := ents[ca.ent], ents[cb.ent]
	if (a.typ != model.Company && a.typ != model.Organization) || b.typ != model.Location || isCountry(b.name) || waterway(b.name) {
		return false
	}
	if cb.s <= ca.e || cb.s-ca.e > 160 {
		return false
	}
	gap := text[ca.e:cb.s]
	m := reItsOffice.FindStringIndex(gap)
	if m == nil {
		return false
	}
	before := gap[:strings.LastIndex(strings.ToLower(gap), "its")]
	return !reOtherHolder.MatchString(before) && !strings.HasPrefix(strings.TrimLeft(gap, " "), "'") && !strings.HasPrefix(strings.TrimLeft(gap, " "), "’")
}
