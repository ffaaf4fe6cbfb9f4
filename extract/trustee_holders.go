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
	// trustee of a body ("a trustee of the Royal University", "the university's trustee") sits
	// on its board and holds for no one: the possessive counts only for a named possessor or
	// "the family's".
	reTrusteeAfter = regexp.MustCompile(`(?i)^\s*,\s*(?:(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z'’-]+\s+){0,2}?(?:trustee|custodian)s?\s+(?:(?:acting|who\s+acts)\s+)?for\b|(?:(?:the|his|her|their)\s+(?:[a-z-]+\s+)?famil(?:y['’]s|ies['’])|(?-i:(?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+)['’]s?)\s+(?:[a-z-]+\s+)?(?:trustee|custodian)\s*,|who\s+(?:acts|acted|serves|served)\s+as\s+(?:(?:a|an|the|his|her)\s+)?(?:trustee|custodian|nominee)\s+for\b|(?:who\s+)?(?:holds?|held|holding)\s+(?:(?:the|his|her|its|their)\s+)?(?:[a-z-]+\s+)?in\s+trust\s+for\b)`)
	// reBodyPossessor is a named possessor that is a body, not a person: "the Royal
	// University's trustee".
	reBodyPossessor = regexp.MustCompile(`(?i)\b(?:university|foundation|trust|fund|institute|college|school|church|temple|bank|group|company|council|board|association|society|charity|hospital)['’]s?\s`)
	// reOwnHolding marks a holding of the trustee's own: "also owns Y outright", "in his own
	// right"; after "holds shares in trust for Z", "also owns Y" is another holding. "In his
	// own name" is how a trustee holds for another, and is not read.
	reOwnHolding  = regexp.MustCompile(`(?i)\b(?:outright|in\s+(?:his|her|their|its)\s+own\s+right)\b`)
	reInTrustAlso = regexp.MustCompile(`(?i)\bin\s+trust\s+for\b[^.;]*?,\s*(?:has\s+)?also\b`)
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
		if reOwnHolding.MatchString(text[c.e:min(st.e, me+30)]) || reInTrustAlso.MatchString(text[c.e:me]) {
			return false // "X, who holds shares in trust for Z, also owns Y outright"
		}
		if m := reTrusteeAfter.FindString(text[c.e:min(st.e, c.e+60)]); m != "" && !reBodyPossessor.MatchString(m) ||
			reTrusteeBefore.MatchString(text[max(st.s, c.s-40):c.s]) ||
			reTrusteeForBefore.MatchString(text[max(st.s, c.s-60):c.s]) {
			return true
		}
	}
	return false
}
