package extract

import (
	"regexp"
	"strings"
)

// reSingularAppos opens an apposition or relative clause that speaks of one person: ", a
// member of", ", an adviser to", ", who is". Set off after the last name of a list ("owned by
// A and B, a member of the assembly"), it describes that name alone, so the list does not
// share it; a plural one (", members of", ", who are", ", the founders of") still does.
var reSingularAppos = regexp.MustCompile(`(?i)^\s*,\s*(?:a|an|who\s+(?:is|was|has|had)|himself|herself)\s`)

// reTheOnePost is an apposition of one post in a body with the definite article: ", the
// president of", ", the company's chairman at". Its head noun, the last word before the
// preposition, is read by singularAppos: a plural or a noun for several people ("the
// founders of", "the couple behind") is every name's.
var reTheOnePost = regexp.MustCompile(`(?i)^\s*,\s*the\s+(?:[a-z'’-]+\s+){0,3}?([a-z-]+)\s+(?:of|at|in|to|for)\s`)

// severalNouns name several people in the singular.
var severalNouns = set("couple", "pair", "duo", "trio", "family", "team", "partnership", "group", "brothers", "sisters")

// singularAppos reports that gap, the words after a list's last name, opens an apposition or
// clause in the singular.
func singularAppos(gap string) bool {
	if reSingularAppos.MatchString(gap) {
		return true
	}
	m := reTheOnePost.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	head := strings.ToLower(m[1])
	return !severalNouns[head] && (!strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss"))
}
