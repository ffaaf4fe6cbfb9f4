package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// A post narrowed by its field of work: "finance manager", "sales director", "human
// resources officer", "security chief", "operations head". The head alone may lead the body
// ("the director of X"), but with a field before it the post heads one part of the body and
// is held as staff (EMPLOYED_BY), whatever the head; the role table's own entries ("finance
// director", "security chief") read the same. Only the fields of
// internal/lexicon/post-fields.txt narrow a post; "general manager", "managing director" and
// "executive director" are not fields and stay leadership.

var postFields = lexicon.PostFields()

// fieldHeads are the post heads a field may narrow.
var fieldHeads = set("manager", "managers", "director", "directors", "head", "chief", "officer", "officers", "coordinator",
	"supervisor", "supervisors", "executive", "lead", "controller", "administrator", "specialist", "assistant", "staff", "staffer")

// fieldPost reads a post as "[modifiers] FIELD HEAD" (words already split, lower case): it
// returns the post from the field on and EMPLOYED_BY, or "" when the words are no such post.
func fieldPost(f []string) (string, string) {
	n := len(f)
	if n < 2 || !fieldHeads[f[n-1]] {
		return "", ""
	}
	start := -1
	switch {
	case n >= 3 && postFields[f[n-3]+" "+f[n-2]]:
		start = n - 3
	case postFields[f[n-2]]:
		start = n - 2
	}
	if start < 0 {
		return "", ""
	}
	for _, w := range f[:start] {
		if !roleModifiers[w] && !demonyms[w] {
			return "", ""
		}
	}
	head := f[n-1]
	if sing, ok := strings.CutSuffix(head, "s"); ok && fieldHeads[sing] {
		head = sing
	}
	return strings.Join(append(append([]string(nil), f[start:n-1]...), head), " "), model.EmployedBy
}

// fieldRole reports a role narrowed by a field ("finance manager"): its holder works in a
// part of the body or site, and does not run it.
func fieldRole(role string) bool {
	_, pred := fieldPost(strings.Fields(strings.ToLower(role)))
	return pred != ""
}
