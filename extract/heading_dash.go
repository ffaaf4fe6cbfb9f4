package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// romanHeading reports a section number in Roman numerals with its period ("I.", "IV."),
// which opens a heading run into a court's text ("I. Facts established"): no part of a name.
func romanHeading(t token) bool {
	w := t.text
	if len(w) < 2 || len(w) > 5 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// dashInsideName reports a dash at toks[j] written without spaces between two capitalised
// words, with a third capitalised word after them ("Thai–Myanmar Friendship Bridge", "the
// Lao–China Railway"): the dash joins two names inside a longer one. Two places joined by a
// dash before a common noun ("the Thailand–Cambodia border") are left apart.
func dashInsideName(toks []token, j int) bool {
	if j == 0 || j+2 >= len(toks) {
		return false
	}
	d := toks[j].text
	if d != "–" && d != "—" && d != "-" {
		return false
	}
	return isCap(toks[j-1]) && isCap(toks[j+1]) && isCap(toks[j+2]) &&
		toks[j-1].e == toks[j].s && toks[j].e == toks[j+1].s
}

// releaseHeading reports the words of a release's heading ("Press Release", "Press Release
// No", "Press Release MANILA" before a dateline): a kind of document, not the name of a
// newspaper or a body.
func releaseHeading(words []string) bool {
	if len(words) < 2 || len(words) > 4 || words[0] != "press" {
		return false
	}
	switch words[1] {
	case "release", "releases", "statement", "statements", "briefing":
		return true
	}
	return false
}

// numberWords may open a firm's name ("Three Pagodas Trading Co., Ltd.", "Two Rivers
// Holdings Ltd.") though they open sentences too.
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// numberedFirm reports a capitalised number word not opening the sentence whose run of
// capitals ends in a firm's legal form or a site's word ("held at Three Pagodas Star
// Park"): the number is the name's first word.
func numberedFirm(toks []token, i int) bool {
	if i == 0 || !numberWords[toks[i].low] || i+1 >= len(toks) || !isCap(toks[i+1]) {
		return false
	}
	j := capSpanEnd(toks, i+1)
	for j > i+1 && toks[j-1].kind == tokPunct {
		j--
	}
	last := trimDots(toks[j-1].low)
	// A site's word needs a word before the number ("at Three ..."): after a colon, a
	// dash or a bracket the capital may only open a heading or a list item.
	return j-i >= 3 && (isLegalForm(last) || strongCompoundCues[last] && toks[i-1].kind == tokWord)
}

// operationName reports a police operation's name ("Operation Clean Border 3"): the name of
// an action, not of a place, a person or a body. A name ending in a firm's or a body's word
// is that firm or body.
func operationName(toks []token, i, j int) bool {
	if j-i < 2 || toks[i].text != "Operation" {
		return false
	}
	last := toks[j-1].low
	return !companyEnds[trimDots(last)] && !companyEnds[last] && !orgCues[last] // "Operation Bright Holdings Ltd." is a firm
}

// demonymAdjective reports one hyphened word made of a demonym and a lower-case participle
// or noun ("Chinese-invested", "Thai-owned", "Cambodian-born"): an adjective, never a name.
func demonymAdjective(toks []token, i, j int) bool {
	if j-i != 1 {
		return false
	}
	a, b, ok := strings.Cut(toks[i].text, "-")
	if !ok || b == "" || !demonyms[strings.ToLower(a)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(r)
}
