package extract

import (
	"regexp"
	"strings"
)

// A defined term in brackets after a name ("Bavet Mega Star Investment Co., Ltd. (“Mega
// Star”), a company incorporated in Cambodia", "X (the “Park”), a walled compound in Y") only
// names what the text will call it; the words after it read as if they followed the name.
// definedTermClose drops the bracketed term at the opening of a gap, and, when the first
// mention is the term itself, its closing quote and bracket, so the gap reads ", a company
// incorporated in". A bracket that holds more than a quoted term ("(a subsidiary of Y)") is
// left.

// reDefinedTermGap: the bracketed quoted term at the opening of a gap.
var reDefinedTermGap = regexp.MustCompile(`^\s*\((?:the\s+|hereinafter\s+)?["“‘'][^"“”‘’'()]{1,40}["”’']\)`)

func definedTermClose(text string, s int, gap string) string {
	if loc := reDefinedTermGap.FindStringIndex(gap); loc != nil {
		return gap[loc[1]:]
	}
	before := strings.TrimRight(text[max(0, s-8):s], " ")
	if i := strings.LastIndexByte(before, '('); i < 0 || !termOpening(before[i:]) {
		return gap
	}
	for _, q := range termClosingQuotes {
		if rest, ok := strings.CutPrefix(gap, q); ok && (strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）")) {
			return rest[1:]
		}
	}
	return gap
}

// termClosingQuotes close a defined term's quote.
var termClosingQuotes = []string{`"`, "”", "’", "'"}

// termOpening reports the bracket and opening quote of a defined term: "(“", `("`.
func termOpening(s string) bool {
	switch s {
	case `("`, "(“", "(‘", "('":
		return true
	}
	return false
}

// definedTermBetween reports that the one mention after ms[p] is the bracketed quoted term
// that defines it ("X (“Mega Star”), a company ..."): the name and what follows the bracket
// are then next to each other. The term must name the same entity: "Chen Baoli ("Wang
// Lixin") owns Y" brackets another person, whose name stays between.
func definedTermBetween(text string, cands []candidate, ms []int, p int) bool {
	if p+1 >= len(ms) {
		return false
	}
	ca, mid := cands[ms[p]], cands[ms[p+1]]
	if mid.s < ca.e || mid.s-ca.e > 12 || mid.ent != ca.ent {
		return false
	}
	open := strings.TrimSpace(text[ca.e:mid.s])
	if !termOpening(open) && !strings.HasPrefix(open, "(the") {
		return false
	}
	rest := text[mid.e:min(len(text), mid.e+4)]
	if reDefinedTermGap.MatchString(open + "x" + rest[:min(len(rest), 4)]) {
		return true
	}
	for _, q := range termClosingQuotes {
		if strings.HasPrefix(rest, q+")") {
			return true
		}
	}
	return false
}
