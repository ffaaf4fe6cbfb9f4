package extract

import (
	"regexp"
	"strings"
)

// An apposition in the singular after the last item of a list is that item's alone: in
// "co-owned by Njoroge and Grace Wanjiru, a member of the county assembly" only Wanjiru sits
// in the assembly, while "A and B, directors of C" and "A and B, the owners of C" (a plural
// noun) say it of each. distribute (relations.go) and coSubjectPair (shared_subject.go) share
// the last item's tie with the others only when the apposition is not singular.

// reSingularAppos opens an apposition with a singular determiner, or with "the" and a noun
// that is no plural before "of", "to", "for" or "at"; group 1 is the words after "the".
var reSingularAppos = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|his|her|its)\s|the\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|to|for|at|in)\s)`)

// singularAppos reports that gap, the words between a list's last item and the next name,
// opens an apposition in the singular that runs on to that name: "A and B, a Thai
// businessman, ran Y" closes the apposition, and the verb after it is still shared.
func singularAppos(gap string) bool {
	m := reSingularAppos.FindStringSubmatch(strings.ToLower(gap))
	if m == nil || strings.Count(gap, ",") > 1 {
		return false
	}
	if m[1] == "" {
		return true
	}
	head := m[1][strings.LastIndex(m[1], " ")+1:]
	return !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss")
}
