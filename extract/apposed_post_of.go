package extract

import (
	"regexp"
	"strings"
)

// reApposedPostOf is an apposition that opens with a post and "of", written without an
// article: "X, deputy commander of the ", "X, chairman of ". What follows names the body the
// post belongs to; the words around it are about X.
var reApposedPostOf = regexp.MustCompile(`,\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)\s+(?:of|at)\s+(?:the\s+)?$`)

// apposedPostOf reports that the sentence so far ends in an article-less apposition of a
// post and "of" ("Keo Pisey, deputy commander of the "): the name after it is the body of
// that post, so a designation the sentence goes on to tell of is the person's, not the
// body's. The post's last word must be one a person holds (a title or a role word); "X, a
// unit of" or "X, the owner of" are read elsewhere.
func apposedPostOf(before string) bool {
	m := reApposedPostOf.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	words := strings.Fields(m[1])
	switch words[0] {
	case "a", "an", "the", "his", "her", "its", "their":
		return false // roleOfBefore reads the apposition with an article
	}
	last := words[len(words)-1]
	return titleWords[last] || isPersonTitle(last) || roleWords[last] != ""
}
