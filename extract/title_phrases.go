package extract

import (
	"github.com/scamgraph/scamgraph/internal/lexicon"
)

// nameTitlePhrases are honorifics of several words ("Tan Sri", "Samdech Techo", "His
// Excellency"): no word of them alone is a title ("Tan" is a surname), so the single-word
// title lists cannot hold them.
var nameTitlePhrases = lexicon.NameTitlePhrases()

// titlePhraseEnd returns the end of an honorific of several words opening toks[i:j], when a
// name of two words or more follows it ("Tan Sri Lim Boon Keat"); -1 otherwise.
func titlePhraseEnd(toks []token, i, j int) int {
	for _, p := range nameTitlePhrases {
		if len(p) < 2 || j-i < len(p) {
			continue
		}
		if i > 0 && toks[i-1].low == p[0] && isCap(toks[i-1]) && leadStrip[p[0]] {
			// "His Excellency Hun Manet": the span opened after the function word.
			p = p[1:]
		}
		match := true
		for k, w := range p {
			t := toks[i+k]
			if t.kind != tokWord || !isCap(t) || trimDots(t.low) != w {
				match = false
				break
			}
		}
		if match && j-i >= len(p)+2 && nameShaped(toks[i+len(p):j]) && !titleInside(toks[i+len(p):j]) {
			return i + len(p)
		}
	}
	return -1
}

// titleInside reports a title word among ts ("Major General Pol. Lt. Keo Vuthy"): the
// rules that split ranks from names handle the span then.
func titleInside(ts []token) bool {
	for _, t := range ts {
		if titleWords[trimDots(t.low)] || titleWords[t.low] || isPersonTitle(t.low) {
			return true
		}
	}
	return false
}

// trimDots drops the periods of an abbreviation ("Lt." is "lt").
func trimDots(w string) string {
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] != '.' {
			out = append(out, w[i])
		}
	}
	return string(out)
}

// listedFields reports a span made only of listed field words ("Home Affairs", "Public
// Works"): a portfolio's name, never a person's. Only the list counts, not the endings
// fieldWord also accepts, which given names share ("Crystal", "Henry").
func listedFields(words []string) bool {
	for _, w := range words {
		if !fieldWords[w] {
			return false
		}
	}
	return len(words) > 0
}
