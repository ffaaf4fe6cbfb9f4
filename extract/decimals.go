package extract

// decimalPoint reports that a period between the number before it and the digit r after it
// is a decimal point ("99.97%", "12.5 hectares"), part of one token and no sentence end.
func decimalPoint(before string, r rune) bool {
	if r < '0' || r > '9' || before == "" {
		return false
	}
	for i := 0; i < len(before); i++ {
		if c := before[i]; (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}
