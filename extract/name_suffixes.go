package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// generationSuffixes close a person's name after the surname: "Ernesto Sison Jr.", "Antonio
// Reyes Sr.". The list of words that name nothing holds them (a lone "Jr." names no one), so
// nameShaped refuses a span that ends with one.
var generationSuffixes = set("jr.", "jr", "sr.", "sr")

// suffixedName reports toks[i:j] as two to four name words and a generation suffix: the
// suffix is part of the person's name, and the words before it are shaped as a name on their
// own.
func suffixedName(toks []token, i, j int) bool {
	if j-i < 3 || j-i > 5 || !generationSuffixes[toks[j-1].low] || !isCap(toks[j-1]) || lowerWordAfter(toks, j, false) {
		return false
	}
	name := toks[i : j-1]
	if !nameShaped(name) || shouted(name) {
		return false
	}
	last := name[len(name)-1].low
	return !abstractNoun(last) && !offenceNouns[last]
}

// lowerWordAfter reports a lower-case word other than a clause word right after toks[:j]:
// "The Bamban Pogo Jr. league" and "the children of KING ROMANS workers" use the capitals as
// a modifier of that noun, not as a person's name, while "X Jr. and Y", "X Jr. said" name one.
// A word in -s after a singular subject is its verb ("X Jr. owns"); after a plural head
// (plural) it may be the noun the capitals modify ("workers").
func lowerWordAfter(toks []token, j int, plural bool) bool {
	if j >= len(toks) || toks[j].kind != tokWord || clauseWords[toks[j].low] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[j].text)
	w := toks[j].low
	return unicode.IsLower(r) && !strings.HasSuffix(w, "ed") && (plural || !strings.HasSuffix(w, "s"))
}

// clauseWords may follow a name without making it a modifier.
var clauseWords = set("and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "was", "were", "is", "are", "has", "have", "had", "said", "says", "told", "in", "at", "on", "of", "to", "for", "from", "with", "by", "as", "when", "after", "before", "while", "since", "until", "denied", "did", "does", "will", "would", "could", "can", "may", "might", "must", "should", "also", "then", "later", "now", "not", "alias", "aka", "et", "vs", "v")
