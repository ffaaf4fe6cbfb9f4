package extract

import "regexp"

// Raids told on an authority's word. A news text that gives a raid as a ministry's, a police
// force's or officials' own account ("Lao police raided X, the Ministry of Public Security
// said", "... according to a statement issued by the commissariat", "The ministry said in a
// statement that officers raided X") cites the acting side for a government act: the
// attribution names the source, it casts no doubt. Such a raid keeps the page's grade. A
// hedge besides the attribution ("reportedly", "claimed"), a denial, or a source that is no
// authority (workers, a resident, "he said") still makes it alleged.

// authorityBody names a state body that may vouch for a raid. An armed group ("army") is left
// out of the cited author: it would vouch for its own act.
const authorityBody = `(?:ministry|police|commissariat|commission|department|bureau|agency|government|embassy|administration|council|court|prosecutors?|immigration|state\s+media|(?:state|national)\s+(?:television|radio))`

// reAuthorityStatement is the attribution of a sentence to an authority: a statement,
// announcement or release whose author is an authority ("according to a statement from the
// Ministry", "according to a police statement"), or an authority's body or officials as the
// ones who speak. Police, troops and officials speak only right before the verb ("police
// said", not "a former police officer said").
var reAuthorityStatement = regexp.MustCompile(`(?i)\baccording\s+to\s+(?:(?:a|an|the|its|their)\s+)?(?:` +
	`(?:[\w'’.-]+\s+){0,3}?` + authorityBody + `(?:\s+[\w'’.-]+){0,2}?\s+(?:statement|announcement|press\s+release|notice)\b` +
	`|(?:statement|announcement|press\s+release|notice)\s+(?:(?:just|later|recently)?\s*(?:issued|released|posted|published)\s+)?(?:from|by|of|read\s+on|aired\s+on)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?` + authorityBody + `\b[^.;"“”]{0,60}` +
	`|(?:statement|announcement|press\s+release|notice)\s+(?:that\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?` + authorityBody + `\s+(?:issued|released|posted|published)\b[^.;"“”]{0,60}` +
	`|(?:[\w'’.-]+\s+){0,3}?(?:officials|authorities)\b)` +
	`|\b(?:ministry|commissariat|commission|department|bureau|agency|command|government|embassy|administration|council)(?:\s+[\w'’.-]+){0,4}?\s+(?:said|says|announced|confirmed|stated)(?:\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their)\s+(?:statement|announcement|press\s+release))?\b` +
	`|\b(?:police|army|military|troops|officials|authorities|spokes(?:man|woman|person)|state\s+media)\s+(?:said|says|announced|confirmed|stated)(?:\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their)\s+(?:statement|announcement|press\s+release))?\b`)

// reNotAuthorityLead is a word that makes the officials who speak a firm's or the workers':
// "company officials said", "according to compound authorities".
var reNotAuthorityLead = regexp.MustCompile(`(?i)\b(?:company|companies|firm|firm's|corporate|compound|park|casino|resort|hotel|workers?|employees?|staff|owner|owners|management|militia|rebel|group)(?:['’]s?)?\s+(?:officials|authorities)\b`)

// authorityRaidStatement reports whether the sentence sent tells a raid on an authority's
// word with no other hedge or denial.
func authorityRaidStatement(sent string) bool {
	locs := reAuthorityStatement.FindAllStringIndex(sent, -1)
	if locs == nil || reDenial.MatchString(sent) || reNotAuthorityLead.MatchString(sent) {
		return false
	}
	rest := []byte(sent)
	for _, l := range locs {
		blank(rest, l[0], l[1]) // grade_modifiers.go
	}
	r := string(rest)
	return !reHedge.MatchString(r) && !reSaid.MatchString(r)
}
