package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// shoutedPlaceAt returns the listed place that toks[i] spells when it is one word in
// capitals standing alone ("MANILA —", "PASAY:", "a firm in MANILA"), or -1. Such a word
// reads as an acronym, which the gazetteer matches only as written. A word beside another
// word in capitals is left alone: it is part of a name or a heading written in capitals
// ("CHEN DAWEI", "STATE OF JOHOR"), which other rules read.
func shoutedPlaceAt(g *Gazetteer, toks []token, i int) int {
	if i > 0 && allCapitals(toks[i-1]) || i+1 < len(toks) && allCapitals(toks[i+1]) {
		return -1
	}
	return g.shoutedPlace(toks[i].text)
}

// allCapitals reports a word written all in capitals, of two letters or more.
func allCapitals(t token) bool {
	if t.kind != tokWord || utf8.RuneCountInString(t.text) < 2 {
		return false
	}
	for _, r := range t.text {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// shoutedPlace returns the listed place a one-word name in capitals spells ("MANILA",
// "PASAY"), or -1: a word of four letters or more, all capitals, that folds to a listed
// place's name. Shorter words ("KL", "BI") and words that fold to a listed body or firm stay
// acronyms.
func (g *Gazetteer) shoutedPlace(name string) int {
	if utf8.RuneCountInString(name) < 4 {
		return -1
	}
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return -1
		}
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	i, ok := g.byKey[NameKey(name)]
	if !ok || g.entries[i].Type != model.Location {
		return -1
	}
	return i
}
