package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// nicknameTitles open the name a person is known by in a workplace or a street, made of a
// word of address and one name ("Boss Ma", "Brother Long", "Uncle Kyaw", "Ah Seng"): the
// person has no other name in the text, so the word of address stays part of it; stripped,
// "Ma" or "Long" alone would be a weak word or a place.
var nicknameTitles = set("boss", "brother", "sister", "uncle", "auntie", "aunty", "ah", "ko", "ma")

// nicknameName reads toks[i:j] as such a name: a capitalised word of address and one
// name-shaped word, nothing more. "Boss Chen Zhi" (a full name after it) is left to the title
// readers, which keep the full name; so is a nickname whose name the text wrote before
// ("WANG JUN, also known as Boss Wang"), the short form of a person already named.
func nicknameName(text string, si int, toks []token, i, j int) (candidate, bool) {
	if j-i != 2 || !nicknameTitles[toks[i].low] || !isCap(toks[i]) || shouted(toks[i:j]) {
		return candidate{}, false
	}
	if !nameShaped(toks[i+1:j]) || len(toks[i+1].text) < 2 {
		return candidate{}, false
	}
	if namedBefore(text, toks[i].s, toks[i+1].text) {
		return candidate{}, false
	}
	c := candidate{s: toks[i].s, e: toks[j-1].e, ti: i, tj: j, gaz: -1, sent: si, typ: model.Person, conf: 0.85}
	c.text = text[c.s:c.e]
	return c, true
}

// namedBefore reports word written as a whole word, in any case, in the 20,000 bytes of text
// before offset s (a bound that keeps a page of many nicknames linear).
func namedBefore(text string, s int, word string) bool {
	hay := strings.ToLower(text[max(0, s-20000):s])
	w := strings.ToLower(word)
	for k := 0; k < len(hay); {
		at := strings.Index(hay[k:], w)
		if at < 0 {
			return false
		}
		at += k
		end := at + len(w)
		if (at == 0 || !isWordByte(hay[at-1])) && (end == len(hay) || !isWordByte(hay[end])) {
			return true
		}
		k = at + 1
	}
	return false
}
