package extract

import (
	"regexp"
	"strings"
)

// reApposHeadParticiple reads the head noun of a description set off after a name when a
// participle phrase follows it: ", a Tatmadaw-aligned militia commanded by", ", a shell
// company registered in". The head is the last word before the participle.
var reApposHeadParticiple = regexp.MustCompile(`^\s*(?:\([^)]{1,20}\)\s*)?,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s+(?:[a-z]+ed|run|led|held|owned|built)\s+(?:by|in|at|on|for|to|under|from)\b`)

// apposHeadParticiple reports that the name ending at end is described by an apposition
// whose head is head, the apposition going on with a participle: "the Loi Hseng People's
// Militia Force, a Tatmadaw-aligned militia commanded by X" is what "the militia" means
// later, not the army named inside the modifier.
func apposHeadParticiple(text string, end int, head string) bool {
	m := reApposHeadParticiple.FindStringSubmatch(strings.ToLower(text[end:min(len(text), end+80)]))
	return m != nil && m[1] == head
}
