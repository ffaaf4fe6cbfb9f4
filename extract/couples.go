package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// "The couple" after a husband and wife were named ("Ms Suda Wongsa, 41, and her husband
// Mr Anan Wongsa ... Police say the couple worked with Chen Hao") stands for both of them.
// The reference is read as the first spouse; a relation made through it is made for the
// second spouse too (relations.go). Only the last married pair named in the eight sentences
// before is meant; two pairs named there leave "the couple" open.

// coupleRef is a reference to a married pair: ref stands for the first spouse, partner is the
// second.
type coupleRef struct {
	ref     reference
	partner int
}

// reSpouseGap is the gap between two people that makes them a married pair: "and his wife",
// "and her husband,", "X, 41, and her husband", "X is married to Y".
// ", wife of Colonel Y" names a pair too, and a Burmese "U" or "Daw" or a Malaysian "Datuk"
// may stand before the second name.
var reSpouseGap = regexp.MustCompile(`^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,\s*(?:of\s+[^,;]{1,60}?,\s*)?)?(?:and\s+(?:his|her)\s+(?:[a-z-]+\s+)?(?:wife|husband|spouse)\s*,?|,?\s*(?:who\s+)?(?:is|was)\s+married\s+to|,\s*(?:the\s+)?(?:wife|husband)\s+of(?:\s+(?:colonel|col\.|general|gen\.|major|captain|senator|mayor|governor|judge|oknha|lt\.))?)\s*(?:(?:mr|mrs|ms|madam|madame|u|daw|datuk|dato|datin)\.?\s+)?$`)

// reTheirKin follows a sentence's opening "Their" that names the pair's child or other
// relative: "Their son, Aung Ko Ko, ...", "Their eldest daughter ...".
var reTheirKin = regexp.MustCompile(`^\s+(?:(?:eldest|youngest|younger|elder|older|second|third|only|adopted)\s+)?` + kinWords + `\b`)

// maxTheirBack bounds how far back a sentence-opening "Their" looks for the pair.
const maxTheirBack = 2

// maxCoupleBack bounds how far back "the couple" looks for the pair.
const maxCoupleBack = 8

// coupleRefs finds "the couple" in sentences that name something and resolves it to the
// married pair named last before it.
func coupleRefs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int) []coupleRef {
	type pair struct{ a, b, si, end int }
	var pairs []pair
	var out []coupleRef
	person := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Person }
	for si, st := range sents {
		ms := bySent[si]
		// References first: a pair named in this sentence is no antecedent of its own "couple".
		toks := st.toks
		for k := 0; k+1 < len(toks) && len(ms) > 0; k++ {
			their := k == 0 && toks[k].low == "their" && reTheirKin.MatchString(strings.ToLower(text[toks[k].e:min(st.e, toks[k].e+40)]))
			if !their && (toks[k].low != "the" || toks[k+1].low != "couple") {
				continue
			}
			var cur *pair
			for i := len(pairs) - 1; i >= 0 && pairs[i].si >= si-maxCoupleBack; i-- {
				p := pairs[i]
				if cur != nil && (cur.a != p.a || cur.b != p.b) {
					cur = nil // two pairs: open
					break
				}
				if cur == nil {
					cur = &pairs[i]
				}
			}
			if cur == nil || their && !lastPeople(cands, ents, bySent, *cur, si) {
				continue
			}
			if their {
				out = append(out, coupleRef{reference{candidate{s: toks[k].s, e: toks[k].e, ti: k, tj: k + 1, text: toks[k].text,
					typ: model.Person, gaz: -1, sent: si, ent: cur.a, conf: 0.6}, cur.si}, cur.b})
				continue
			}
			out = append(out, coupleRef{reference{candidate{s: toks[k].s, e: toks[k+1].e, ti: k, tj: k + 2, text: text[toks[k].s:toks[k+1].e],
				typ: model.Person, gaz: -1, sent: si, ent: cur.a, conf: 0.6}, cur.si}, cur.b})
			if len(out) >= maxRefs {
				return out
			}
		}
		for i := 0; i+1 < len(ms); i++ {
			ca := cands[ms[i]]
			if !person(ca) {
				continue
			}
			// The next person, past places of the first one's description.
			for j := i + 1; j < len(ms) && j <= i+2; j++ {
				cb := cands[ms[j]]
				if cb.s < ca.e {
					break
				}
				if person(cb) {
					if cb.ent != ca.ent && reSpouseGap.MatchString(strings.ToLower(text[ca.e:cb.s])) {
						pairs = append(pairs, pair{ca.ent, cb.ent, si, cb.e})
					}
					break
				}
				if cb.ent < 0 || ents[cb.ent].typ != model.Location {
					break
				}
			}
		}
	}
	return out
}

// coupleSpan is where a reference to a married pair stands: a relation read with a mention
// starting or ending there is also the second spouse's.
type coupleSpan struct{ si, s, e, first, partner int }

// coupleSpans lists the spans of couple references.
func coupleSpans(cps []coupleRef) []coupleSpan {
	out := make([]coupleSpan, len(cps))
	for i, cp := range cps {
		out[i] = coupleSpan{cp.ref.cand.sent, cp.ref.cand.s, cp.ref.cand.e, cp.ref.cand.ent, cp.partner}
	}
	return out
}

// partnerAt returns the second spouse when entity ent was read, in sentence si, through a
// couple reference at the start or the end of the span [s, e); else -1.
func partnerAt(spans []coupleSpan, si, s, e, ent int) int {
	for _, c := range spans {
		if c.si == si && c.first == ent && (c.s == s || c.e == e) {
			return c.partner
		}
	}
	return -1
}

// lastPeople reports whether pair p, named in sentence p.si, are the last people named before
// a sentence-opening "Their" in sentence si: the pair is at most maxTheirBack sentences back,
// and no other person is named after the second spouse.
func lastPeople(cands []candidate, ents []*docEntity, bySent map[int][]int, p struct{ a, b, si, end int }, si int) bool {
	if p.si < si-maxTheirBack || p.si >= si {
		return false
	}
	for sj := p.si; sj < si; sj++ {
		for _, m := range bySent[sj] {
			c := cands[m]
			if sj == p.si && c.s < p.end || c.ent < 0 || ents[c.ent].typ != model.Person {
				continue
			}
			if c.ent != p.a && c.ent != p.b {
				return false
			}
		}
	}
	return true
}
