package extract

import (
	"slices"
	"strings"
)

// A reference continues a chain. "Huanya Golden Crown Co. built the park. The company's
// operations manager is X. Its chairman is Lin Zhenhao." The third sentence speaks of the firm
// through "its", and the sentence before it named the firm only through "the company": an
// entity a sentence holds only through a reference is still the one it speaks of (a
// coreference chain; the centre of attention carries over from sentence to sentence, Grosz,
// Joshi & Weinstein 1995). The antecedent readers of references.go therefore see, in every
// earlier sentence, the references already resolved there beside its names; a reference
// resolved through another quotes the sentence of the name the chain starts from.

// refChain holds the names of each sentence together with the references resolved in the
// sentences read so far.
type refChain struct {
	cands  []candidate
	by     map[int][]int
	names  map[int][]int  // the names alone, by sentence
	origin map[[2]int]int // {sentence, entity} -> sentence of the name a reference there stood for
	copied map[int]bool   // sentences whose list in by is the chain's own copy
	gender map[int]byte   // entity -> 'm' or 'f' after a "he" or "she" stood for it, 'x' after both
	n      int            // references of out already joined
}

// newRefChain starts a chain over the names of a document.
func newRefChain(cands []candidate, bySent map[int][]int) *refChain {
	by := make(map[int][]int, len(bySent))
	for si, ms := range bySent {
		by[si] = ms
	}
	return &refChain{cands: slices.Clip(cands), by: by, names: bySent, origin: map[[2]int]int{}, copied: map[int]bool{}, gender: map[int]byte{}}
}

// catchUp joins the references of out resolved in sentences before si, first pointing each
// one resolved through a reference at the sentence of the name its chain starts from.
func (rc *refChain) catchUp(out []reference, si int) {
	for ; rc.n < len(out) && out[rc.n].cand.sent < si; rc.n++ {
		r := &out[rc.n]
		r.from = rc.nameSentence(r.cand.ent, r.from)
		sj := r.cand.sent
		ci := len(rc.cands)
		rc.cands = append(rc.cands, r.cand)
		if !rc.copied[sj] {
			rc.by[sj] = slices.Clone(rc.by[sj])
			rc.copied[sj] = true
		}
		ms := rc.by[sj]
		at := len(ms)
		for at > 0 && rc.cands[ms[at-1]].s > r.cand.s {
			at--
		}
		rc.by[sj] = slices.Insert(ms, at, ci)
		if _, ok := rc.origin[[2]int{sj, r.cand.ent}]; !ok {
			rc.origin[[2]int{sj, r.cand.ent}] = r.from
		}
		if g := pronounGender(r.cand.text); g != 0 {
			if had, ok := rc.gender[r.cand.ent]; ok && had != g {
				g = 'x'
			}
			rc.gender[r.cand.ent] = g
		}
	}
}

// settle points the references of out not yet joined at the sentences of their chains' names.
func (rc *refChain) settle(out []reference) {
	for i := rc.n; i < len(out); i++ {
		out[i].from = rc.nameSentence(out[i].cand.ent, out[i].from)
	}
}

// nameSentence returns from when sentence from names entity ent, else the sentence of the name
// a reference there to ent stood for.
func (rc *refChain) nameSentence(ent, from int) int {
	if from < 0 {
		return from
	}
	for _, m := range rc.names[from] {
		if rc.cands[m].ent == ent {
			return from
		}
	}
	if f, ok := rc.origin[[2]int{from, ent}]; ok {
		return f
	}
	return from
}

// agrees reports that a personal pronoun may stand for entity ent: "she" never for a person
// the text called "he" before.
func (rc *refChain) agrees(ent int, pronoun string) bool {
	g, had := pronounGender(pronoun), rc.gender[ent]
	return g == 0 || had == 0 || had == 'x' || had == g
}

// pronounGender returns 'm' for "he", "his", "him", 'f' for "she", "her", and 0 otherwise.
func pronounGender(w string) byte {
	switch strings.ToLower(w) {
	case "he", "his", "him", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}
