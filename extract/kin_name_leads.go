package extract

import "strings"

// Relatives set off after a possessive pronoun with their titles: "his wife, Datin Sri
// Noraini Yusof", "her brother, Gen. Keo Sambath". The possessed noun is a relative, so the
// titled person after the comma is that relative, whatever title or honorific opens the
// name; a post or business word ("his deputy, Col. X") is left as it was, since a title
// there may be a second person's.

// kinNameLead returns the index of the first word of the name after the titles and
// honorifics (single words with their dot, or phrases such as "Datin Sri") that open an
// apposition at token j; j when none does. At most three are read, and a word is always
// left for the name.
func kinNameLead(toks []token, j int) int {
	for n := 0; n < 3 && j+1 < len(toks); n++ {
		if p := titlePhraseAt(toks, j); p > 0 && j+p < len(toks) {
			j += p
			continue
		}
		w := toks[j].low
		if toks[j].kind == tokWord && (titleWords[w] || titleWords[trimDots(w)] || nameHonorifics[w]) {
			j++
			if j+1 < len(toks) && toks[j].text == "." {
				j++ // "Gen." is two tokens
			}
			continue
		}
		break
	}
	return j
}

// titlePhraseAt returns the number of words of an honorific phrase ("Tan Sri", "Datin
// Seri") written with capitals at token j, or 0.
func titlePhraseAt(toks []token, j int) int {
	for _, p := range nameTitlePhrases {
		if len(p) < 2 || j+len(p) > len(toks) {
			continue
		}
		match := true
		for k, w := range p {
			t := toks[j+k]
			if t.kind != tokWord || !isCap(t) || trimDots(t.low) != w {
				match = false
				break
			}
		}
		if match {
			return len(p)
		}
	}
	return 0
}

// trimTitlePhrase drops an honorific phrase ("datin sri", "tan sri") that ends the words f of
// a gap before a name, returning how many words remain.
func trimTitlePhrase(f []string) int {
	for _, p := range nameTitlePhrases {
		if len(p) < 2 || len(p) > len(f) {
			continue
		}
		match := true
		for k, w := range p {
			if strings.Trim(f[len(f)-len(p)+k], ".") != w {
				match = false
				break
			}
		}
		if match {
			return len(f) - len(p)
		}
	}
	return len(f)
}

// dropTitlePhraseTail drops an honorific phrase that ends a gap before a name ("'s wife,
// datin sri " reads "'s wife, "): the phrase is how the name is written, not a tie word.
func dropTitlePhraseTail(gap string) string {
	f := strings.Fields(gap)
	if n := trimTitlePhrase(f); n > 0 && n < len(f) {
		return strings.Join(f[:n], " ") + " "
	}
	return gap
}
