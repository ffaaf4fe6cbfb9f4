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
	if text[i:j] != "Ma" || j+2 >= len(text) || text[j+1] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[j+2:]); !unicode.IsUpper(r) {
		return false
	}
	if n := len(toks); n > 0 {
		if p := toks[n-1]; isCap(p) && p.kind == tokWord {
			return false
		}
	}
	return true
}
