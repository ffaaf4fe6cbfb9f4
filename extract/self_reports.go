package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A tie a person states of themself in reported speech: "X told the committee that he had
// been retained by Y", "X said she was an employee of Y", "X testified that he worked for Y".
// The pronoun right after the verb of saying stands for the speaker; the words after it are
// read as if they followed the speaker's name. Nothing is read when another person is named
// before the pronoun in its sentence (then "he" may be that person). The grade still comes
// from the sentence (a claim, a denial). Recall and precision cases in self_reports_test.go.

// reSaidThatHe is the gap of "X told the committee that he ", "X, 44, said she ".
var reSaidThatHe = regexp.MustCompile(`^\s*(?:,\s*\d{1,3}\s*,\s*)?(?:(?:told|tells)\s+[^;.]{1,120}?\s+|(?:said|says|claimed|claims|insisted|insists|admitted|admits|testified|testifies|stated|states|maintained|maintains|explained|explains)\s+)(?:that\s+)?(?:he|she)\s+`)

// selfReportPair reads the shape above between mentions ms[p] (the speaker) and ms[q].
func (x *Extractor) selfReportPair(text string, st sentence, tags []string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add, addAppos func(a, b int, pred string, conf float64), setRole func(string)) {
	ia, ib := ms[p], ms[q]
	ca, cb := cands[ia], cands[ib]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 || ents[ca.ent].typ != model.Person || pronounRef(ca) {
		return
	}
	for k := 0; k < q; k++ {
		if c := cands[ms[k]]; k != p && c.ent >= 0 && c.ent != ca.ent && ents[c.ent].typ == model.Person {
			// "X told Y that he": the pronoun may be Y; "Chen Hao's wife Mei Ling said he":
			// it may be the person named before the speaker.
			return
		}
	}
	loc := reSaidThatHe.FindStringIndex(strings.ToLower(text[ca.e:cb.s]))
	if loc == nil {
		return
	}
	// Read on from the pronoun as if the speaker's name ended there; the names the speaker
	// told ("told the Senate committee that") stand before it and are left out.
	at := ca.e + loc[1] - 1
	for k := p + 1; k < q; k++ {
		if cands[ms[k]].s < at && cands[ms[k]].e > at || cands[ms[k]].s >= at && cands[ms[k]].ent != ca.ent {
			return
		}
	}
	ms, p, q = []int{ia, ib}, 0, 1
	defer func() { cands[ia] = ca }()
	cands[ia].e = at
	fired := false
	mark := func(f func(a, b int, pred string, conf float64)) func(a, b int, pred string, conf float64) {
		return func(a, b int, pred string, conf float64) { fired = true; f(a, b, pred, conf) }
	}
	x.pair(text, cands, ents, ms, p, q, mark(add), mark(addAppos), setRole)
	if !fired {
		x.tiePair(text, st, tags, cands, ents, ms, p, q, add, addAppos, setRole)
	}
}
