package extract

import (
	"regexp"
	"strings"
)

// In a court's own record "accused" before a name is the party's label, written in lower case
// in running text ("of which accused Xu Jianming was the president", "Through the said
// corporation, accused Xu ran the compound"): what the court states of the accused is its
// finding, not an accusation. reAccusedParty reads the capitalised and the all-capitals forms;
// this reads the lower-case one where the word before cannot be the subject of "accused" as a
// verb ("police accused Xu of ...").
var (
	reAccusedName = regexp.MustCompile(`\baccused\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*`)
	// reLabelBefore ends the words before a party label: a clause start, a preposition, a
	// relative word or a copula, never a noun or pronoun that could accuse.
	reLabelBefore = regexp.MustCompile(`(?i)(?:^|[,;:(—–]|\b(?:of|by|was|is|were|are|and|that|with|against|to|from|for|whom|whose|which|where|when|while|as|then|both|on|in))\s*$`)
)

// maskAccusedNames blanks the lower-case party label "accused" before a name in the sentence of
// an official record, keeping every offset; the label followed by "of" ("accused Xu of
// running") is kept, as is any "accused" after a word that could be its subject.
func maskAccusedNames(sent string) string {
	locs := reAccusedName.FindAllStringIndex(sent, -1)
	if len(locs) == 0 {
		return sent
	}
	b := []byte(sent)
	for _, loc := range locs {
		if reAccusedOf.MatchString(sent[loc[1]:]) || !reLabelBefore.MatchString(sent[max(0, loc[0]-24):loc[0]]) {
			continue
		}
		copy(b[loc[0]:], strings.Repeat(" ", len("accused")))
	}
	return string(b)
}
