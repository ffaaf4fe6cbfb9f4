package extract

import "regexp"

// reSingularAppos opens an apposition or relative clause that speaks of one person: ", a
// member of", ", an adviser to", ", who is". Set off after the last name of a list ("owned by
// A and B, a member of the assembly"), it describes that name alone, so the list does not
// share it; a plural one (", members of", ", who are", ", the founders of") still does.
var reSingularAppos = regexp.MustCompile(`(?i)^\s*,\s*(?:a|an|who\s+(?:is|was|has|had)|himself|herself)\s`)

// singularAppos reports that gap, the words after a list's last name, opens an apposition or
// clause in the singular.
func singularAppos(gap string) bool {
	return reSingularAppos.MatchString(gap)
}
