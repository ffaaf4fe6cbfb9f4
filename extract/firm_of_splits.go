package extract

import "strings"

// closingForms are legal forms that end a firm's name for good: a capitalised "of" after one
// starts what the text says about the firm ("Pearl Horizon Recruitment Agency Ltd. of
// Kampala"), never more of its name. "Co." is left out: "Trust Co. of Asia Ltd." goes on.
var closingForms = set("ltd", "limited", "inc", "plc", "llc", "llp", "corp", "pte", "bhd", "jsc")

// firmOfSplit reports where a capitalised run joined by "of" is two names, returning the
// index of that "of":
//   - a firm's name closed by its legal form, then "of" and its place or parent;
//   - a person's name (two or three words), then "of" and the firm bearing one of those
//     names ("Sandra Whitfield of Whitfield Lange LLP"): counsel and partners are named so.
func firmOfSplit(toks []token, i, j int) (int, bool) {
	for k := i + 1; k+1 < j; k++ {
		if toks[k].low != "of" {
			continue
		}
		if closingForms[strings.TrimSuffix(toks[k-1].low, ".")] && isCap(toks[k+1]) {
			return k, true
		}
		last := strings.TrimSuffix(toks[j-1].low, ".")
		if k-i < 2 || k-i > 3 || !(closingForms[last] || isLegalForm(last)) || !nameShaped(toks[i:k]) {
			return 0, false
		}
		for _, p := range toks[i+1 : k] {
			for _, f := range toks[k+1 : j-1] {
				if p.kind == tokWord && p.text == f.text {
					return k, true
				}
			}
		}
		return 0, false
	}
	return 0, false
}
