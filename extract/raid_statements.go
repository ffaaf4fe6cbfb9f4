package extract

import (
	"regexp"
	"strings"
)

// Raids told on an authority's word. A news text that gives a raid as a ministry's, a police
// force's or officials' own account ("Lao police raided X, the Ministry of Public Security
// said", "... according to a statement issued by the commissariat", "The ministry said in a
// statement that officers raided X") cites the acting side for a government act: the
// attribution names the source, it casts no doubt. Such a raid keeps the page's grade. A
// hedge besides the attribution ("reportedly", "claimed"), a denial, or a source that is no
// authority (workers, a resident, "he said") still makes it alleged.

// reAuthorityStatement is the attribution of a sentence to an authority: a statement,
// announcement or release, or an authority's body or officials as the ones who speak.
var reAuthorityStatement = regexp.MustCompile(`(?i)\baccording\s+to\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:statement|announcement|press\s+release|notice|officials|authorities)\b(?:\s+(?:issued|released|posted|published|from|by|of)\b[^.;"“”]{0,80})?` +
	`|\b(?:ministry|police|commissariat|commission|department|bureau|agency|command|army|military|troops|government|embassy|administration|council|officials|authorities|spokes(?:man|woman|person)|state\s+media)(?:\s+[\w'’.-]+){0,4}?\s+(?:said|says|announced|confirmed|stated)(?:\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their)\s+(?:statement|announcement|press\s+release))?\b`)

// authorityRaidStatement reports whether the sentence sent tells a raid on an authority's
// word with no other hedge or denial.
func authorityRaidStatement(sent string) bool {
	locs := reAuthorityStatement.FindAllStringIndex(sent, -1)
	if locs == nil || reDenial.MatchString(sent) {
		return false
	}
	rest := []byte(sent)
	for _, l := range locs {
		copy(rest[l[0]:l[1]], strings.Repeat(" ", l[1]-l[0]))
	}
	r := string(rest)
	return !reHedge.MatchString(r) && !reSaid.MatchString(r)
}
