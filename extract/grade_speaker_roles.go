package extract

import (
	"regexp"
	"strings"
)

// A speaker introduced by a role and the name in apposition, with the role opened by an article
// or a possessive just before the first name: "A DKBA spokesman, Saw Kyaw Hla, rejected the
// workers' account", "..., and its director, Heng Vichea, told reporters the firm had merely
// rented ...". The role is the writer's description of who speaks, not what is said or denied,
// even when the clause before told of a denial or a claim. Only the clause that holds the
// speaker is read, and none told as a source's account ("according to workers, a director, X,
// told them"): the words before must end in the article (at a sentence start or after a
// comma or semicolon and a conjunction), or the article opens the names ("its director, X").
var (
	reRoleLeadBefore  = regexp.MustCompile(`(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?)\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$`)
	reRoleClauseStart = regexp.MustCompile(`(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?)\s*$`)
	reRoleLeadIn      = regexp.MustCompile(`^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s`)
	// reRoleLeadSource is an attribution before the role: "According to workers who escaped,
	// a director, X, told them ...", "Survivors alleged that a director, X, told them ...":
	// the role and the speech are the source's account, not the writer's.
	reRoleLeadSource = regexp.MustCompile(`(?i)\baccording\s+to\b|\b(?:said|says|say|alleges?|alleged|alleging|claims?|claimed|claiming|reported|reports|believes?|believed|told\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+that\b`)
)

// speakerRoleLead reports that the pair's names (in) are a role and the apposed name of the
// subject of a speech or denial verb right after them (post), the role's article ending pre or
// opening in.
func speakerRoleLead(pre, in, post string) bool {
	if len(in) > 120 || reHedge.MatchString(in) || reSaid.MatchString(in) || reDenial.MatchString(in) {
		return false
	}
	m := reSpeakerVerb.FindStringSubmatch(post)
	if m == nil || strings.Trim(m[1], " ,\n\t") != "" {
		return false
	}
	if reRoleLeadSource.MatchString(pre) {
		return false
	}
	if reRoleClauseStart.MatchString(pre) && reRoleLeadIn.MatchString(in) {
		return referredSpeaker(in) // grade_referred.go
	}
	loc := reRoleLeadBefore.FindStringIndex(pre)
	if loc == nil {
		return false
	}
	f := strings.Fields(pre[loc[0]:])
	det := strings.Trim(f[len(f)-1], ",;")
	if strings.EqualFold(det, "a") || strings.EqualFold(det, "an") {
		det = "The" // an indefinite role leads the name the same way ("A DKBA spokesman, X,")
	}
	return referredSpeaker(det + " " + in)
}
