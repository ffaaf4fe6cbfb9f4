package extract

// transferredHoldings are what a share register or a land record says was transferred to
// someone: a stake, shares, a title. The one it went to is a holder, not a place.
// "per", "interest" and "control" are not among them: "Per the order, workers were
// transferred to Sampov Meas" (review r22).
var transferredHoldings = set("stake", "stakes", "share", "shares", "shareholding", "%", "percent",
	"equity", "ownership", "title", "titles", "deed", "lease", "holding", "holdings")

// holdingTransferred reports "transferred" at toks[v] whose subject, within the twelve tokens
// before it and in the same clause (no comma between but a legal form's), is a holding:
// "Seng Rathana's 65% transferred to Chheng Malis", "her shares were transferred to Lim
// Sokha". "Workers were transferred to Bavet" keeps its place.
func holdingTransferred(toks []token, v int) bool {
	if toks[v].low != "transferred" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		if toks[k].text == "," && k+1 < v && (legalForms[toks[k+1].low] || companyEnds[toks[k+1].low]) {
			continue // "Co., Ltd.": the comma inside a firm's legal form
		}
		if toks[k].text == "." && k > 0 && k+1 < v && (toks[k+1].text == "," || (legalForms[toks[k-1].low] || companyEnds[toks[k-1].low]) && !isCap(toks[k+1])) {
			continue // "Co., Ltd. was transferred": an abbreviation's point
		}
		if toks[k].text == "." || toks[k].text == ";" || toks[k].text == "," || toks[k].text == ":" {
			return false
		}
		if transferredHoldings[toks[k].low] {
			return true
		}
	}
	return false
}
