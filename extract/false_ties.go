package extract

import (
	"regexp"
	"strings"
)

// Guards against ties a rule would read from words about someone else: a relative clause
// about the subject's kin, or a post that is not a staff job.

// reWhoseClause is a relative clause about something the name has ("X, whose son was hired
// by Y"): what follows tells of the son, not of X.
var reWhoseClause = regexp.MustCompile(`(?i)^\s*,?\s*whose\b`)

// whoseClause reports a gap that opens a "whose" clause.
func whoseClause(gap string) bool { return reWhoseClause.MatchString(gap) }

// reWorkedAs is the post in "worked as a partner for Y".
var reWorkedAs = regexp.MustCompile(`\bas\s+(?:a|an|the)\s+([a-z-]+)\s+for$`)

// stakeWords are posts of those who put money into a firm rather than work for it.
var stakeWords = map[string]bool{
	"shareholder": true, "investor": true, "co-investor": true, "stakeholder": true,
	"co-owner": true, "owner": true, "backer": true, "financier": true,
}

// nonStaffPost reports a post held in a firm without being its staff: a partner, an
// associate, kin or an investor shares in the business, it does not employ them.
func nonStaffPost(w string) bool { return associateWords[w] || familyWords[w] || stakeWords[w] }

// workedAsNonStaff reports "worked as a partner for": the verb of work with a post that is
// not a job.
func workedAsNonStaff(verb string) bool {
	m := reWorkedAs.FindStringSubmatch(strings.ToLower(strings.TrimSpace(verb)))
	return m != nil && nonStaffPost(m[1])
}
