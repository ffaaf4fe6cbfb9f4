package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
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

// compoundRanks open a two-word rank whose second word is a rank of its own: a "Lieutenant
// Colonel" is called "the colonel" only when no Colonel is named.
var compoundRanks = set("lieutenant", "lt", "brigadier", "brig", "major", "maj")

// compoundRankTitle reports a person's name written after a two-word rank that ends in the
// description's head ("Lieutenant Colonel X" for "the colonel"): a name titled with the head
// alone ("Colonel Y") in the window is the better antecedent.
func compoundRankTitle(text string, c candidate, ents []*docEntity, head string) bool {
	if ents[c.ent].typ != model.Person || c.s > len(text) || head == "" {
		return false
	}
	f := strings.Fields(strings.ToLower(text[max(0, c.s-40):c.s]))
	for i := len(f) - 1; i > 0 && i >= len(f)-2; i-- {
		if strings.TrimRight(f[i], ".,") == head {
			return compoundRanks[strings.TrimRight(f[i-1], ".,")]
		}
	}
	return false
}

// plainRankEarlier reports a person titled with the head alone ("Colonel Y") in sentences
// up to last: when "the colonel" has only a Lieutenant Colonel in its window, such a name
// further back makes the description ambiguous, and an ambiguous one resolves to nobody.
func plainRankEarlier(text string, cands []candidate, ents []*docEntity, bySent map[int][]int, last int, head string) bool {
	for sj := last; sj >= 0; sj-- {
		for _, m := range bySent[sj] {
			if c := cands[m]; c.ent >= 0 && titleBefore(text, c, ents, head) && !compoundRankTitle(text, c, ents, head) {
				return true
			}
		}
	}
	return false
}

// reKinOfBefore ends the words before a name that is the object of a kin noun in an
// apposition: ", a nephew of the ", ", his cousin of ".
var reKinOfBefore = regexp.MustCompile(`,\s*(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+of\s+(?:the\s+)?$`)

// kinObjectBefore reports a name (starting at start) that only says whose kin the
// apposition's head is: "The workers named X, a nephew of the colonel, as head of security
// for Z" gives the post after the closing comma to X, not to the colonel.
func kinObjectBefore(text string, start int) bool {
	if start > len(text) {
		return false
	}
	m := reKinOfBefore.FindStringSubmatch(strings.ToLower(text[max(0, start-50):start]))
	return m != nil && familyWords[m[1]]
}
