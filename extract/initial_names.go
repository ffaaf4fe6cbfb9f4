package extract

import "unicode"

// initialledName reports toks[i:j] as a given name, a middle initial with its period and a
// surname ("Karen O. Liu", "KAREN O. LIU"): the initial is how Western names are written, so
// the first word is a given name even when it is also a people's name ("Karen"), which
// nameShaped otherwise reads as a demonym. The surname must be name-shaped; no word may be a
// cue, a title or a common word.
func initialledName(toks []token, i, j int) bool {
	if j-i != 3 || !middleInitial(toks[i+1].text) || toks[i].kind != tokWord || !isCap(toks[i]) || len(toks[i].text) < 3 {
		return false
	}
	w := toks[i].low
	if orgCues[w] || compoundCues[w] || companyEnds[w] || locationEnds[w] || notNames[w] || leadStrip[w] || titleWords[w] || documentWords[w] {
		return false
	}
	return nameShaped(toks[j-1 : j])
}

// middleInitial reports one capital letter and a period ("O.").
func middleInitial(s string) bool {
	r := []rune(s)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}
