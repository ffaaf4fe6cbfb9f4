package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// "Somchai Rattanawong runs the agency. Thandar Win is his wife." A possessive pronoun in the
// predicate of a copula whose subject is a person stands for someone else (a possessive there
// is not bound by its own subject): the one other person of the sentence before, or that
// sentence's subject when it names several. The relation is then read as in "Thandar Win is
// Somchai Rattanawong's wife".

// copulaKin reports "NAME is|was his|her [adjective] KIN" ending its clause at token k (the
// pronoun).
func copulaKin(toks []token, k int) bool {
	if k < 2 || (toks[k-1].low != "is" && toks[k-1].low != "was") || k+1 >= len(toks) {
		return false
	}
	j := k + 1
	if !familyWords[toks[j].low] && j+1 < len(toks) && toks[j].kind == tokWord {
		j++ // "his younger brother"
	}
	if !familyWords[toks[j].low] {
		return false
	}
	// The kin noun ends the sentence: "is his son, Y" names the son (references.go reads it).
	// A second clause may follow the kin noun's own: "is his sister-in-law and served as
	// its secretary", "is his wife, and Y is their son".
	if j+1 == len(toks) || toks[j+1].text == "." || toks[j+1].text == ";" || toks[j+1].text == "!" {
		return true
	}
	if toks[j+1].text == "," {
		j++
	}
	return j+2 < len(toks) && toks[j+1].low == "and" && kinClauseGoesOn(toks[j+2])
}

// kinClauseGoesOn reports a word after "is his wife and" that opens a second predicate or
// clause ("served", "the", a name), not a second relative of the same possessor ("his
// wife and son").
func kinClauseGoesOn(t token) bool {
	return t.kind == tokWord && !familyWords[t.low] && !possessivePronouns[t.low]
}

// otherPossessor resolves the pronoun of copulaKin, whose copula starts at offset cop in
// sentence si: the subject must be a person named just before the copula; the possessor is
// the one other person of the nearest earlier sentence (up to two back) that names any, or,
// in the sentence just before, its first name when it opens it.
func otherPossessor(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, cop int) (int, int) {
	subject := -1
	for _, m := range bySent[si] {
		c := cands[m]
		if c.ent >= 0 && c.e <= cop && strings.TrimSpace(text[c.e:cop]) == "" {
			subject = c.ent
		}
	}
	if subject < 0 || ents[subject].typ != model.Person {
		return -1, -1
	}
	for _, m := range bySent[si] {
		if c := cands[m]; c.ent >= 0 && c.ent != subject && c.e <= cop && ents[c.ent].typ == model.Person {
			return -1, -1 // another person before the copula: theirs, perhaps
		}
	}
	for sj := si - 1; sj >= 0 && sj >= si-2; sj-- {
		person, named := soleEntity(cands, bySent[sj], func(c candidate) bool {
			return ents[c.ent].typ == model.Person && c.ent != subject && !insideQuote(text, sents[sj], c)
		})
		if !named {
			continue
		}
		if person >= 0 {
			return person, sj
		}
		if ms := bySent[sj]; sj == si-1 && len(ms) > 0 {
			if c := cands[ms[0]]; c.ent >= 0 && c.ent != subject && ents[c.ent].typ == model.Person && subjectLead(strings.TrimSpace(text[sents[sj].s:c.s])) {
				return c.ent, sj
			}
		}
		return -1, -1
	}
	return -1, -1
}

// reCopulaGap is the gap of "Y is his wife": a copula alone.
var reCopulaGap = regexp.MustCompile(`^\s+(?:is|was)\s+$`)

// reKinWordAfter follows the pronoun: "[younger] wife" ending the clause.
var reKinWordAfter = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(` + kinWords + `)\s*(?:[.;,]|$|\s+(?:and|who|since)\b)`)
