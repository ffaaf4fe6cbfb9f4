package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestPronounPairPartners holds the rule of pronoun_pair_partners.go: "he and Y are business
// partners" pairs Y with the one person "he" can mean. Two people it could mean, a negation,
// another verb after the pair, and a "his" possessor read nothing; an attribution lowers the
// grade.
func TestPronounPairPartners(t *testing.T) {
	x := newTestExtractor(t)
	kl := assoc("Kong Visal", "Leong Ka Wai")
	cases := []relCase{
		{"the sentence's only person",
			"Kong Visal still owns Visal Star Group, and he and Leong Ka Wai are business partners.",
			kl, nil},
		{"the only person of the sentence before",
			"Kong Visal runs the casino's hotel. He and Leong Ka Wai have been partners since 2019.",
			kl, nil},
		{"she, long-standing",
			"Sok Chanthou owns the land under the park, and she and Leong Ka Wai are long-standing business partners.",
			assoc("Sok Chanthou", "Leong Ka Wai"), nil},
		{"co-founders",
			"Kong Visal left the army in 2015; he and Leong Ka Wai were co-founders of a logistics firm.",
			kl, nil},
		{"reported speech before the pronoun",
			"Villagers said Kong Visal built the road. Police said he and Leong Ka Wai had been business partners since 2018.",
			kl, nil},
		// Precision.
		{"two people before the pronoun",
			"Kong Visal met Tan Boon Hock in 2019, and he and Leong Ka Wai are business partners.",
			nil, append(kl, assoc("Tan Boon Hock", "Leong Ka Wai")...)},
		{"two people in the sentence before",
			"Kong Visal and Tan Boon Hock met in 2019. He and Leong Ka Wai are business partners.",
			nil, append(kl, assoc("Tan Boon Hock", "Leong Ka Wai")...)},
		{"negation",
			"Kong Visal still owns Visal Star Group, and he and Leong Ka Wai are not business partners.",
			nil, kl},
		{"another verb after the pair",
			"Kong Visal still owns Visal Star Group, and he and Leong Ka Wai were charged with fraud.",
			nil, kl},
		{"co-accused are no partners",
			"Kong Visal was arrested in May; he and Leong Ka Wai are co-accused in the case.",
			nil, kl},
		{"a possessor, not the pronoun",
			"Kong Visal says his brother and Leong Ka Wai are business partners.",
			nil, kl},
		{"no person before",
			"The casino opened in 2019. He and Leong Ka Wai are business partners, a guard said.",
			nil, nil},
	}
	checkRelCasesEitherWay(t, x, cases)
	got, _ := analyzeText(t, x, "Kong Visal denied it. Police said he and Leong Ka Wai had been business partners since 2018.")
	for k, r := range got {
		if k[1] == model.AssociateOf && r.Grade != model.Alleged {
			t.Errorf("%v graded %s, want alleged", k, r.Grade)
		}
	}
}

// TestPronounPairPartnersLinear holds the reader to a cost linear in the names of a sentence.
func TestPronounPairPartnersLinear(t *testing.T) {
	unit := "Kong Visal owns it, and he and Leong Ka Wai are business partners; "
	build := func(n int) (string, []candidate, []*docEntity, map[int][]int) {
		text := strings.Repeat(unit, n)
		ents := []*docEntity{{name: "Kong Visal", typ: model.Person}, {name: "Leong Ka Wai", typ: model.Person}}
		var cands []candidate
		by := map[int][]int{}
		for k := 0; k < n; k++ {
			off := k * len(unit)
			for e, name := range []string{"Kong Visal", "Leong Ka Wai"} {
				i := off + strings.Index(unit, name)
				by[0] = append(by[0], len(cands))
				cands = append(cands, candidate{s: i, e: i + len(name), text: name, ent: e})
			}
		}
		return text, cands, ents, by
	}
	cost := func(n int) (time.Duration, int) {
		text, cands, ents, by := build(n)
		sents := []sentence{{s: 0, e: len(text)}}
		best, got := time.Duration(math.MaxInt64), 0
		for r := 0; r < 5; r++ {
			got = 0
			t0 := time.Now()
			pronounPairPartners(text, sents, cands, ents, by, func(si, a, b, from, s, e int) { got++ })
			best = min(best, time.Since(t0))
		}
		return best, got
	}
	small, n1 := cost(50)
	large, n2 := cost(800)
	if n1 != 1 || n2 != 1 {
		// Only the first unit has one person before its pronoun; later ones have two.
		t.Fatalf("emitted %d and %d, want 1 and 1", n1, n2)
	}
	if large > 64*small+50*time.Millisecond {
		t.Fatalf("16x the names cost %v against %v: not linear", large, small)
	}
}
