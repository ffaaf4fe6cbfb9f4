package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post told in a "which" clause whose holder is a pronoun: "X recruited workers through
// Y, of which she was a director", "X controls the site through Y, of which he is chairman".
// The named holder ("Y, of which X is chairman") is read in offices.go; here the pronoun
// stands for the one person the sentence names before the body, and the clause is read only
// when no other person is named before it (two people leave "he" open).

// reOfWhichPronoun is the clause right after the body, up to the post: ", of which he was ".
var reOfWhichPronoun = regexp.MustCompile(`^\s*,\s*of\s+which\s+(?:he|she)\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+|then\s+|still\s+|now\s+)?`)

// ofWhichPronounPair reads "PERSON ... BODY, of which he/she is POST" between the person
// ms[p] and the body ms[q].
func ofWhichPronounPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || pronounRef(ca) ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Company && ents[cb.ent].typ != model.Organization {
		return
	}
	if !onlyPersonBefore(cands, ents, ms, p, q) {
		return
	}
	rest := text[cb.e:min(len(text), cb.e+120)]
	loc := reOfWhichPronoun.FindStringIndex(strings.ToLower(rest))
	if loc == nil {
		return
	}
	m := rePostAfter.FindStringSubmatch(strings.ToLower(rest[loc[1]:]))
	if m == nil || hasStop(m[1]) {
		return
	}
	for _, ps := range postsOf(m[1]) {
		if militaryPostOfFirm(ents[cb.ent].typ, ps.role) || ps.pred == model.MemberOf && ents[cb.ent].typ == model.Company {
			continue
		}
		if setRole != nil {
			setRole(ps.role)
		}
		add(ca.ent, cb.ent, ps.pred, 0.7)
	}
}

// onlyPersonBefore reports that ms[p] is the only person the sentence names before ms[q]: a
// pronoun after the body then stands for it.
func onlyPersonBefore(cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	for k := 0; k < q; k++ {
		if c := cands[ms[k]]; c.ent >= 0 && c.ent != cands[ms[p]].ent && ents[c.ent].typ == model.Person {
			return false
		}
	}
	return true
}
