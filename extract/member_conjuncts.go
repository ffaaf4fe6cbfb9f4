package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Memberships told as a second conjunct of an apposition or a predicate, or as a body's
// name before "member" after modifiers the other readers do not take. Each shape has recall
// and precision cases in member_conjuncts_test.go:
//
//   - "X, Cambodian businessman and former member of the National Assembly": an apposition
//     with no article whose second noun is a member of a body;
//   - "X, a 58-year-old businessman and long-time Umno member", "X is a veteran Karen
//     National Union member": the body's name modifies "member".
//
// The words before the body may not hold a preposition or a clause ("X, a lawyer for the
// Umno member Y" says nothing of X's party), and "members" (a plural) names others.

// memberMods are the modifiers that may stand before "member".
const memberMods = `(?:(?:former|senior|long-time|longtime|long-standing|veteran|founding|active|prominent|ranking|card-carrying|leading|elected)\s+)*`

var (
	// reMemberConjunct is the gap of "X, DESC and former member of ".
	reMemberConjunct = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+)?((?:[a-z0-9-]+\s+){1,6}?)and\s+(?:(?:a|an|the)\s+)?` + memberMods + `member\s+of\s+(?:the\s+)?$`)
	// reMemberBeforeBody is the gap of "X, a DESC and long-time " or "X is a veteran " before
	// the body whose "member" follows it.
	reMemberBeforeBody = regexp.MustCompile(`^\s*(?:,\s*|\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:also\s+)?)(?:a|an)\s+((?:[a-z0-9-]+\s+){0,6}?(?:and\s+)?)` + memberMods + `$`)
	// reMemberAfterBody opens the words after the body: " member", never " members".
	reMemberAfterBody = regexp.MustCompile(`^\s+member\b`)
	// reMemberNotDesc is a word that puts the body under another noun or clause.
	reMemberNotDesc = regexp.MustCompile(`\b(?:of|for|to|with|by|from|at|in|on|against|who|whom|which|that|whose|said|says|told|but|or)\b`)
)

// memberConjunctPair reads the shapes above between mentions ms[p] (a person) and ms[q] (a
// body) of one sentence.
func memberConjunctPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 100 ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Organization || pronounRef(ca) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if strings.ContainsAny(gap, ";:\"“”()") || possessiveFollows(text, cb.e) {
		return
	}
	// "owned by X, a ... member of Y": a name after a preposition is still described by its
	// apposition, so no subject test is needed here.
	if m := reMemberConjunct.FindStringSubmatch(gap); m != nil && !reMemberNotDesc.MatchString(m[1]) {
		setRole("member")
		add(ca.ent, cb.ent, model.MemberOf, 0.75)
		return
	}
	if m := reMemberBeforeBody.FindStringSubmatch(gap); m != nil && !reMemberNotDesc.MatchString(m[1]) &&
		reMemberAfterBody.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+12)])) {
		setRole("member")
		add(ca.ent, cb.ent, model.MemberOf, 0.75)
	}
}
