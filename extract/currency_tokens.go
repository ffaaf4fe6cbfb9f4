package extract

import "strings"

// dollarPrefixes stand before "$" in a sum ("US$1,500", "NT$8,000", "S$20,000");
// currencyCodes stand before the figure ("USD 1,500", "RM 5,000", "PHP 30,000").
var (
	dollarPrefixes = set("US", "S", "NT", "HK", "A", "C", "NZ")
	currencyCodes  = set("USD", "SGD", "HKD", "MYR", "RM", "PHP", "THB", "RMB", "CNY", "EUR", "GBP", "KHR", "NTD", "TWD", "USDT", "IDR", "VND", "KRW", "MMK", "LAK", "AUD")
)

// currencyAt reports that token j opens a sum: a currency's letters right before "$" or a
// figure. A name runs no further ("paid Chen Zhiwei US$1,500 for each person").
func currencyAt(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	t, n := toks[j], toks[j+1]
	if dollarPrefixes[t.text] || currencyCodes[t.text] {
		if strings.HasPrefix(n.text, "$") && n.s == t.e {
			return true
		}
	}
	return currencyCodes[t.text] && n.text != "" && n.text[0] >= '0' && n.text[0] <= '9'
}
