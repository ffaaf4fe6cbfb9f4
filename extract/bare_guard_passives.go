package extract

import "regexp"

// A guard passive whose subject names no site: a pronoun or a bare part of the site ("it's
// guarded by DKBA soldiers", "The gate is guarded by guys from the provincial police", "the
// perimeter was guarded by soldiers wearing UWSA insignia"). The site is the one told before,
// found as for a bare part in the active (guard_acts.go); the passive itself is read by
// reGuardedByBody and reGuardedByMarks. The subject must head its clause, so "workers who
// left it were guarded by" (the men are guarded, not the site) is not read.

// reBareGuardSubject is the end of the words before the passive's verb: the clause's start
// (the sentence's, after a comma, a dash, "that" or a speech verb), then "it" or a part.
var reBareGuardSubject = regexp.MustCompile(`(?i)(?:^|[,:;]\s*|\s[—–-]\s+|\b(?:that|said|says|say|told\s+\w+)\s+)(?:it|(?:the|its)\s+(?:(?:main|front|outer|only)\s+)?(?:gates?|perimeter|entrances?|watchtowers?|fences?)(?:\s+and\s+(?:the\s+|its\s+)?(?:gates?|perimeter|entrances?|watchtowers?|fences?))?)\s*$`)

// bareGuardSubject reports that the words of the sentence before a guard passive's verb end
// in a bare subject that heads its clause.
func bareGuardSubject(before string) bool {
	return reBareGuardSubject.MatchString(before)
}
