package extract

// Courts that shield witnesses and victims name them by a repeated capital ("Witness AAA
// testified", "BBB corroborated her account", "AAA-1"): a stand-in for a name the court
// withholds, so no entity. A real short form repeats no letter this way.

// courtPseudonym reports a span that is one such stand-in: one word of three or more of the
// same capital letter, with at most two digits after it.
func courtPseudonym(ts []token) bool {
	if len(ts) != 1 || ts[0].kind != tokWord {
		return false
	}
	w := ts[0].text
	n := 0
	for n < len(w) && w[n] == w[0] {
		n++
	}
	if w[0] < 'A' || w[0] > 'Z' || n < 3 || len(w)-n > 2 {
		return false
	}
	for _, r := range w[n:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
