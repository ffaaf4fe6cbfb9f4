package extract

import "strings"

// numberLabelEnd trims "No." or "Nos." and what comes before it from the end of a span when a
// number follows: "R.A. No. 9208", "TCT Nos. 045-2021000811", "Registration No. 118845202".
// The words name a document's or a register's number, not a person; a name before them
// ("Jalan Pejambon No. 6") keeps its own words.
func numberLabelEnd(toks []token, i, j int) int {
	if j-i < 2 || j >= len(toks) {
		return j
	}
	w, next := toks[j-1].text, j
	switch w {
	case "No.", "Nos.":
	case "No", "Nos":
		if toks[j].text != "." {
			return j
		}
		next = j + 1
	default:
		return j
	}
	if next >= len(toks) {
		return j
	}
	if d := toks[next].text; d == "" || d[0] < '0' || d[0] > '9' {
		return j
	}
	return j - 1
}

// antiWord reports a word that opens a law's or a body's name by what it works against
// ("Anti-Terrorism Financing" in "the Anti-Money Laundering, Anti-Terrorism Financing and
// Proceeds of Unlawful Activities Act"): no person's name opens so.
func antiWord(w string) bool {
	return strings.HasPrefix(w, "anti-") || strings.HasPrefix(w, "counter-")
}
