package extract

import (
	"regexp"
	"strings"
)

// A subject pronoun right after an apposition's description opens a clause inside the
// apposition with its relative word left out: in "whose manager, a Chinese national she knew
// only as X," the pronoun is the one who knew the manager, not the manager. Read as the
// holder, it would hand the post to whoever the pronoun resolves to.

// reDescBeforePronoun ends a gap with an apposition's description: ", a Chinese national ".
var reDescBeforePronoun = regexp.MustCompile(`,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?[a-z'’-]+\s*$`)

// clausePronouns are the subject pronouns that open such a clause.
var clausePronouns = set("he", "she", "they", "we", "i")

// contactClausePronoun reports a mention c that is a subject pronoun right after a
// description: the subject of a clause inside the apposition, never the one it describes.
// The pronoun's own start is taken from its end, as structure.go may widen c.s to the noun
// phrase it takes the pronoun to head.
func contactClausePronoun(text string, c candidate) bool {
	s := c.e - len(c.text)
	if c.gaz >= 0 || s < 0 || !clausePronouns[strings.ToLower(c.text)] {
		return false
	}
	return reDescBeforePronoun.MatchString(strings.ToLower(text[max(0, s-80):s]))
}

// postClausePronoun reports a mention c that is a subject pronoun, the shape "the Wanli
// recruiter he met": a post noun followed by a pronoun opens a clause with its relative word
// left out, so the pronoun is whoever met the recruiter, never the holder of the post.
func postClausePronoun(c candidate) bool {
	return c.gaz < 0 && clausePronouns[strings.ToLower(c.text)]
}
