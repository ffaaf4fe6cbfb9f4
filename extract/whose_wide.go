package extract

import (
	"regexp"
	"strings"
)

// whose_wide.go widens the "whose" post reader of offices.go to two shapes it leaves:
//   - "Y, a Singapore company whose sole director, the lawyer X, also acts": an occupation
//     with "the" set before the name;
//   - "Y, which is registered in Payathonzu and whose listed director, X, is": a registration
//     clause coordinated before the "whose".
// The post words go to postsOf, which keeps only posts it knows.

// reWhosePostWide is the gap between the firm and the person (places read as "loc").
var reWhosePostWide = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?,\s*` +
	`(?:(?:a|an)\s+(?:[a-z'’-]+\s+){0,5}?|which\s+(?:is|was)\s+(?:registered|based|incorporated|headquartered)\s+in\s+(?:the\s+)?loc(?:\s*,\s*loc)*\s+and\s+)` +
	`whose\s+([a-z][a-z -]{1,40}?)\s*,\s*(?:the\s+)?(?:(?:lawyer|accountant|banker|businessman|businesswoman|tycoon|entrepreneur|investor)\s+)?$`)

// whosePostWide returns the post words of the shapes above, or "". A description before
// "whose" must be plain, as in offices.go: "a client of the bank whose owner, X" is the bank's.
func whosePostWide(gap string) string {
	m := reWhosePostWide.FindStringSubmatch(gap)
	if m == nil {
		return whoseAfterClause(gap) // commanded_units.go
	}
	desc := m[0][:strings.Index(m[0], "whose")]
	if !strings.Contains(desc, "which") && (rePostBreak.MatchString(desc) || !plainDescription(desc)) {
		return ""
	}
	return m[1]
}
