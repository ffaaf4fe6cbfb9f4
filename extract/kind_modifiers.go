package extract

import "slices"

// A site's kind as the modifier of a firm's. "Dangrek Border Special Economic Zone Co., Ltd.
// ... The senator's son-in-law chairs the zone company": "zone" is a class noun itself, but
// followed by a class noun of another kind it modifies that head, as "realty" does in "the
// realty firm", so the description stands for the firm whose name holds the word
// (modAntecedent), not for a zone and not for nothing.

// kindModifier reports that the class noun after the determiner at token k modifies a class
// noun of another kind after it: "the zone company", "the casino operator" speak of a firm
// (the second head); two heads of one kind ("the casino complex") are one head.
func kindModifier(toks []token, k int) bool {
	if k+2 >= len(toks) || isCap(toks[k+1]) || isCap(toks[k+2]) {
		return false
	}
	a, b := classNouns[toks[k+1].low], classNouns[toks[k+2].low]
	return a != nil && b != nil && !slices.Equal(a, b)
}
