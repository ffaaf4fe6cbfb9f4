package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestSitedProtection holds the shapes of sited_protection.go: a site that heads its clause,
// placed in territory a body holds or given a second verb phrase of protection, is shielded by
// that body; another name between, a relative, a contrast, a negation or a past that ended
// gives nothing.
func TestSitedProtection(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a place apposed: in territory held by",
			"Golden Jade Park sits near the village of Min Let Pan, in territory held by the United Wa State Army.",
			[]rel{{"United Wa State Army", model.Protects, "Golden Jade Park", model.Reported}}, nil},
		{"in territory controlled by, no comma",
			"Golden Jade Park lies in territory controlled by the United Wa State Army.",
			[]rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}, nil},
		{"the name as a modifier, in an area under the control of",
			"The Golden Jade Park compound stands beside the highway, in an area under the control of the Democratic Karen Buddhist Army.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Golden Jade Park", ""}}, nil},
		{"a second verb phrase: has operated under the protection of",
			"Golden Jade Park sits on the Moei River north of Myawaddy and has operated under the protection of the Karen National Army (KNA), which OFAC designated in May 2024.",
			[]rel{{"Karen National Army", model.Protects, "Golden Jade Park", ""}}, nil},
		{"a second verb phrase: is guarded by soldiers of",
			"Golden Jade Park sits on the Moei River and is guarded by soldiers of the Democratic Karen Buddhist Army.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Golden Jade Park", ""}}, nil},
		{"a hedge lowers the grade",
			"Golden Jade Park reportedly lies in territory held by the United Wa State Army.",
			[]rel{{"United Wa State Army", model.Protects, "Golden Jade Park", model.Alleged}}, nil},
		{"attributed to police",
			"Police said Golden Jade Park sits in territory held by the United Wa State Army.",
			[]rel{{"United Wa State Army", model.Protects, "Golden Jade Park", model.Alleged}}, nil},
		// Must not fire.
		{"another site between: the nearer one is placed",
			"Golden Jade Park sits near Shwe Kokko Park, in territory held by the United Wa State Army.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"across from the territory, not in it",
			"Golden Jade Park sits across the river from territory held by the United Wa State Army.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"a past that ended: once held",
			"Golden Jade Park sits in territory once held by the United Wa State Army.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"a relative: held until a year",
			"Golden Jade Park sits in territory that was held by the United Wa State Army until 2021.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"a contrast: another subject after but",
			"Golden Jade Park sits near Myawaddy, but the town is in territory held by the United Wa State Army.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"a negation of the second verb phrase",
			"Golden Jade Park sits on the river and has not operated under the protection of the United Wa State Army.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"neither nor",
			"Golden Jade Park sits in territory held by neither the United Wa State Army nor the junta.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"the site not heading its clause",
			"Workers said Golden Jade Park was a prison; the town sits in territory held by the United Wa State Army.",
			nil, []rel{{"United Wa State Army", model.Protects, "Golden Jade Park", ""}}},
		{"the site the object of a raid: the raider is no shield",
			"Golden Jade Park was raided by the Myanmar Police Force, in territory held by the United Wa State Army.",
			nil, []rel{{"Myanmar Police Force", model.Protects, "Golden Jade Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestSitedProtectionLinear: each site is read against the names of a bounded gap after it,
// so a sentence of sixteen times as many names costs about sixteen times as much.
func TestSitedProtectionLinear(t *testing.T) {
	unit := "Jade Park sits near Myawaddy, in territory held by the Wa Army and "
	build := func(n int) (string, []candidate, []*docEntity, map[int][]int) {
		text := strings.Repeat(unit, n)
		ents := []*docEntity{{name: "Jade Park", typ: model.Compound}, {name: "Myawaddy", typ: model.Location}, {name: "Wa Army", typ: model.Organization}}
		var cands []candidate
		by := map[int][]int{}
		for k := 0; k < n; k++ {
			off := k * len(unit)
			for e, name := range []string{"Jade Park", "Myawaddy", "Wa Army"} {
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
			sitedProtection(text, sents, cands, ents, by, func(si, a, b, s, e int) { got++ })
			best = min(best, time.Since(t0))
		}
		return best, got
	}
	small, n1 := cost(50)
	large, n2 := cost(800)
	if n1 != 1 || n2 != 1 {
		t.Fatalf("emitted %d and %d, want 1 and 1 (only the site at the sentence's start)", n1, n2)
	}
	if large > small*64 {
		t.Errorf("800 units took %v, 50 took %v: more than linear", large, small)
	}
}
