package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Kin-led subjects: "His son, X, sits on the board of A and also chairs B", "Tang's wife,
// X, holds 20 percent of A and chairs B". The name a clause is about stands as the
// apposition of a kin noun that opens the clause; the possessor before the kin noun (a
// pronoun or a name with 's) is named first, so the clause looks to the shared-subject
// reading (shared_subject.go) as if it opened with another person. kinLedSubject lets that
// reading take X as the clause's subject: the kin noun and its possessor are all that
// stands before X. Cases are in kin_subject_test.go.

// reKinSubjectLead is the opening of a clause up to its subject's name: a possessor (a
// possessive pronoun, "the couple's", "the senator's", one word with 's, or the 's after a
// name) and a kin noun, set off by a comma: "His younger brother, ", "The tycoon's
// daughter, ", "'s wife, ". A longer possessor may be a verb's object ("Police arrested
// Zhang's wife, X, at ...").
var reKinSubjectLead = regexp.MustCompile(`^(?:(?:his|her|their)\s+|(?:the\s+[\p{L}-]+|[\p{L}.-]+)?['’]s\s+)` + kinNoun + `\s*,\s*$`)

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

// kinSubjectPair reads "His son, X, holds 20 percent of B" as "X holds 20 percent of B":
// the comma that closes X's apposition to the kin noun stands between X and its verb, where
// the pair readers expect none. Only a clause kinLedSubject accepts, with no other person
// named between X and B, is read, and never a B that possesses the noun after it ("sits on
// the board of the group's property arm"); it reports whether a rule fired.
func (x *Extractor) kinSubjectPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ia, ib := ms[p], ms[q]
	oa, ob := cands[ia], cands[ib]
	if oa.ent < 0 || ob.ent < 0 || oa.ent == ob.ent || ob.s < oa.e+2 || ob.s-oa.e > 160 ||
		ents[oa.ent].typ != model.Person || text[oa.e] != ',' || possessiveFollows(text, ob.e) || !kinLedSubject(text, cands, ents, ms, p) {
		return false
	}
	// "His son, X, and Y own B": a second subject is read by the coordination rules.
	if strings.HasPrefix(strings.TrimSpace(text[oa.e+1:ob.s]), "and ") || strings.ContainsAny(text[oa.e+1:ob.s], ";:") {
		return false
	}
	for r := p + 1; r < q; r++ {
		if c := cands[ms[r]]; c.ent < 0 || ents[c.ent].typ == model.Person {
			return false
		}
	}
	fired := false
	wrap := onlyBetween(oa.ent, ob.ent, add, &fired)
	defer func() { cands[ia] = oa }()
	cands[ia].e = oa.e + 1 // the gap becomes " holds 20 percent of "
	ms2 := []int{ia, ib}
	x.pair(text, cands, ents, ms2, 0, 1, wrap, wrap, setRole)
	if !fired {
		subjectPairs(text, cands, ents, ms2, wrap, setRole)
	}
	return fired
}
