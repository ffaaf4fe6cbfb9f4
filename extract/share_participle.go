package extract

import "regexp"

// reShareParticiple is the gap from a firm or site to the holder of a share told by a
// participle ending its description: ", a Cambodian company 60 percent owned by ", ", a
// company registered in loc that is majority-owned by ". The share words (a percentage,
// majority, wholly, partly) are what set it apart from the plain participle of
// reOwnDescParticiple, which does not take them.
var reShareParticiple = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|an|the|one\s+of\s+the)\s+((?:[a-z'’-]+\s+){0,4}?)(` + ownSiteHeads + `|` + ownFirmHeads + `)` + ownPlaceAfter + `\s*,?\s+(?:(?:that|which)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:(?:now|still|reportedly|allegedly|in\s+turn)\s+)*(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|majority|wholly|partly|jointly)[-\s](?:owned|held|controlled)\s+by\s+(?:the\s+)?((?:[a-z.'’-]+\s+){0,3})$`)

// shareParticiple reports whether gap, between a firm or site of type ta (a site when
// site) and the name after it ending at end, tells that name holds a share of it.
func shareParticiple(text, gap string, site bool, end int) bool {
	m := reShareParticiple.FindStringSubmatch(gap)
	if m == nil || reOwnDescStop.MatchString(m[1]) || reOwnNotHead.MatchString(m[1]) || !ownLeadOnly(m[3]) {
		return false
	}
	if ownSiteHeadSet[m[2]] != site || possessiveFollows(text, end) || ownAgentModifies(text, end) {
		return false
	}
	return true
}
