package extract

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestGuardSuppliers holds the rules of guard_suppliers.go: a body that supplies a site's
// guards, and an officer who commands the unit that guards it; recall cases and cases where
// nothing may be read.
func TestGuardSuppliers(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	cases := []relCase{
		// Recall: suppliers.
		{"a firm that supplies guards, in a which clause",
			"Ly Sovann is the sole shareholder of Mekong Guardian Services Co., Ltd., which supplies the armed guards posted at the Silver Crane Park's gates.",
			[]rel{prot("Mekong Guardian Services Co., Ltd.", "Silver Crane Park")}, nil},
		{"a body heading its clause",
			"The Karen National Army provides armed guards at the gates of Silver Crane Park.",
			[]rel{prot("Karen National Army", "Silver Crane Park")}, nil},
		{"an apposition then that",
			"Sok Dara is the director of Angkor Watch Security Co., Ltd. (Angkor Watch), a firm registered in Phnom Penh that supplies armed guards to Golden Dune Resort.",
			[]rel{prot("Angkor Watch Security Co., Ltd.", "Golden Dune Resort")}, nil},
		{"a second site coordinated",
			"The Loi Mwe People's Militia provides armed guards at the gates of Silver Crane Park and at a second site, Golden Dune Park.",
			[]rel{prot("Loi Mwe People's Militia", "Silver Crane Park"), prot("Loi Mwe People's Militia", "Golden Dune Park")}, nil},
		{"the site told by its parts, named the sentence before",
			"Silver Crane Park is a walled compound of nine towers. Three survivors told us the Democratic Karen Buddhist Army provides armed guards at its gates.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Crane Park", model.Alleged}}, nil},
		{"the site told by its kind, named before in the sentence",
			"Workers at Golden Dune Resort said Angkor Watch Security Co., Ltd., which supplies the guards at the resort, answered to the managers.",
			[]rel{prot("Angkor Watch Security Co., Ltd.", "Golden Dune Resort")}, nil},
		// Recall: commanders.
		{"a colonel who commands the battalion that guards the site",
			"Saw Eh Htoo is a colonel in the Democratic Karen Buddhist Army (DKBA), an armed group, and commands the DKBA battalion that guards the perimeter and checkpoints of Silver Crane Park.",
			[]rel{prot("Saw Eh Htoo", "Silver Crane Park"), prot("Democratic Karen Benevolent Army", "Silver Crane Park")}, nil},
		{"a major who commands the unit guarding the perimeter",
			"Saw Lah Moo is a major in the Karen National Army who commands the unit guarding the perimeter of Golden Dune Park.",
			[]rel{prot("Saw Lah Moo", "Golden Dune Park")}, nil},
		{"a ranked officer with an apposition, the unit responsible for security",
			"Colonel Saw Ba Htun, a KNA lieutenant colonel, commands the unit responsible for security at Golden Dune Park.",
			[]rel{prot("Saw Ba Htun", "Golden Dune Park")}, nil},
		// Precision.
		{"a plan to supply guards",
			"The Karen National Army plans to supply armed guards to Silver Crane Park.",
			nil, []rel{prot("Karen National Army", "Silver Crane Park")}},
		{"an offer to provide guards",
			"Angkor Watch Security Co., Ltd. offered to provide armed guards for Golden Dune Resort, but the owners declined.",
			nil, []rel{prot("Angkor Watch Security Co., Ltd.", "Golden Dune Resort")}},
		{"a negation",
			"Angkor Watch Security Co., Ltd. did not supply guards to Golden Dune Resort.",
			nil, []rel{prot("Angkor Watch Security Co., Ltd.", "Golden Dune Resort")}},
		{"another body's clause between",
			"The Karen National Army said Angkor Watch Security Co., Ltd. provides armed guards at the gates of Silver Crane Park.",
			[]rel{prot("Angkor Watch Security Co., Ltd.", "Silver Crane Park")}, []rel{prot("Karen National Army", "Silver Crane Park")}},
		{"guards supplied for a raid",
			"The army provided troops for the raid on Silver Crane Park, where 400 workers were rescued.",
			nil, []rel{prot("army", "Silver Crane Park")}},
		{"supplies other than guards",
			"Mekong Trading Co., Ltd. supplies food and diesel to Silver Crane Park.",
			nil, []rel{prot("Mekong Trading Co., Ltd.", "Silver Crane Park")}},
		{"guards at a firm's office, not the site",
			"Angkor Watch Security Co., Ltd. supplies armed guards to Golden Dune Holdings Co., Ltd., the owner of Golden Dune Resort.",
			nil, []rel{prot("Angkor Watch Security Co., Ltd.", "Golden Dune Resort")}},
		{"two sites in the sentence before, a bare part",
			"Workers moved between Silver Crane Park and Golden Dune Park. The Karen National Army provides armed guards at its gates.",
			nil, []rel{prot("Karen National Army", "Silver Crane Park"), prot("Karen National Army", "Golden Dune Park")}},
		{"a relative who commands the unit",
			"Saw Eh Htoo, whose nephew commands the unit that guards the perimeter of Silver Crane Park, denied any link to the compound.",
			nil, []rel{prot("Saw Eh Htoo", "Silver Crane Park")}},
		{"a speaker who says another commands the unit",
			"Saw Eh Htoo said the colonel commands the unit that guards the perimeter of Silver Crane Park.",
			nil, []rel{prot("Saw Eh Htoo", "Silver Crane Park")}},
		{"a commander of a unit that guards a road, not the site",
			"Saw Lah Moo commands the battalion that guards the road to Golden Dune Park.",
			nil, []rel{prot("Saw Lah Moo", "Golden Dune Park")}},
		{"a commander of the unit that raided the site",
			"Saw Lah Moo commands the unit that raided Golden Dune Park in March.",
			nil, []rel{prot("Saw Lah Moo", "Golden Dune Park")}},
		{"men guarding the site during a raid",
			"Saw Lah Moo commands the unit guarding the perimeter of Golden Dune Park during the raid, in which 300 workers were rescued.",
			nil, []rel{prot("Saw Lah Moo", "Golden Dune Park")}},
	}
	checkRelCases(t, x, cases)
}

