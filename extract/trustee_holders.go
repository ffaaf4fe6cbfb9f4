package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A holder told as a trustee for another: "Sok Pheap, a trustee for Li Ming, owns Y", "Li
// Ming's trustee Sok Pheap holds Y", "Y is owned by Sok Pheap, a trustee for Li Ming". A
// trustee or custodian holds for someone else, so the text makes neither the trustee an owner
// nor the one held for (whose tie the sentence only implies): the OWNS is left. The
// apposition's inner name is not the verb's subject either ("X, a trustee for Li Ming, is the
// owner of Y" says nothing of Li Ming owning Y). A holding "as trustee" told after the held
// firm is read by held_stakes.go. Cases in trustee_holders_test.go.

var (
	// reTrusteeAfter follows the holder: ", a trustee for", ", a trustee acting for", ", the
	// family's trustee,", ", who acts as trustee for", ", who holds the shares in trust for". A
	// trustee of a body ("a trustee of the Royal University") sits on its board and holds for
	// no one.
	reTrusteeAfter = regexp.MustCompile(`(?i)^\s*,\s*(?:(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z'’-]+\s+){0,2}?(?:trustee|custodian)s?\s+(?:(?:acting|who\s+acts)\s+)?for\b|(?:the\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z-]+['’]s?\s+(?:[a-z-]+\s+)?(?:trustee|custodian)\s*,|who\s+(?:acts|acted|serves|served)\s+as\s+(?:(?:a|an|the|his|her)\s+)?(?:trustee|custodian|nominee)\s+for\b|(?:who\s+)?(?:holds?|held|holding)\s+(?:(?:the|his|her|its|their)\s+)?(?:[a-z-]+\s+)?in\s+trust\s+for\b)`)
	// reTrusteeBefore ends the words before the holder: "Li Ming's trustee ", "his trustee ".
	reTrusteeBefore = regexp.MustCompile(`(?i)(?:['’]s|\bher|\bhis|\btheir)\s+(?:[a-z-]+\s+)?(?:trustee|custodian)\s*,?\s*$`)
	// reTrusteeForBefore ends the words before the one held for, inside the holder's
	// apposition: ", a trustee for ", ", who acts as trustee for ", " in trust for ".
	reTrusteeForBefore = regexp.MustCompile(`(?i)(?:,\s*(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z'’-]+\s+){0,3}?(?:trustee|custodian|nominee)s?\s+(?:acting\s+)?|\bin\s+trust\s+)for\s+(?:the\s+)?$`)
)

// trusteeOwner reports an OWNS whose subject a is named, in the span [ms, me) of sentence st,
// as a trustee or as the one a trustee holds for.
func trusteeOwner(pred, text string, st sentence, all []candidate, sm []int, a, ms, me int) bool {
	if pred != model.Owns || ms < st.s || me > st.e || ms >= me || !mayHoldFold(text[max(st.s, ms-60):min(st.e, me+60)], "trustee", "custodian", "in trust") {
		return false
	}
	for _, m := range sm {
		c := all[m]
		if c.ent != a || c.s < ms || c.e > me {
			continue
		}
		if reTrusteeAfter.MatchString(text[c.e:min(st.e, c.e+60)]) || reTrusteeBefore.MatchString(text[max(st.s, c.s-40):c.s]) ||
			reTrusteeForBefore.MatchString(text[max(st.s, c.s-60):c.s]) {
			return true
		}
	}
	return false
}
