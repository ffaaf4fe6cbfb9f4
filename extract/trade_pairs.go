package extract

// tradePairEnd reports an "and" at toks[j] that joins two trades closing one firm's name:
// "JMB Skyway Travel and Tours", "MJV Travel and Consultancy", "Villacorta Shipping and
// Realty Inc.". The word before "and" is a trade that may end a firm's name (not a legal
// form, not a group word), a name word comes before it, and every capitalised word after
// "and" up to the end of the span is a trade or a legal form: a name word there ("Lim
// Trading and Tan Logistics") opens a second firm.
func tradePairEnd(toks []token, i, j int) bool {
	if j-i < 2 || j+1 >= len(toks) {
		return false
	}
	last := toks[j-1].low
	if !companyEnds[last] || isLegalForm(last) || groupHeads[last] || !tradeNames(toks[i:j-1]) {
		return false
	}
	first := toks[j+1]
	if !isCap(first) || !companyEnds[first.low] || isLegalForm(first.low) || groupHeads[first.low] {
		return false
	}
	k := j + 2
	for k < len(toks) && k <= j+3 && isCap(toks[k]) {
		if !isLegalForm(toks[k].low) && !(companyEnds[toks[k].low] && !groupHeads[toks[k].low]) {
			return false
		}
		k++
	}
	return k >= len(toks) || !isCap(toks[k])
}

// groupHeads end a firm's name as a whole rather than name its trade ("Holdings", "Group").
var groupHeads = set("group", "holding", "holdings", "company", "bank", "corporation", "enterprise", "enterprises",
	"partners", "ventures", "conglomerate", "exchange")

// tradeNames reports words before the trade that name the firm: capitalised, none a body's cue.
func tradeNames(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if t.kind != tokWord || !isCap(t) || orgCues[t.low] || leadStrip[t.low] || demonyms[t.low] {
			return false
		}
	}
	return true
}
