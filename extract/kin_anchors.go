package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A name that only anchors another, unnamed person ("the sister of Sok Dara is the company's
// accountant", "a driver of X works for Y", "the lawyer for X is a member of Z") is not the one
// who holds the post, owns, runs, protects or joins what the clause says: the relative or
// associate does. The tie words are the kin, associate and acting-for nouns of tieNounRe
// (kinship.go) and the tie heads of capitalsTieHeads (partner_conjuncts.go). kinObjectBefore
// (prec9_who.go) does the same for one reader's kin appositions.

// reTieOfBefore ends the words before a name that a tie noun and "of"/"for" lead: "the sister
// of ", "a close friend of tycoon ", ", the wife of ". Group 1 is a comma before the
// article when the phrase is itself set off after another name.
var reTieOfBefore = regexp.MustCompile(`(?i)(?:([,;(])\s*)?\b(?:the|a|an|one|another)\s+(?:(?:eldest|youngest|younger|elder|older|late|estranged|close|longtime|long-time|trusted|former|personal|business)\s+)*(?:` +
	tieNounRe() + `|bodyguard|driver|aide|lieutenant|nominee|friend|henchman|frontman|proxy)\s+(?:of|for|to)\s+(?:the\s+)?(?:(?:late|tycoon|businessman|businesswoman|mr\.?|ms\.?|mrs\.?|dr\.?)\s+)?$`)

// reRelativeAfter opens a relative clause after a name ("the son of X, who owns Y"): the
// clause is the name's own.
var reRelativeAfter = regexp.MustCompile(`^\s*,?\s*(?:who|whose|which)\b`)

// reOwnClauseAfter opens what after a name is the name's own: a comma (an apposition or a
// second name set off) or a relative clause.
var reOwnClauseAfter = regexp.MustCompile(`^\s*(?:[,(]|who\b|whose\b|which\b)`)

// kinAnchored reports a person whose every mention among the sentence's mentions ms is only
// the anchor of a tie noun, so that the clause's post or holding is the unnamed relative's:
// the pair readers give a relation other than a tie to such a name wrongly.
func kinAnchored(pred, text string, all []candidate, ms []int, ent int, typ string) bool {
	if typ != model.Person {
		return false
	}
	switch pred {
	case model.FamilyOf, model.AssociateOf, model.MentionedWith:
		return false
	}
	n := 0
	for _, i := range ms {
		c := all[i]
		if c.ent != ent {
			continue
		}
		n++
		if !kinAnchorMention(text, c) {
			return false
		}
	}
	return n > 0
}

// kinAnchorMention reports one mention led by a tie noun and "of" whose clause goes on to
// another's post: set off in apposition (", the sister of X,") the name ends its phrase; as
// a clause's own noun phrase ("The sister of X is ...") a comma or "who" after the name
// instead opens the name's own description, which the guard leaves alone.
func kinAnchorMention(text string, c candidate) bool {
	if c.s < 0 || c.e > len(text) {
		return false
	}
	m := reTieOfBefore.FindStringSubmatch(text[max(0, c.s-80):c.s])
	if m == nil {
		return false
	}
	lead := m[1]
	after := text[c.e:min(len(text), c.e+60)]
	if lead == "," || lead == ";" || lead == "(" {
		// "A, the son of B, commander of C": the bare role set off after B is B's own
		// (kin_bare_appos.go).
		if r := strings.TrimLeft(after, " "); strings.HasPrefix(r, ",") && kinBareRole(r[1:]) {
			return false
		}
		return !reRelativeAfter.MatchString(after)
	}
	return !reOwnClauseAfter.MatchString(after)
}
