package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Holdings that are no ownership. "A holds 30 per cent of B as collateral", "A holds a stake
// in B in trust for C", "A holds 30 per cent of B as nominee for C": the words after the held
// firm tell that the holder keeps the shares for someone else or as a lender's security, so the stake readers (holdings.go, stakes.go,
// stake_shapes.go …) give the holder no OWNS. The check is made where a pair's relation is
// added (relations.go), since several readers read the stake itself; a beneficiary read by
// a rule of its own is left alone. "Holds a stake in B on behalf of C" is left to the readers:
// the development labels keep such a registered holder as an owner. Nor is a stake its owner
// has pledged or mortgaged ("owns 30 per cent of B, pledged to a bank"): the pledgor still
// owns it. "As security" or "as proxy" counts only at a clause's end or before "for", "of",
// "over" or "against" ("as security forces closed in" is a time).

var (
	// reStakeWords: the pair's words tell a holding ("holds", "owns", "a stake in", "30 per cent").
	reStakeWords = regexp.MustCompile(`(?i)\b(?:holds?|held|holding|owns?|owned|stakes?|shares?|shareholding|percent|per\s+cent|interest|equity)\b|%`)
	// reHeldForAnother: the words right after the held firm.
	reHeldForAnother = regexp.MustCompile(`(?i)^[’']?s?\s*(?:shares\s+|stock\s+)?,?\s*(?:(?:which|that)\s+(?:(?:he|she|they|it|was|were|is|are|has|had|have|been|since|later)\s+)+)?(?:as\s+(?:a\s+|an\s+|the\s+)?(?:collateral|pledge|nominee|trustee|custodian|front)\b|as\s+(?:security|proxy)(?:\s*(?:[,.;)]|$)|\s+(?:for|of|over|against)\b)|in\s+trust\b|held\s+in\s+trust\b|for\s+safekeeping\b)`)
)

// heldForAnother reports an OWNS read from a holding whose words right after the pair
// (text[me:], inside the sentence ending at end) say the stake is held as security or for
// another.
func heldForAnother(pred, text string, ms, me, end int) bool {
	if pred != model.Owns || ms < 0 || ms >= me || me > end || end > len(text) {
		return false
	}
	return reStakeWords.MatchString(text[ms:me]) && reHeldForAnother.MatchString(text[me:min(end, me+80)])
}
