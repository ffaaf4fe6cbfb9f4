package extract

import (
	"regexp"
	"strings"
)

// reMoneyBefore is money held in a person's name somewhere in the words before a person:
// "the funds in the accounts held by", "deposits of".
var reMoneyBefore = regexp.MustCompile(`(?i)\b(?:accounts?|deposits?|funds|savings|balances?|safe[- ]deposit)\b[^;\n]{0,100}$`)

// moneyAtBank reports a person "at" a bank who holds money there ("the accounts held by
// Liang at Rural Bank of X"): a customer, not an employee of it.
func moneyAtBank(text string, personStart int, gap, body string) bool {
	if !strings.Contains(strings.ToLower(gap), "at") || !strings.Contains(strings.ToLower(body), "bank") || personStart > len(text) {
		return false
	}
	return reMoneyBefore.MatchString(text[max(0, personStart-120):personStart])
}
