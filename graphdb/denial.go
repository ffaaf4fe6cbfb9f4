package graphdb

import "regexp"

// denialWords finds the plain ways a quote reports that someone rejects a claim. extract keeps a
// denial as an "alleged" relation with the denial in its quote; the graph marks such evidence so
// an edge shows it is contested rather than letting the denial count as support.
var denialWords = regexp.MustCompile(`(?i)\b(?:den(?:y|ies|ied|ying|ial|ials)|refut(?:e|es|ed|ing)|rebut(?:s|ted)?|` +
	`(?:reject|dismiss)(?:s|ed|es|ing)?\s+(?:the\s+|these\s+|those\s+|all\s+|any\s+)?(?:allegation|accusation|claim|report|charge)s?|` +
	`(?:has|have|had)\s+no\s+(?:link|connection|tie|involvement|relationship|affiliation)s?|` +
	`not\s+(?:involved|connected|linked|affiliated)|never\s+(?:owned|operated|been\s+involved|had\s+any))\b` +
	`|否认|否認|驳斥|駁斥|不实|不實`)

// isDenial reports whether a quote reads as a denial of the claim it is attached to.
func isDenial(quote string) bool {
	return denialWords.MatchString(quote)
}
