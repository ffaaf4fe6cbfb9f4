package extract

import (
	"regexp"
	"strings"
)

// A relative "who" right after a name that ends a post's prepositional phrase ("a former
// senator in the Dewan Negara who also heads X", "former member of the National Assembly,
// who founded and owns Y") describes the holder of the post, not the name inside the
// phrase; the pair of that name and what the clause says then states nothing.

var (
	// reWhoClause opens a relative clause on a person, with or without a comma.
	reWhoClause = regexp.MustCompile(`^\s*,?\s*who\s`)
	// rePostPrepBefore ends the words before a name that is the object of a preposition
	// after a noun: "senator in the ", "member of the ".
	rePostPrepBefore = regexp.MustCompile(`(?i)\b([a-z-]+)\s+(?:in|of|at|with|for)\s+(?:the\s+)?$`)
)

// whoAfterPostPhrase reports a name ca, inside the phrase of a post ("senator in the"),
// that a "who" clause follows (gap): the clause is the post holder's.
func whoAfterPostPhrase(text string, ca candidate, gap string) bool {
	if !reWhoClause.MatchString(gap) || ca.s > len(text) {
		return false
	}
	m := rePostPrepBefore.FindStringSubmatch(text[max(0, ca.s-40):ca.s])
	return m != nil && roleWords[strings.ToLower(m[1])] != ""
}

// bareCourtParty reports a court party written as a capitalised name with no article
// ("Defendant also proffered that he ..."), as court orders do: like "the defendant" it is
// the party a later "he" of its sentence continues. "Defendant's brother" names someone else.
func bareCourtParty(toks []token, k int) bool {
	t := toks[k]
	if !courtParties[t.low] || t.text == t.low || k > 0 && toks[k-1].low == "the" {
		return false
	}
	if k+1 < len(toks) {
		if n := toks[k+1].low; n == "'s" || n == "’s" || n == "'" || n == "’" {
			return false
		}
	}
	return true
}
