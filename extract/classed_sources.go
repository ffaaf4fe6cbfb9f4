package extract

import "regexp"

// classed_sources.go: reporters name a source and the body they speak for with the body's
// kind set before its name ("Sok Chenda of the rights group ADHOC", "Mary Lee from the
// watchdog Global Witness") or with the "of" set off by a comma ("Mr Lim, of the Lotus
// Foundation, said"). Both are the "X of Y" of relations.go: the person works for the body.

// reOfClassedBody is the gap between the person and the body.
var reOfClassedBody = regexp.MustCompile(`^\s*(?:,\s*(?:of|from)\s+(?:the\s+)?|(?:of|from|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?` +
	`(?:group|organisation|organization|ngo|charity|watchdog|institute|foundation|think\s+tank|monitor|coalition|network|centre|center|union|association|agency|firm|company)\s+)$`)

// ofClassedBody reports the gap of the shapes above.
func ofClassedBody(gap string) bool {
	return reOfClassedBody.MatchString(gap)
}
