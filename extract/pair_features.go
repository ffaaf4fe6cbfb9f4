package extract

import (
	"sort"
	"strconv"
	"strings"
)

// Pair reading window: a name is paired with at most pairReach later names of its sentence,
// and only when at most pairGap tokens part them, so the cost per sentence stays linear and a
// long list of names does not pair every name with every other.
const (
	pairReach = 4
	pairGap   = 30
)

// pairFeatures describes the pair of mentions ms[p], ms[q] (p < q, indexes into all) of
// sentence st for the learned pair reader: the two types, the words and tags between them
// (other names replaced by their type), the words just outside, and a few counts. Every
// feature is a string the model file names. buf is reused.
// Mentions at index names or above in all are references ("the company", "he").
func pairFeatures(st sentence, tags []string, all []candidate, names int, ents []*docEntity, ms []int, p, q int, buf []string) []string {
	ma, mb := all[ms[p]], all[ms[q]]
	f := append(buf[:0], "bias")
	ta, tb := ents[ma.ent].typ, ents[mb.ent].typ
	if ms[p] >= names {
		ta += "*"
	}
	if ms[q] >= names {
		tb += "*"
	}
	tp := ta + ">" + tb
	f = append(f, "t="+tp)
	toks := st.toks
	i0 := sort.Search(len(toks), func(i int) bool { return toks[i].s >= ma.e })
	i1 := sort.Search(len(toks), func(i int) bool { return toks[i].s >= mb.s })
	a0 := sort.Search(len(toks), func(i int) bool { return toks[i].e > ma.s })  // first token of a
	b1 := sort.Search(len(toks), func(i int) bool { return toks[i].s >= mb.e }) // after b
	// The words between, other names folded to their type.
	var between, btags []string
	mid := 0
	k := p + 1
	for i := i0; i < i1 && i < len(toks); i++ {
		for k < q && all[ms[k]].e <= toks[i].s {
			k++
		}
		if k < q && all[ms[k]].s <= toks[i].s && toks[i].s < all[ms[k]].e {
			between = append(between, "<"+ents[all[ms[k]].ent].typ+">")
			btags = append(btags, "NNP")
			mid++
			for i+1 < i1 && toks[i+1].s < all[ms[k]].e {
				i++
			}
			k++
			continue
		}
		between = append(between, pairWord(toks[i]))
		t := ""
		if i < len(tags) {
			t = tags[i]
		}
		btags = append(btags, t)
	}
	n := len(between)
	f = append(f, "n="+pairBucket(n), "mid="+pairBucket(mid))
	if n == 0 {
		f = append(f, "adjacent", "adj|"+tp)
	}
	far := n > 10
	// With other names between, the words are told apart by segment: before the first of them
	// (they tie the first name to it), after the last (they tie it to the second), or between.
	seg, first, last := "", -1, -1
	for i, w := range between {
		if strings.HasPrefix(w, "<") && strings.HasSuffix(w, ">") && w != "<num>" && w != "<han>" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i, w := range between {
		if far && i >= 5 && i < n-5 {
			continue
		}
		s := pairStem(w)
		switch {
		case first < 0:
			seg = ""
		case i < first:
			seg = "0"
		case i > last:
			seg = "L"
		default:
			seg = "M"
		}
		f = append(f, "w"+seg+"="+w, "ts"+seg+"="+tp+"|"+s)
		if i+1 < n && (!far || i+1 < 5 || i >= n-5) {
			f = append(f, "b="+w+"_"+between[i+1])
		}
		if strings.HasPrefix(btags[i], "VB") {
			f = append(f, "v="+s, "tv="+tp+"|"+s)
		}
	}
	if far {
		f = append(f, "far")
	}
	if n > 0 {
		f = append(f, "f="+between[0], "l="+between[n-1], "tf="+tp+"|"+between[0], "tl="+tp+"|"+between[n-1])
	}
	if n > 0 && n <= 5 {
		f = append(f, "seq="+strings.Join(between, " "), "tseq="+tp+"|"+strings.Join(between, " "), "pos="+strings.Join(btags, " "))
	}
	// The words just before the first name and after the second.
	for j, d := 0, 1; d <= 2; d++ {
		j = a0 - d
		if j >= 0 {
			f = append(f, "L"+strconv.Itoa(d)+"="+pairWord(toks[j]))
		} else {
			f = append(f, "L"+strconv.Itoa(d)+"=^")
		}
		j = b1 + d - 1
		if j < len(toks) {
			f = append(f, "R"+strconv.Itoa(d)+"="+pairWord(toks[j]))
		} else {
			f = append(f, "R"+strconv.Itoa(d)+"=$")
		}
	}
	if a0 > 0 && a0-1 < len(toks) {
		f = append(f, "tL1="+tp+"|"+pairWord(toks[a0-1]))
	}
	if b1 < len(toks) {
		f = append(f, "tR1="+tp+"|"+pairWord(toks[b1]))
	}
	for _, t := range toks {
		switch t.low {
		case "not", "never", "denied", "denies", "deny", "denying", "no":
			f = append(f, "neg")
		case "said", "says", "alleged", "allegedly", "according", "reportedly", "claimed", "accused":
			f = append(f, "attr")
		}
	}
	return f
}

// pairWord is a token as a feature: lower case, digits folded.
func pairWord(t token) string {
	if t.kind == tokHan {
		return "<han>"
	}
	w := t.low
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return "<num>"
		}
	}
	return w
}

// pairStem folds the commonest English endings so "owns", "owned" and "owning" share weights.
func pairStem(w string) string {
	if len(w) <= 3 || w[0] == '<' {
		return w
	}
	for _, suf := range []string{"ing", "ies", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// pairBucket groups a count so that rare lengths share weights.
func pairBucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	case n <= 12:
		return "9-12"
	case n <= 20:
		return "13-20"
	}
	return "21+"
}
