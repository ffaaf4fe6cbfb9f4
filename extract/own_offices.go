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
// The group is "its", to cut the clause before it at the same offset.
var reItsOffice = regexp.MustCompile(`(?i)^(?:\s*["”’']?\))?[^;:()\[\]]{0,120}?\b(its)\s+(?:(?:registered|head|main|principal)\s+)?(?:office|offices|headquarters)\s+(?:(?:is|was|are|were)\s+)?in\s+(?:the\s+)?$`)

// officeHolderNouns are the common nouns "its" may stand for instead of the name.
const officeHolderNouns = `(?:company|firm|ministry|agency|embassy|police|court|compound|complex|group|bank|department|office|park|resort|casino|site|militia|army|government|consulate|syndicate|network|business|operator|developer|contractor|partner|landlord|investor)`

var (
	// reOtherHolder is a common noun before "its" that "its" may stand for instead of the name:
	// "X leased the compound, and its office in Y", or a "whose" clause of another holder.
	reOtherHolder = regexp.MustCompile(`(?i)\b(?:(?:the|this|that)\s+(?:[a-z-]+\s+)?` + officeHolderNouns + `\b|whose\b)`)
	// reOtherIndefinite is "a/an NOUN" before "its": "sued a Chinese firm that had shut its
	// office in Y". It stands for the name only as its description ("X is a recruitment agency
	// … with its office in Y", "X, an agency with …"), which reDescribes finds before it.
	reOtherIndefinite = regexp.MustCompile(`(?i)\ban?\s+(?:[a-z-]+\s+)?` + officeHolderNouns + `\b`)
	reDescribes       = regexp.MustCompile(`(?i)(?:^\s*,|\b(?:is|was|as|became|remains))\s*$`)
	// reOfficeNotHeld is a clause that opens, shuts, plans or denies the office rather than
	// placing the firm in it: "closed its office in Y", "no plans to open its office in Y",
	// "denied that its office in Y ever existed".
	reOfficeNotHeld = regexp.MustCompile(`(?i)(?:\b(?:open|opens|opened|opening|close|closes|closed|closing|shut|shuts|shutting|set\s+up|sets\s+up|setting\s+up|moved|moves|relocated|relocates)(?:\s+down)?|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?)\s*$|\bplan(?:s|ned|ning)?\b`)
)

// otherHolder reports a holder other than the name that "its" may stand for in before.
func otherHolder(before string) bool {
	if reOtherHolder.MatchString(before) {
		return true
	}
	for _, m := range reOtherIndefinite.FindAllStringIndex(before, -1) {
		if !reDescribes.MatchString(before[:m[0]]) {
			return true
		}
	}
	return false
}

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
	m := reItsOffice.FindStringSubmatchIndex(gap)
	if m == nil {
		return false
	}
	before := gap[:m[2]]
	return !otherHolder(before) && !reOfficeNotHeld.MatchString(before) && !strings.HasPrefix(strings.TrimLeft(gap, " "), "'") && !strings.HasPrefix(strings.TrimLeft(gap, " "), "’")
}
