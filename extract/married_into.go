package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A marriage told in a clause on the first person after a description of him, which
// kinship.go's "X, who is married to Y" does not reach, and a marriage into the second
// person's family (the sets count in-laws as family). Cases are in married_into_test.go:
//
//   - "X, a Chinese-born businessman with Myanmar citizenship who is married to Y, a Shan
//     entrepreneur": X and Y are spouses;
//   - "X, who is married to the daughter of Y": an in-law;
//   - "X, a businessman whose sister is married to General Y": an in-law.
//
// Y must end the phrase: "married to Y's daughter" is kinship.go's, and "the daughter of a
// general, Y" names the general by a description this does not read. Only places and firms
// may stand between the two names.

var (
	// reMarriedInto is the gap between X and Y; group 1 is X's description, if any.
	reMarriedInto = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+([^,;:()"“”]{1,80}?)\s+)?(?:who\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?married\s+to\s+(?:the\s+(?:(?:eldest|youngest|younger|elder|older|only)\s+)?(?:daughter|son|sister|brother|niece|nephew)\s+of\s+)?` +
		`|whose\s+(?:(?:eldest|youngest|younger|elder|older|only)\s+)?(?:daughter|son|sister|brother|niece|nephew)\s+(?:is|was)\s+(?:also\s+)?married\s+to\s+)$`)
	// reMarriedIntoBreak is what X's description may not hold: a clause, speech, a negation
	// or another tie.
	reMarriedIntoBreak = regexp.MustCompile(`\b(?:who|whom|whose|which|that|and|or|said|says|told|not|never|former|ex|rumou?red|partner|lawyer|friend)\b|['’]s\b`)
	// reMarriedIntoEnd is what may follow Y: the end of the phrase.
	reMarriedIntoEnd = regexp.MustCompile(`^(?:\s*$|\s*[,.;:!?)"”]|\s+(?:since|in|according|until)\b)`)
)

// marriedIntoPair reads the shapes above between ms[p] (X) and ms[q] (Y).
func marriedIntoPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person || pronounRef(ca) || pronounRef(cb) ||
		!noPersonBetween(cands, ents, ms, p, q) {
		return
	}
	gap := trimNameTitles(strings.ToLower(maskedGap(text, cands, ms, p, q)))
	m := reMarriedInto.FindStringSubmatch(gap)
	if m == nil || reMarriedIntoBreak.MatchString(m[1]) {
		return
	}
	if m[1] == "" && !strings.Contains(gap, " of ") && !strings.Contains(gap, "whose") {
		return // the plain "X, who is married to Y" is kinship.go's
	}
	if possessiveFollows(text, cb.e) || speechFollows(text, cb.e) ||
		!reMarriedIntoEnd.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		return
	}
	add(ca.ent, cb.ent, model.FamilyOf, 0.8)
}
