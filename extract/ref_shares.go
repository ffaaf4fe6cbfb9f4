package extract

// "Siriporn Srisuwan holds 95 percent of its shares": "its" before the shares, stake or
// capital of a firm stands for the firm named before, found as for "its" before a post
// (postAntecedent): a body in its own sentence before it, else the first body of the nearest
// sentence naming one. Only a company has shares in this sense.

// shareNouns are what a firm's holders hold of it.
var shareNouns = set("shares", "stake", "equity", "capital", "stock", "shareholding")

// itsShareNoun reports "its" at token k before a share noun, with at most one modifier between
// ("its issued shares", "its registered capital").
func itsShareNoun(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if shareNouns[toks[j].low] {
			return true
		}
		if toks[j].kind != tokWord || isCap(toks[j]) {
			return false
		}
	}
	return false
}
