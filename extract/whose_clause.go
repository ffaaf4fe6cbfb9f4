package extract

import (
	"regexp"
	"strings"
)

// A name that completes a "whose" clause inside the subject's description is no subject of the
// main verb after it: in "A, whose president is B, built S", A built S, not B. The pair rules
// read the words between two names only, so "B, built S" would read as B's act; this condition
// holds such pairs out. Cases in site_control_test.go.

var (
	// The words before the name: ", whose president is the Macau businessman ".
	reWhoseComplementBefore = regexp.MustCompile(`,\s*whose\s+(?:[a-z-]+\s+){1,4}?(?:is|was|are|were)\s+(?:(?:the|a|an)\s+)?(?:[a-z'’-]+\s+){0,4}$`)
	// The words after it: the comma that closes the clause and the main verb.
	reMainVerbAfter = regexp.MustCompile(`^\s*,\s*(?:(?:also|later|then|still|now|reportedly|allegedly|jointly)\s+)*(?:built|builds|runs|ran|owns|owned|operates|operated|manages|managed|developed|develops|controls|controlled|founded|set\s+up|bought|acquired|leased|leases|rents|rented|holds|held|has|had|is|was|are|were)\b`)
)

// whoseComplement reports whether mention ms[p] completes a "whose" clause that closes right
// after it before the main verb.
func whoseComplement(text string, cands []candidate, ms []int, p int) bool {
	c := cands[ms[p]]
	if c.ent < 0 || c.e >= len(text) || text[c.e] != ',' {
		return false
	}
	before := strings.ToLower(text[max(0, c.s-90):c.s])
	return reWhoseComplementBefore.MatchString(before) && reMainVerbAfter.MatchString(strings.ToLower(text[c.e:min(len(text), c.e+40)]))
}
