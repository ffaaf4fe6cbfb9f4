package extract

import (
	"regexp"
	"strings"
)

// reCalledBefore ends right before a name the text introduces by its kind: "a compound
// called ", "an armed group known as ".
var reCalledBefore = regexp.MustCompile(`\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:called|named|known\s+as)\s+["“]?$`)

// calledAfterHead reports that the name at s is introduced as one of the head's kind: "a
// compound called Huanya Garden" is "the compound".
func calledAfterHead(text string, s int, head string) bool {
	m := reCalledBefore.FindStringSubmatch(strings.ToLower(text[max(0, s-60):s]))
	return m != nil && m[1] == head
}
