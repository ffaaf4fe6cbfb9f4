package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people whose tie noun carries a phrase the other pair readers stop at.
// Each shape has recall and precision cases in tie_phrases_test.go:
//
//   - the possessor's tie noun with a phrase of where the tie lies, then the named person:
//     "Yang's business partner in a jade trading venture, Wu Chengbin", "X's partner at the
//     firm, Thai investor Y";
//   - the pair's tie noun in quotation marks: `X and Y had been "business partners for five
//     years"`.
//
// Rivals, opponents and counsel are no tie nouns here, and a name followed by its own
// possessive or by a verb of speech is not the one the noun names.

var (
	// rePossTiePhrase is the gap of "POSSESSOR's [modifiers] NOUN in|at|from PHRASE, [a
	// description] " before the named one.
	rePossTiePhrase = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:business\s+partner|partner|business\s+associate|associate|confidant|ally)\s+(?:in|at|from)\s+[^,;:()"“”]{2,60}?,\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?$`)
	// reQuotedPartners is what follows the pair "X and Y": a copula and the quoted noun.
	reQuotedPartners = regexp.MustCompile(`^\s+(?:are|were|have\s+been|had\s+been|became|remain|remained)\s+["“](?:longtime\s+|long-time\s+|close\s+)?(?:business\s+)?(?:partners|associates|allies)\b`)
	// reTiePhraseBreak is what the phrase or description may not hold: another clause, a
	// verb of speech, a tie of enmity or a lawyer's role.
	reTiePhraseBreak = regexp.MustCompile(`\b(?:who|which|that|and|or|said|says|told|but|rival|rivals|opponent|opponents|critic|critics|lawyer|lawyers|counsel|attorney|victim|victims|case|lawsuit|suit|trial|election|race)\b`)
)

// tiePhrasePair reads the shapes above between mentions ms[p] and ms[q] with no person
// between them (a place or firm in the phrase may be).
func tiePhrasePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !noPersonBetween(cands, ents, ms, p, q) {
		return // "Lim's partner in Tan's firm, Y": the nearer person is the partner
	}
	if !peoplePair(cands, ents, ms, p, q, 120) || pronounRef(ca) || pronounRef(cb) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if rePossTiePhrase.MatchString(gap) {
		if reTiePhraseBreak.MatchString(gap) || possessiveFollows(text, cb.e) || speechFollows(text, cb.e) {
			return
		}
		add(ca.ent, cb.ent, model.AssociateOf, 0.8)
		return
	}
	if strings.TrimSpace(gap) == "and" && reQuotedPartners.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])) {
		add(ca.ent, cb.ent, model.AssociateOf, 0.8)
	}
}
