package extract

// transferredHoldings are what a share register or a land record says was transferred to
// someone: a stake, shares, a title. The one it went to is a holder, not a place.
var transferredHoldings = set("stake", "stakes", "share", "shares", "shareholding", "%", "percent", "per", "interest",
	"equity", "ownership", "title", "titles", "deed", "lease", "holding", "holdings", "control")

// holdingTransferred reports "transferred" at toks[v] whose subject, within the twelve tokens
// before it, is a holding: "Seng Rathana's 65% transferred to Chheng Malis", "her shares
// were transferred to Lim Sokha". "Workers were transferred to Bavet" keeps its place.
func holdingTransferred(toks []token, v int) bool {
	if toks[v].low != "transferred" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		if toks[k].text == "." || toks[k].text == ";" {
			return false
		}
		if transferredHoldings[toks[k].low] {
			return true
		}
	}
	return false
}
