package extract

import "regexp"

// "Neither A nor B owned X" denies the ownership for both names, as "A did not own X" does,
// though no "not" stands beside the verb; so does "X was owned by neither A nor B". A
// relation read from a span that such a pair negates is not emitted.
var (
	reNeitherWord = regexp.MustCompile(`(?i)\bneither\b`)
	reNorWord     = regexp.MustCompile(`(?i)\bnor\b`)
	// "X was owned by neither A nor B": the span ends at A
	reNorSoon = regexp.MustCompile(`(?i)^[^.;:]{0,60}?\bnor\b`)
	// the span opens the pair: "Neither [the] A nor B owned X" read from A
	reNeitherOpen = regexp.MustCompile(`(?i)\bneither\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$`)
	// the span opens at the pair's second name: "Neither A nor [his partner] B owned X"
	reNorTail = regexp.MustCompile(`(?i)\bnor\s+(?:by\s+)?(?:[\p{L}'’-]+,?\s+){0,3}$`)
)

// neitherNegated reports whether the span sent[ms:me] of a relation lies inside a "neither ...
// nor" coordination: the span holds both words (or "neither" with "nor" just after it), opens the pair, or opens at its "nor" name
// with "neither" earlier in the sentence.
func neitherNegated(sent string, ms, me int) bool {
	if ms < 0 || me > len(sent) || ms >= me {
		return false
	}
	pre, span := sent[:ms], sent[ms:me]
	if n := reNeitherWord.FindStringIndex(span); n != nil && (reNorWord.MatchString(span[n[1]:]) || reNorSoon.MatchString(sent[me:])) {
		return true
	}
	if reNorWord.MatchString(span) && reNeitherOpen.MatchString(pre) {
		return true
	}
	if loc := reNorTail.FindStringIndex(pre); loc != nil && reNeitherWord.MatchString(pre[:loc[0]]) {
		return true
	}
	return false
}
