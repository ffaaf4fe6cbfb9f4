package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people told through a possessed noun of service or counsel that the
// other pair readers leave out. Each shape has recall and precision cases in
// servant_ties_test.go:
//
//   - "Sok Dara's driver, Keo Sambath", "Chen's long-standing adviser, Lim Bo", "Chen's
//     business partner in the resort, Lim Bo": a named possessor's driver, bodyguard, aide,
//     adviser, fixer or partner is the possessor's associate;
//   - "Sok Dara's business partner is Lim Bo": the same noun stated by a copula before the
//     name.
//
// An agent's noun (lawyer, attorney, counsel) is left out: a lawyer who represents a client
// is no associate of the client (acting_ties.go found the same on the held-out sets), and
// so are nouns of opposition or of office ("critic", "rival", "secretary").

// possServants are the nouns of a person's service or counsel read after a possessor.
const possServants = `driver|chauffeur|bodyguard|nominee|accountant|bookkeeper|frontman|front\s+man|proxy|go-between|middleman|fixer|adviser|advisor|aide|confidant|henchman|right-hand\s+man|business\s+partner|partner|associate`

var (
	// rePossServantGap is the gap of "POSSESSOR's [two modifiers] NOUN [in the WORD], " before
	// the named one; the comma (or a copula) sets the name off as the noun's referent.
	rePossServantGap = regexp.MustCompile(`^['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:` + possServants + `)(?:\s+in\s+the\s+[a-z-]+)?\s*(?:,|\s(?:is|was))\s*$`)
	// reServantNoTie is a modifier that turns the noun away from the possessor: a former
	// partner who fell out, a rival's adviser.
	reServantNoTie = regexp.MustCompile(`\b(?:estranged|ex|rival|opposing|fiercest|harshest)\b`)
)

// servantTiePair reads the shapes above between mentions ms[p] (the possessor) and ms[q]
// (the person its noun names, right after it) of one sentence.
func servantTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 80) || pronounRef(cb) {
		return
	}
	gap := strings.TrimLeft(trimNameTitles(strings.ToLower(text[ca.e:cb.s])), " ") // " 's fixer, " once a title is cut
	if reServantNoTie.MatchString(gap) || possessiveFollows(text, cb.e) {
		return // "Chen's adviser was Lim Bo's cousin": the tie is with someone else
	}
	if speakerOpensClause(text, gap, cb.e) {
		return // "Chen's partner in the firm, Lim Bo said, had left": Lim Bo only speaks
	}
	if pronounRef(ca) || !rePossServantGap.MatchString(gap) {
		return // a pronoun's possessed nouns are read in kinship.go
	}
	add(cb.ent, ca.ent, model.AssociateOf, 0.75)
}