// TestGuardSuppliersLinear: a sentence listing many bodies that supply guards and officers
// who command units costs in proportion to its length.
func TestGuardSuppliersLinear(t *testing.T) {
	x := newTestExtractor(t)
	text := func(n int) string {
		var b strings.Builder
		b.WriteString("Silver Crane Park is a walled compound. Its guards came from ")
		for k := 0; k < n; k++ {
			fmt.Fprintf(&b, "Guardian %s Security Co., Ltd., which supplies armed guards to the park, Colonel Saw %s, who commands the unit guarding its gates, ", spellOut(k), spellOut(k))
		}
		b.WriteString("and others.")
		return b.String()
	}
	cost := func(n int) time.Duration {
		best := time.Duration(math.MaxInt64)
		for r := 0; r < 2; r++ {
			runtime.GC()
			d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: text(n)}
			t0 := time.Now()
			x.Analyze(&d)
			best = min(best, time.Since(t0))
		}
		return best
	}
	small, large := cost(50), cost(200)
	t.Logf("%v %v %.1fx", small, large, float64(large)/float64(small))
	// Four times the text: linear work about 4x, a scan of the sentence per name 16x.
	if large > 10*small {
		t.Errorf("a sentence four times longer took %v after %v (%.1fx): not linear", large, small, float64(large)/float64(small))
	}
}

// spellOut names k with capitalised letters, so that each name in a list is its own.
func spellOut(k int) string {
	const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	s := string(letters[k%26]) + "a"
	for k /= 26; k > 0; k /= 26 {
		s += string(rune('a' + k%26))
	}
	return s
}
