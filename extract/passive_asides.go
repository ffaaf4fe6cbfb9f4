package extract

import (
	"regexp"
	"strings"
)

// Asides that stand between a site or firm and the passive that ties it to its agent, and
// say nothing of the tie: who vouches for it ("X, which the court finds was operated by Y",
// "which survivors say is run by Y"), where the first name is (", located in Myawaddy
// Township, was built by Y") and the class it belongs to (", one of several compounds
// operated by Y"). The gap reads as if the aside were not there; the grade still reads the
// sentence, attribution and all. Cases in passive_asides_test.go.

var (
	// reVouchedRelative is a relative clause whose subject is a source and whose verb says:
	// "which the court finds was", "that survivors said is".
	reVouchedRelative = regexp.MustCompile(`^(\s*,?\s*(?:which|that)\s+)(?:the\s+|its\s+|some\s+|several\s+|many\s+|two\s+|three\s+|four\s+|former\s+)?(?:[\w-]+\s+){0,2}?(?:court|judge|investigators|prosecutors|prosecution|police|survivors|workers|residents|officials|sources|authorities|treasury|ofac|report|records|documents|filings|witnesses|victims)\s+(?:finds|found|says|said|say|allege|alleges|alleged|believe|believes|believed|claim|claims|claimed|established)\s+(?:that\s+)?((?:is|was|are|were|has|had|have)\s)`)
	// rePlacedAside is a description of where the first name is, set off by commas:
	// ", located in Myawaddy Township,".
	rePlacedAside = regexp.MustCompile(`^\s*,\s*(?:located|situated|based|sited)\s+(?:in|near|on|at|outside)\s+[^,;()]{1,60},\s*`)
	// reOneOfClass is the class of the first name: ", one of several compounds".
	reOneOfClass = regexp.MustCompile(`^\s*,\s*one\s+of\s+(?:the\s+|several\s+|many\s+|two\s+|three\s+|four\s+|five\s+|a\s+number\s+of\s+|a\s+dozen\s+|dozens\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:compounds|sites|parks|casinos|complexes|resorts|zones|hubs|companies|firms|businesses)\s+`)
)

// dropPassiveAsides returns gap (lower-cased words between two names) without an aside of
// the kinds above at its start: the passive after it reads as the first name's.
func dropPassiveAsides(gap string) string {
	if !strings.Contains(gap, " by") {
		return gap
	}
	if strings.Contains(gap, "which ") || strings.Contains(gap, "that ") {
		if m := reVouchedRelative.FindStringSubmatchIndex(gap); m != nil {
			return gap[m[2]:m[3]] + gap[m[4]:]
		}
	}
	if loc := rePlacedAside.FindStringIndex(gap); loc != nil {
		return " " + gap[loc[1]:]
	}
	if loc := reOneOfClass.FindStringIndex(gap); loc != nil {
		return ", a compound " + gap[loc[1]:]
	}
	return gap
}
