package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// genderedPossessor resolves "his"/"her" before a kin, partner or role noun and a name
// ("... introduced Mr Tang to officials. Her brother-in-law, X, ...") when the sentence just
// before names two or more people but the pronoun's gender fits only one of them: every
// other one is known to be of the other gender (a title, particle or earlier pronoun,
// ref_gender.go). Nothing is read across a paragraph break, from a quotation, or when the
// pronoun's own sentence names a person before it; a person of unknown gender beside the one
// that fits leaves the pronoun open.
func genderedPossessor(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, rc *refChain, si, off int, pronoun string) (int, int) {
	g := pronounGender(pronoun)
	if g == 0 || si == 0 {
		return -1, -1
	}
	for _, m := range bySent[si] {
		if c := cands[m]; c.s < off && c.ent >= 0 && ents[c.ent].typ == model.Person {
			return -1, -1
		}
	}
	if partyDescribedBefore(sents[si], off, true) { // prec_antecedents.go
		return -1, -1
	}
	sj := si - 1
	if strings.Contains(text[sents[sj].e:sents[si].s], "\n\n") || strings.Contains(text[sents[si].s:off], "\n\n") {
		return -1, -1
	}
	fit, fits, others := -1, 0, 0
	seen := map[int]bool{}
	for _, m := range bySent[sj] {
		c := cands[m]
		if c.ent < 0 || ents[c.ent].typ != model.Person || seen[c.ent] {
			continue
		}
		if insideQuote(text, sents[sj], c) {
			return -1, -1
		}
		seen[c.ent] = true
		switch had := rc.gender[c.ent]; {
		case had == g:
			fit, fits = c.ent, fits+1
		case had == 'm' || had == 'f':
			others++
		default:
			return -1, -1 // unknown gender: it may be the one meant
		}
	}
	if fits != 1 || others == 0 {
		return -1, -1
	}
	return fit, sj
}
