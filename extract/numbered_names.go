package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberedName reports a capitalised number word that is a name's first word, so it must
// not be stripped like a sentence's opening word. Beyond numberedFirm's firms and sites:
//   - mid-sentence, after a word, before a body's word ("guarded by the Three Pagodas
//     Defence Force");
//   - opening the sentence, when the page names the same run elsewhere after a lower-case
//     word ("Three Pagodas Star Park is operated by ..." beside "held at Three Pagodas
//     Star Park"): the writer used the number as part of the name, not as a count.
func numberedName(text string, toks []token, i int) bool {
	if numberedFirm(toks, i) {
		return true
	}
	if !numberWords[toks[i].low] || i+1 >= len(toks) || !isCap(toks[i+1]) {
		return false
	}
	j := capSpanEnd(toks, i+1)
	for j > i+1 && toks[j-1].kind == tokPunct {
		j--
	}
	if j-i < 3 {
		return false
	}
	last := trimDots(toks[j-1].low)
	cued := isLegalForm(last) || strongCompoundCues[last] || orgCues[last]
	if !cued {
		// A weaker site word ("Three Pagodas Star City") counts only after a lower-case
		// word, or opening the sentence when the page writes it so elsewhere;
		// a plural ("Three Casino Towers") counts sites, it does not name one.
		if !compoundCues[last] || strings.HasSuffix(last, "s") {
			return false
		}
		if i > 0 {
			return toks[i-1].kind == tokWord && !isCap(toks[i-1]) // "held inside Three Pagodas Star City"
		}
		return namedMidSentence(text, text[toks[i].s:toks[j-1].e], toks[i].s)
	}
	if i > 0 {
		return toks[i-1].kind == tokWord && orgCues[last]
	}
	return namedMidSentence(text, text[toks[i].s:toks[j-1].e], toks[i].s)
}

// namedMidSentence reports whether name occurs in text at a place other than at, right
// after a lower-case word. It looks at a few occurrences only, so a page that repeats a
// name thousands of times costs no more than one that names it a few times.
func namedMidSentence(text, name string, at int) bool {
	from := 0
	for tries := 0; tries < 8 && from < len(text); tries++ {
		k := strings.Index(text[from:], name)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(name)
		if k == at {
			continue
		}
		before := strings.TrimRight(text[:k], " ")
		if len(before) == len(text[:k]) {
			continue // glued to the word before: not this name
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
