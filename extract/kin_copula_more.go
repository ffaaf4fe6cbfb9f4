package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Kin told by a copula the kin copula readers stop at. Each shape has recall and precision
// cases in kin_copula_more_test.go:
//
//   - a hedge between the copula and the kin noun: "X is supposedly the nephew of Y";
//   - a first predicate coordinated before the kin noun: "X is a KPC major and the son-in-law
//     of Y";
//   - a place or body before the relative's title: "X is a nephew of Porac Mayor Y", "the
//     son-in-law of KPC chief Y".
//
// A name followed by its own possessive ("the nephew of Y's driver") or by a verb of speech is
// not the relative, and no other person may stand between the two.

var (
	// reKinCopulaMore is the gap of "X[,] [who] is [hedge] [a FIRST PREDICATE and] the KIN of
	// [PLACE] [TITLE] " before Y.
	reKinCopulaMore = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is|was|has\s+been|had\s+been)\s+` +
		`(?:(?:supposedly|reportedly|allegedly|also|said\s+to\s+be|believed\s+to\s+be|thought\s+to\s+be)\s+)?` +
		`(?:(?:a|an)\s+(?:[a-z-]+\s+){1,3}?and\s+)?` +
		`(?:the|a|an)\s+` + kinNoun + `\s+of\s+` +
		`(?:(?:[a-z-]+\s+){0,2}?(?:mayor|chief|governor|commander|general|colonel|senator|minister|chairman|president|director|councilor|councillor)\s+)?$`)
	// reKinCopulaPlain is the bare shape the older readers already read: "X is a nephew of
	// [Mayor] Y". It is left to them.
	reKinCopulaPlain = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is|was|has\s+been|had\s+been)\s+(?:the|a|an)\s+` + kinNoun + `\s+of\s+$`)
)

// kinCopulaMorePair reads the shapes above between mentions ms[p] and ms[q] of one sentence.
func kinCopulaMorePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 120) || pronounRef(ca) || pronounRef(cb) {
		return
	}
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ == model.Person {
			return
		}
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if !reKinCopulaMore.MatchString(gap) || reKinCopulaPlain.MatchString(gap) ||
		possessiveFollows(text, cb.e) || speechFollows(text, cb.e) {
		return
	}
	add(ca.ent, cb.ent, model.FamilyOf, 0.8)
}
