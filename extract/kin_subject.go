package extract

import (
	"regexp"
	"strings"
)

// Kin-led subjects: "His son, X, sits on the board of A and also chairs B", "Tang's wife,
// X, holds 20 percent of A and chairs B". The name a clause is about stands as the
// apposition of a kin noun that opens the clause; the possessor before the kin noun (a
// pronoun or a name with 's) is named first, so the clause looks to the shared-subject
// reading (shared_subject.go) as if it opened with another person. kinLedSubject lets that
// reading take X as the clause's subject: the kin noun and its possessor are all that
// stands before X. Cases are in kin_subject_test.go.

// reKinSubjectLead is the opening of a clause up to its subject's name: a possessor (a possessive
// pronoun, "the couple's", "the senator's", or a name with 's ending at the name) and a
// kin noun, set off by a comma: "His younger brother, ", "The tycoon's daughter, ", "'s
// wife, ".
var reKinSubjectLead = regexp.MustCompile(`^(?:(?:his|her|their)\s+|(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]*['’]s\s+)` + kinNoun + `\s*,\s*$`)

// reKinClauseOpen ends the words before a clause's opening: nothing, or a sentence's or a
// semicolon's end.
var reKinClauseOpen = regexp.MustCompile(`(?:^|[.;!?]["”’]?\s+|\n\s*)$`)

// kinLedSubject reports whether mention p opens its clause after a kin noun and its
// possessor only: "His son, X", "Tang's wife, X", "The senator's daughter, X".
func kinLedSubject(text string, cands []candidate, ents []*docEntity, ms []int, p int) bool {
	oa := cands[ms[p]]
	from := max(0, oa.s-90)
	lead := text[from:oa.s]
	// The possessor, when named, is the one mention before X.
	start := -1
	switch {
	case p == 0:
	case p == 1:
		c := cands[ms[0]]
		if c.e > oa.s || c.s < from {
			return false
		}
		if pronounRef(c) {
			start = c.s
		} else {
			start = c.e // the name; "'s" follows it
		}
	default:
		return false
	}
	low := strings.ToLower(lead)
	if start >= 0 {
		phrase := strings.ToLower(text[start:oa.s])
		if pronounRef(cands[ms[0]]) {
			phrase = strings.ToLower(cands[ms[0]].text) + " " + strings.TrimLeft(text[cands[ms[0]].e:oa.s], " ")
		}
		if !reKinSubjectLead.MatchString(phrase) {
			return false
		}
		before := text[max(0, cands[ms[0]].s-40):cands[ms[0]].s]
		before = strings.TrimSuffix(strings.TrimSuffix(before, "the "), "The ")
		return reKinClauseOpen.MatchString(before)
	}
	// No mention before X: the possessor is an unnamed noun or a pronoun the extractor did
	// not resolve ("The couple's son, X", "His son, X").
	for i := len(low) - 1; i >= 0; i-- {
		if strings.ContainsRune(".;!?\n", rune(low[i])) && (i+1 == len(low) || low[i+1] == ' ' || low[i+1] == '\n') {
			return reKinSubjectLead.MatchString(strings.TrimLeft(low[i+1:], " \n"))
		}
	}
	if from == 0 {
		return reKinSubjectLead.MatchString(strings.TrimLeft(low, " \n"))
	}
	return false
}
