package extract

// kinApposedName reports toks[i:j] as a relative's name set off after a kin noun ("His
// daughter, Leong Pei Shan, sits on the board"): two to four capitalised words of letters,
// none a body's, firm's, place's or site's word, the first no people's name. nameShaped
// refuses a given name spelt like a people's name ("Pei Shan", "Hsu Mon"); the kin noun and
// its possessor say a person.
func kinApposedName(toks []token, i, j int) bool {
	if j-i < 2 || j-i > 4 || i < 3 || j >= len(toks) || toks[i-1].text != "," || !familyWords[toks[i-2].low] {
		return false
	}
	if p := toks[i-3].low; p != "his" && p != "her" && p != "their" && p != "'s" && p != "’s" {
		return false
	}
	if n := toks[j].text; n != "," && n != "(" {
		return false
	}
	if demonyms[toks[i].low] || shouted(toks[i:j]) {
		return false
	}
	for _, t := range toks[i:j] {
		if t.kind != tokWord || !isCap(t) {
			return false
		}
		for _, r := range t.text {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-') {
				return false
			}
		}
		w := t.low
		if notNames[w] || orgCues[w] || compoundCues[w] || strongCompoundCues[w] || companyEnds[w] || locationEnds[w] || leadStrip[w] || documentWords[w] || titleWords[w] {
			return false
		}
	}
	return true
}
