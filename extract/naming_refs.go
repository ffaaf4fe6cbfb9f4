package extract

import (
	"slices"
	"strings"
)

// A description named in the next sentence. News leads often describe a site or firm before
// naming it: "The 7.8-hectare compound in Mabalacat City sits on land owned by Baofu Land
// Development Inc. The compound, known locally as Sunvalley Hub, was run by ..." — the second
// sentence opens by naming what the first described ("The HEAD, [known as] NAME,"), so the
// description with that head in the sentence just before stands for NAME. Only the sentence
// right before is read, only a description no name is set off against ("Baofu Land
// Development Inc., a company whose ..." describes Baofu), and only one whose head fits the
// name's type (land, "the plot", is named only as land: a site stands on it). A claim read through it quotes both sentences.

// namingRefs returns the references the naming openings of sentences make of descriptions in
// the sentences before them; taken lists the references already read (a span read there is
// not read again).
func namingRefs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, taken []reference) []reference {
	var out []reference
	for si := 1; si < len(sents) && len(out) < maxRefs; si++ {
		ent, head := namingOpening(sents[si], cands, ents, bySent[si])
		if ent < 0 {
			continue
		}
		pj := si - 1
		toks := sents[pj].toks
		for k := 0; k+1 < len(toks); k++ {
			switch toks[k].low {
			case "a", "an", "the":
			default:
				continue
			}
			// The determiner, up to three modifiers, then a head of the name's type.
			hi := -1
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				t := toks[j]
				if t.kind != tokWord || isCap(t) {
					break
				}
				if types := classNouns[t.low]; types != nil && slices.Contains(types, ents[ent].typ) && (t.low == head || !namedHeads[t.low] && !landHeads[t.low] && !landHeads[head]) {
					hi = j
					break
				}
			}
			if hi < 0 || hi+1 < len(toks) && (toks[hi+1].low == "of" || classNouns[toks[hi+1].low] != nil) {
				continue
			}
			s, e := toks[k].s, toks[hi].e
			if describesName(text, sents[pj], cands, bySent[pj], s) || overlapsRef(taken, pj, s, e) || overlapsName(cands, bySent[pj], s, e) {
				continue
			}
			out = append(out, reference{candidate{s: s, e: e, ti: k, tj: hi + 1, text: text[s:e],
				typ: ents[ent].typ, gaz: -1, sent: pj, ent: ent, conf: 0.6}, si})
			break // the first such description is the one named
		}
	}
	return out
}

// namingOpening reads a sentence that opens "The HEAD, NAME," or "The HEAD, known (locally)
// as NAME" ("The 7.9-hectare compound, known locally as the Baofu compound,": a measure may
// stand before the head): it returns the named entity and the head, or -1. A clause that
// "that" opens names the same way only with a naming verb ("records show that the complex,
// marketed as Golden Meridian Hub, sits on ..."), since a bare apposition inside a sentence
// as often describes something the sentence itself introduces.
func namingOpening(st sentence, cands []candidate, ents []*docEntity, ms []int) (int, string) {
	toks := st.toks
	if ent, head := namingAt(toks, 0, false, cands, ents, ms); ent >= 0 {
		return ent, head
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].low == "that" && toks[k+1].low == "the" {
			if ent, head := namingAt(toks, k+1, true, cands, ents, ms); ent >= 0 {
				return ent, head
			}
		}
	}
	return -1, ""
}

// namingAt reads "the HEAD, [known as|marketed as|called] NAME," from token k; withVerb asks
// for the naming verb.
func namingAt(toks []token, k int, withVerb bool, cands []candidate, ents []*docEntity, ms []int) (int, string) {
	h := k + 1
	if h+1 < len(toks) && measureWord(toks[h].low) {
		h++
	}
	if h+4 > len(toks) || toks[k].low != "the" || classNouns[toks[h].low] == nil || toks[h+1].text != "," {
		return -1, ""
	}
	j, verb := h+2, true
	switch {
	case (toks[j].low == "known" || toks[j].low == "marketed" || toks[j].low == "branded") && j+2 < len(toks) && toks[j+1].low == "as":
		j += 2
	case toks[j].low == "known" && j+3 < len(toks) && toks[j+2].low == "as":
		j += 3 // "known locally as"
	case toks[j].low == "called" || toks[j].low == "named":
		j++
	default:
		verb = false
	}
	if withVerb && !verb {
		return -1, ""
	}
	for _, m := range ms {
		c := cands[m]
		// "known locally as the Baofu compound": the article before the name.
		if c.ent < 0 || c.ti != j && !(verb && c.ti == j+1 && toks[j].low == "the") {
			continue
		}
		if !slices.Contains(classNouns[toks[h].low], ents[c.ent].typ) {
			return -1, ""
		}
		// The apposition closes after the name: "The compound, Jinhai Garden, is".
		if c.tj < len(toks) && toks[c.tj].text != "," {
			return -1, ""
		}
		return c.ent, toks[h].low
	}
	return -1, ""
}

// describesName reports a description set off right after a name ("Baofu Land Development
// Inc., a company whose ..."): it describes that name.
func describesName(text string, st sentence, cands []candidate, ms []int, s int) bool {
	for _, m := range ms {
		c := cands[m]
		if c.e <= s && strings.TrimSpace(text[c.e:s]) == "," {
			return true
		}
	}
	return false
}

// overlapsRef reports a reference already read over [s, e) in sentence si.
func overlapsRef(refs []reference, si, s, e int) bool {
	for _, r := range refs {
		if r.cand.sent == si && r.cand.s < e && s < r.cand.e {
			return true
		}
	}
	return false
}

// overlapsName reports a name of the sentence over [s, e).
func overlapsName(cands []candidate, ms []int, s, e int) bool {
	for _, m := range ms {
		if c := cands[m]; c.s < e && s < c.e {
			return true
		}
	}
	return false
}

// forwardQuote quotes a claim read through a description its next sentence names: the
// claim's sentence, then the naming one, each cut to fit.
func forwardQuote(text string, claim, naming sentence) string {
	return clipQuote(strings.TrimSpace(text[claim.s:claim.e]), 340) + " … " + clipQuote(strings.TrimSpace(text[naming.s:naming.e]), 250)
}
