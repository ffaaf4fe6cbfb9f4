package extract

import "regexp"

// A post can be stated through someone's words inside the clause that states it: "X, who
// the court said served as finance director of Y", "X, who police say is a recruiter for Y",
// "X said she was an accountant at Y". The reporting words sit between the person and the
// verb of the post; read without them, the clause is the plain "who served as ... of Y" that
// reIsRole reads. The attribution still governs the grade (grade.go reads the sentence).

// reWhoSaid is a reporting clause inserted after "who": "who the court said", "who
// police say", "who prosecutors allege", "who he says".
var reWhoSaid = regexp.MustCompile(`^(\s*,?\s*who\s+)(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}?(?:said|says|say|alleged|alleges|allege|claimed|claims|claim)\s+(?:that\s+)?(?:(?:he|she|they)\s+)?`)

// spokenRoleGap returns gap with the reporting words of a stated post left out, or gap
// unchanged when it holds none.
func spokenRoleGap(gap string) string {
	if m := reWhoSaid.FindStringSubmatchIndex(gap); m != nil {
		return gap[m[2]:m[3]] + gap[m[1]:]
	}
	return gap
}
