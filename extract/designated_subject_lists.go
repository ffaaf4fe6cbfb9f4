package extract

import (
	"regexp"
	"strings"
)

// A list of names that is the subject of an agentless designation:
//
//	Vannarith Group, Ream Pearl Development, Golden Reef Holdings Limited and Mekong
//	Swift Pay are being designated pursuant to E.O. 13818 for being owned or controlled
//	by PRAK or CHEN.
//	Kong Visal, Sok Chanleakhena and Saw Ba Htoo, as well as Visal Star Group and Hong
//	Tai Kaifa, are being designated pursuant to Executive Order 13581.
//
// agentlessSanctions reads the name just before the verb; the names before it share the
// designation when the list opens the sentence, its names are joined by commas and
// conjunctions only, an "and" (or "as well as") closes it, and the verb is plural. A name
// with a description between it and the next ("A, a firm owned by B, and C are ...")
// ends the list there, and a list that does not open the sentence ("Reports said A and B
// were designated") is no subject the rule can vouch for.

// rePluralDesignated is the plural verb of the designation, as reAgentless matched it.
var rePluralDesignated = regexp.MustCompile(`(?i)^\s*,?\s*(?:are|were|have\s+been|had\s+been)\s`)

// reListSubjectOpen is what may stand before the list's first name in its sentence.
var reListSubjectOpen = regexp.MustCompile(`(?i)^(?:(?:today|additionally|in\s+addition|separately|also|finally|further|furthermore)\s*,?\s*)?$`)

// designatedListBefore returns the mentions (indexes into ms) listed before ms[i] as the
// subject it heads with it, given rest, the text after ms[i] that reAgentless matched, and
// sentStart, the start of the sentence. It returns nothing unless the whole list opens the
// sentence and the verb is plural.
func designatedListBefore(text string, sentStart int, cands []candidate, ents []*docEntity, ms []int, i int, rest string) []int {
	if i == 0 || !rePluralDesignated.MatchString(rest) {
		return nil
	}
	var items []int
	joined := false
	j := i
	for j > 0 {
		prev, cur := cands[ms[j-1]], cands[ms[j]]
		if prev.ent < 0 || prev.e > cur.s || prev.ent == cur.ent {
			return nil
		}
		switch strings.TrimSpace(text[prev.e:cur.s]) {
		case ",":
		case "and", ", and", ", as well as", "as well as":
			joined = true
		default:
			return nil // a description or a clause: not a plain list
		}
		if !agentType(ents[prev.ent].typ) {
			return nil
		}
		items = append(items, j-1)
		j--
		if reListSubjectOpen.MatchString(strings.TrimSpace(text[sentStart:cands[ms[j]].s])) {
			break
		}
	}
	if !joined || !reListSubjectOpen.MatchString(strings.TrimSpace(text[sentStart:cands[ms[j]].s])) {
		return nil
	}
	return items
}
