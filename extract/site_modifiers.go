package extract

// apposedSiteModifier reports the one word of "the X compound" set in apposition after a
// site's name: "Golden Palm Resort, the Porac compound" describes the resort by its town (or
// owner); X names no second site. toks[i:j] is the word.
func apposedSiteModifier(toks []token, i, j int) bool {
	if j >= len(toks) || !compoundFollowers[toks[j].low] || isCap(toks[j]) || i < 3 {
		return false
	}
	if toks[i-1].low != "the" || toks[i-2].text != "," {
		return false
	}
	prev := toks[i-3]
	return isCap(prev) && (strongCompoundCues[prev.low] || siteCompoundWord(prev.low))
}
