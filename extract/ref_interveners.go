package extract

import (
	"regexp"
	"slices"

	"github.com/scamgraph/scamgraph/model"
)

// A person description between a pronoun and the name it would stand for. "The firm's
// president, Lorna Cruz, is the mayor's younger sister, and his son sits on its board": "his"
// is the mayor's, not Lorna Cruz's; "The raid turned attention to the tycoon's family. His
// daughter, X, ...": "his" is the tycoon's, not the name of the sentence before. A definite
// description of a person ("the mayor", "the tycoon") is as near a referent as a name
// (Grosz, Joshi & Weinstein 1995), so a pronoun that passes over one to reach a name is read
// as the description's entity when the description was resolved, and is left open when the
// description stands unresolved in a sentence that names nobody (such a sentence is never
// read for references): a wrong antecedent gives a wrong edge.

// rePersonDescription finds a definite description with a lowercase head and at most one
// modifier before it; the head is checked against the person heads of the reference list.
var rePersonDescription = regexp.MustCompile(`\b[Tt]he\s+(?:[A-Za-z-]+\s+)?([a-z]+)\b`)

// personHead reports a head of the reference list that stands only for a person.
func personHead(w string) bool {
	return slices.Equal(classNouns[w], []string{model.Person})
}

// intervener returns, for a pronoun at offset off of sentence si resolved to entity ent named
// in sentence from, what a person description between that name and the pronoun stands for,
// and the sentence of its name: ent and from when there is none, another entity when the
// latest such description was resolved to it, -1 when it stands unresolved in a sentence
// naming nobody.
func intervener(text string, sents []sentence, cands []candidate, by map[int][]int, names map[int][]int, out []reference, si, from, off, ent int) (int, int) {
	start := sents[from].s
	for _, m := range by[from] {
		if c := cands[m]; c.ent == ent && c.e <= off && c.e > start {
			start = c.e
		}
	}
	if start >= off {
		return ent, from
	}
	got, gotFrom := ent, from
	for _, loc := range rePersonDescription.FindAllStringSubmatchIndex(text[start:off], -1) {
		if !personHead(text[start+loc[2] : start+loc[3]]) {
			continue
		}
		s, e := start+loc[0], start+loc[3]
		desc, descFrom := -1, -1
		for i := len(out) - 1; i >= 0; i-- {
			if r := out[i]; r.cand.s < e && s < r.cand.e {
				desc, descFrom = r.cand.ent, r.from
				break
			}
		}
		if desc < 0 && len(names[sentenceOf(sents, from, si, s)]) > 0 {
			continue // a sentence with names was read: the description stood for no one named
		}
		got, gotFrom = desc, descFrom
	}
	return got, gotFrom
}

// sentenceOf returns the sentence from lo to hi that holds offset off.
func sentenceOf(sents []sentence, lo, hi, off int) int {
	for i := lo; i <= hi && i < len(sents); i++ {
		if sents[i].s <= off && off < sents[i].e {
			return i
		}
	}
	return hi
}
