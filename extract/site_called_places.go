package extract

import "unicode"

// siteNamedPastPlace reports a site noun, then a place phrase, then the naming words that end
// at toks[k] ("called", "named", "known"): "a walled compound in Sihanoukville, Cambodia,
// known as X", "a hub in Bagac, Bataan, called X". The place phrase is "in" and capitalised
// names parted by commas, nothing else, so the name after the naming words is the site's.
func siteNamedPastPlace(toks []token, k int) bool {
	sawIn, n := false, k-1
	for ; n >= 0 && n >= k-10; n-- {
		t := toks[n]
		switch {
		case t.text == ",":
			continue
		case t.low == "in" || t.low == "inside":
			sawIn = true
			continue
		case t.kind == tokWord && startsCapital(t.text):
			continue
		}
		break
	}
	return sawIn && n >= 0 && n < k-2 && siteCalledNouns[toks[n].low]
}

// startsCapital reports a word whose first letter is upper case.
func startsCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
