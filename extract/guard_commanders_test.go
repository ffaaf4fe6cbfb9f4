package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestGuardCommanders holds the rule of guard_commanders.go: the officer under whose command
// men guard the one site of the sentence; recall cases and cases where nothing may be read.
func TestGuardCommanders(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	cases := []relCase{
		{"a site guarded by soldiers under a colonel's command",
			"The defendant knew that Silver Crane Park was guarded by soldiers under the command of Colonel Sok Dara of the Royal Cambodian Armed Forces.",
			[]rel{prot("Sok Dara", "Silver Crane Park")}, nil},
		{"security provided by a unit's soldiers under a named commander",
			"Armed security at Silver Crane Park was provided by soldiers of an army brigade under the command of General Sok Dara, the court found.",
			[]rel{prot("Sok Dara", "Silver Crane Park")}, nil},
		// Precision.
		{"men under a commander who raided the site",
			"Silver Crane Park was stormed on Monday and its managers were arrested by soldiers under the command of Colonel Sok Dara.",
			nil, []rel{prot("Sok Dara", "Silver Crane Park")}},
		{"two sites in the sentence",
			"Workers moved from Silver Crane Park to Golden Dune Park, which was guarded by soldiers under the command of Colonel Sok Dara.",
			nil, []rel{prot("Sok Dara", "Silver Crane Park")}},
		{"a command with no guarding",
			"Silver Crane Park sits near a base of soldiers under the command of Colonel Sok Dara.",
			nil, []rel{prot("Sok Dara", "Silver Crane Park")}},
		// An officer who commands the unit that guards a site (commandedGuards).
		{"a post, then who commands the unit guarding a site's perimeter",
			"Silver Crane Park opened in 2021. Saw Lay Htoo is a major in the Salween Frontier Militia who commands the unit guarding the perimeter of Silver Crane Park.",
			[]rel{prot("Saw Lay Htoo", "Silver Crane Park")}, nil},
		{"a post set off by commas, then and commands the battalion that guards",
			"Silver Crane Park opened in 2021. Saw Lay Htoo is a colonel in the Salween Frontier Militia (SFM), an armed group, and commands the SFM battalion that guards the gates and checkpoints of Silver Crane Park.",
			[]rel{prot("Saw Lay Htoo", "Silver Crane Park")}, nil},
		{"a relative clause: who commands the battalion that guards",
			"Silver Crane Park opened in 2021. Colonel Saw Lay Htoo, who commands the battalion that guards Silver Crane Park, declined to comment.",
			[]rel{prot("Saw Lay Htoo", "Silver Crane Park")}, nil},
		{"leads the company that mans the checkpoints around a site",
			"Silver Crane Park opened in 2021. Major Aung Thura leads the militia company that mans the checkpoints around Silver Crane Park.",
			[]rel{prot("Aung Thura", "Silver Crane Park")}, nil},
		// Precision.
		{"a relative of the commander",
			"Silver Crane Park opened in 2021. Saw Lay Htoo is the brother of the colonel who commands the battalion that guards Silver Crane Park.",
			nil, []rel{prot("Saw Lay Htoo", "Silver Crane Park")}},
		{"a wife whose husband commands",
			"Silver Crane Park opened in 2021. Naw Htoo Paw, whose husband commands the battalion that guards Silver Crane Park, owns the land.",
			nil, []rel{prot("Naw Htoo Paw", "Silver Crane Park")}},
		{"another person between: the one met is the commander",
			"Silver Crane Park opened in 2021. Saw Lay Htoo met Colonel Min Thant, who commands the battalion that guards Silver Crane Park.",
			[]rel{prot("Min Thant", "Silver Crane Park")}, []rel{prot("Saw Lay Htoo", "Silver Crane Park")}},
		{"a denial",
			"Silver Crane Park opened in 2021. Saw Lay Htoo denied that he commands the battalion that guards Silver Crane Park.",
			nil, []rel{prot("Saw Lay Htoo", "Silver Crane Park")}},
		{"a post no longer held",
			"Silver Crane Park opened in 2021. Saw Lay Htoo, who no longer commands the battalion that guards Silver Crane Park, lives in Yangon.",
			nil, []rel{prot("Saw Lay Htoo", "Silver Crane Park")}},
		{"a unit that attacked the site",
			"Silver Crane Park opened in 2021. Saw Lay Htoo commands the battalion that attacked Silver Crane Park in March.",
			nil, []rel{prot("Saw Lay Htoo", "Silver Crane Park")}},
		{"a unit in a raid",
			"Silver Crane Park opened in 2021. Saw Lay Htoo, who commands the battalion that guards the border, raided Silver Crane Park in March.",
			nil, []rel{prot("Saw Lay Htoo", "Silver Crane Park")}},
	}
	checkRelCases(t, x, cases)
}

// TestCommandedGuardsLinear: each person is read against the mentions within the clause's
// reach only (260 characters), so a sentence of many names costs time linear in its length.
func TestCommandedGuardsLinear(t *testing.T) {
	unit := "Colonel Min Thant, who commands the battalion that guards Silver Crane Park, met officers from Myawaddy, Mae Sot and Hpa-an; "
	build := func(n int) (string, []candidate, []*docEntity, []int) {
		text := strings.Repeat(unit, n)
		ents := []*docEntity{{name: "Min Thant", typ: model.Person}, {name: "Silver Crane Park", typ: model.Compound},
			{name: "Myawaddy", typ: model.Location}, {name: "Mae Sot", typ: model.Location}, {name: "Hpa-an", typ: model.Location}}
		var cands []candidate
		var ms []int
		for k := 0; k < n; k++ {
			off := k * len(unit)
			for e, name := range []string{"Min Thant", "Silver Crane Park", "Myawaddy", "Mae Sot", "Hpa-an"} {
				i := off + strings.Index(unit, name)
				ms = append(ms, len(cands))
				cands = append(cands, candidate{s: i, e: i + len(name), text: name, ent: e})
			}
		}
		return text, cands, ents, ms
	}
	cost := func(n int) (time.Duration, int) {
		text, cands, ents, ms := build(n)
		st := sentence{s: 0, e: len(text)}
		isSite := siteMention(ents)
		best, got := time.Duration(math.MaxInt64), 0
		for r := 0; r < 5; r++ {
			got = 0
			t0 := time.Now()
			commandedGuards(text, st, cands, ents, ms, isSite, func(a, b, s, e int) { got++ })
			best = min(best, time.Since(t0))
		}
		return best, got
	}
	small, n1 := cost(50)
	large, n2 := cost(800)
	if n1 != 50 || n2 != 800 {
		t.Fatalf("emitted %d and %d, want 50 and 800", n1, n2)
	}
	if large > 64*small+50*time.Millisecond {
		t.Fatalf("16x the names cost %v against %v: not linear", large, small)
	}
}
