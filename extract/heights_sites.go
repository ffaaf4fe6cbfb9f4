package extract

// heightsSiteWords say that a name ending in "Heights" near them is a site: a hotel, a
// compound, an estate, a condominium. Without one, "... Heights" is a district ("Jackson
// Heights", "Crown Heights") or a ridge ("the Golan Heights") (review r22).
var heightsSiteWords = set("hotel", "hotels", "compound", "compounds", "estate", "estates", "condominium",
	"condominiums", "condo", "condos", "resort", "casino")

// siteWordNear reports such a word within four tokens either side of toks[i:j], inside the
// sentence.
func siteWordNear(toks []token, i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].text == "." || toks[k].text == ";" {
			break
		}
		if heightsSiteWords[toks[k].low] {
			return true
		}
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			break
		}
		if heightsSiteWords[toks[k].low] {
			return true
		}
	}
	return false
}
