package extract

import "strings"

// firmOfPlace finds the "of" between a firm's name that ends in its legal form or a group word
// and a listed place after it ("Harbour Crest Holdings Pte. Ltd. of Singapore", "Lotus Group of
// Cambodia"): the text names the firm and where it is registered, two names. A bank keeps its
// "of" ("Bank of Ayudhya" is a name), and so does any other firm word ("Trading of Laos").
func firmOfPlace(g *Gazetteer, text string, toks []token, i, j int) (int, bool) {
	for k := i + 2; k < j-1; k++ {
		if toks[k].low != "of" {
			continue
		}
		w := strings.TrimSuffix(toks[k-1].low, ".")
		if !isLegalForm(w) && w != "group" && w != "holding" && w != "holdings" {
			return 0, false
		}
		r := k + 1
		if toks[r].low == "the" {
			r++
		}
		if r < j && knownPlace(g, text, toks, r, j) {
			return k, true
		}
		return 0, false
	}
	return 0, false
}
