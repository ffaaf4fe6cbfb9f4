package extract

import (
	"regexp"
	"strings"
)

// A relative clause after "the N of X", where N is a person's tie to X: "the brother of Li
// Ming who works for Star Link", "a business associate of Chen Zhi who manages shell
// companies". A restrictive "who" (no comma) does not follow a proper name, so the clause
// tells of the brother, the associate, not of X. Set off by a comma ("the nephew of Chen
// Jinlong, who heads the Golden Orchid Group") it tells of X, as writers mostly mean it, and
// is left to the readers. Cases in relative_heads_test.go.

// rePersonOfBefore ends the words before X: "the brother of ", "a close associate of ",
// "one of the bodyguards of ".
var rePersonOfBefore = regexp.MustCompile(`(?i)\b(?:the|a|an|his|her|their|its|one)\s+(?:(?:[a-z-]+\s+){0,2}?(?:of\s+the\s+)?)(?:` + kinNoun + `|friends?|partners?|associates?|aides?|assistants?|colleagues?|relatives?|employees?|lawyers?|girlfriend|boyfriend|mistress|fianc[eé]e?|` + servants + `|bodyguards|drivers|guards?|staff|deputy|deputies|lieutenants?|henchm[ae]n|spokes(?:man|woman|person))\s+of\s+$`)

// reRelativeOpen opens the gap after X with a restrictive relative pronoun: " who", " whose".
var reRelativeOpen = regexp.MustCompile(`(?i)^\s+(?:who|whose|whom)\b`)

// relativeOfTie reports a name at [start, end) that follows "the N of" (a person's tie to it)
// and is followed by a restrictive relative clause (gap is the text after the name): the
// clause is N's, not the name's. A mention that holds its own apposition ("Li Wenbo, the
// Chinese investor who co-owns Y") ends in a common noun the clause restricts: it is the name's.
func relativeOfTie(text string, start, end int, gap string) bool {
	if start > len(text) || end > len(text) || start > end || !reRelativeOpen.MatchString(gap) || strings.ContainsAny(text[start:end], ",(") {
		return false
	}
	from := max(0, start-60)
	for from > 0 && text[from]&0xC0 == 0x80 {
		from--
	}
	return strings.Contains(strings.ToLower(text[from:start]), " of ") && rePersonOfBefore.MatchString(text[from:start])
}
