package extract

import (
	"unicode"
	"unicode/utf8"
)

// givenAbbrev reports text[i:j] as "Ma", the Filipino abbreviation of Maria, written with a
// period before the rest of a woman's name ("Ma. Cristina de Guzman-Yap"): the period then
// ends no sentence. It stands at a name's start: the word before it is no capitalised word
// ("said Jack Ma. Cristina Reyes ..." ends a sentence after a surname), and a capitalised
// word follows after one space.
func givenAbbrev(text string, toks []token, i, j int) bool {
	if text[i:j] != "Ma" && text[i:j] != "MA" || j+2 >= len(text) || text[j+1] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[j+2:]); !unicode.IsUpper(r) {
		return false
	}
	if text[i:j] == "MA" {
		// "MA. THERESA Q. OCAMPO": in a name set in capitals, the given name after it is too.
		if r, _ := utf8.DecodeRuneInString(text[j+3:]); j+3 >= len(text) || !unicode.IsUpper(r) {
			return false
		}
	}
	if n := len(toks); n > 0 {
		// "Judge Ma. Theresa Ocampo": a title before it keeps the name open; another
		// capitalised word ("Jack Ma.") ends the sentence with a surname.
		if p := toks[n-1]; isCap(p) && p.kind == tokWord && !titleWords[p.low] && !isPersonTitle(p.low) {
			return false
		}
	}
	return true
}
