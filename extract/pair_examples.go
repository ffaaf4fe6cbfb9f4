package extract

import "sort"

// PairExample is one pair of names in a sentence: the entity ids of the first and second
// name, the pair's features (pairFeatures), and whether a rule tied the two. The pair probe
// (cmd/pairprobe) labels it from a labelled set and learns from it.
type PairExample struct {
	First, Second string
	Features      []string
	Typed         bool
}

// pairExamples hands sink every pair of mentions in each sentence (references included): each
// name paired with at most pairReach later names within pairGap tokens, so the cost per
// sentence is linear. skip reports pairs no pair reader may read; tied, pairs a rule tied.
func pairExamples(sents []sentence, tags *sentTags, all []candidate, names int, ents []*docEntity,
	typedSent map[int][]int, ids []string, skip func(ms []int, p, q int) bool, tied func(a, b int) bool,
	sink func(PairExample)) {
	var buf []string
	for si := range sents {
		ms := typedSent[si]
		if len(ms) < 2 {
			continue
		}
		toks := sents[si].toks
		var st []string
		for p := range ms {
			for q := p + 1; q < len(ms) && q <= p+pairReach; q++ {
				ma, mb := all[ms[p]], all[ms[q]]
				a, b := ma.ent, mb.ent
				if a < 0 || b < 0 || a == b || ids[a] == ids[b] || ma.e > mb.s || tokensBetween(toks, ma.e, mb.s) > pairGap || skip(ms, p, q) {
					continue
				}
				if st == nil {
					st = tags.of(si)
				}
				buf = pairFeatures(sents[si], st, all, names, ents, ms, p, q, buf)
				sink(PairExample{First: ids[a], Second: ids[b], Features: append([]string(nil), buf...), Typed: tied(a, b)})
			}
		}
	}
}

// tokensBetween counts the tokens that start in [s, e) (toks is in text order).
func tokensBetween(toks []token, s, e int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= s })
	j := sort.Search(len(toks), func(i int) bool { return toks[i].s >= e })
	return max(0, j-i)
}
