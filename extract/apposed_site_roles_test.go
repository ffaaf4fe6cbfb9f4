package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposedSiteRoles holds the shapes of apposed_site_roles.go: each post of a coordinated
// apposition toward a site, and a described runner whose relative clause runs a site named by
// "known as" or "called". A possessed site, a site beside another place, a service verb, a
// pair of posts that hold nothing and another name between the two ends give nothing.
func TestApposedSiteRoles(t *testing.T) {
	x := newTestExtractor(t)
	o, w := model.Operates, model.Owns
	checkRelCases(t, x, []relCase{
		{"lessee and operator", "The accounts belong to Xinyue Outsourcing Corp., the registered lessee and operator of the six-building Mactan Bayview Hub, and to eleven individuals.",
			[]rel{{"Xinyue Outsourcing Corp.", o, "Mactan Bayview Hub", ""}}, nil},
		{"owner and operator, a firm", "Regulators fined Golden Sun Leisure Co., Ltd., the owner and operator of Golden Sun Resort, last year.",
			[]rel{{"Golden Sun Leisure Co., Ltd.", w, "Golden Sun Resort", ""}, {"Golden Sun Leisure Co., Ltd.", o, "Golden Sun Resort", ""}}, nil},
		{"owner and operator, a person", "Chen Hao, the owner and operator of Jade Park, declined to comment.",
			[]rel{{"Chen Hao", w, "Jade Park", ""}, {"Chen Hao", o, "Jade Park", ""}}, nil},
		{"hedged posts", "Golden Sun Leisure Co., Ltd., the alleged owner and operator of Golden Sun Resort, denied the claims.",
			[]rel{{"Golden Sun Leisure Co., Ltd.", o, "Golden Sun Resort", "alleged"}}, nil},
		{"runner of a site called", "Police named Xingyao Technology Co., Ltd., a company that runs a walled compound called Jinxing Park.",
			[]rel{{"Xingyao Technology Co., Ltd.", o, "Jinxing Park", ""}}, nil},
		{"a person who runs a site known as", "Lin Wei, a Chinese businessman who runs a casino known as Golden Dragon Casino, was arrested.",
			[]rel{{"Lin Wei", o, "Golden Dragon Casino", ""}}, nil},
		{"hedged runner", "Police said Xingyao Technology Co., Ltd., a company that reportedly runs a compound known as Jinxing Park, had left.",
			[]rel{{"Xingyao Technology Co., Ltd.", o, "Jinxing Park", "alleged"}}, nil},
		// must not fire
		{"a possessed site", "Golden Sun Leisure Co., Ltd., the owner and operator of Golden Sun Resort's casino floor, declined to comment.",
			nil, []rel{{"Golden Sun Leisure Co., Ltd.", w, "Golden Sun Resort", ""}, {"Golden Sun Leisure Co., Ltd.", o, "Golden Sun Resort", ""}}},
		{"kin of the owner", "Sok Dara, the wife and business partner of the owner of Golden Sun Resort, declined to comment.",
			nil, []rel{{"Sok Dara", w, "Golden Sun Resort", ""}, {"Sok Dara", o, "Golden Sun Resort", ""}}},
		{"a place beside the site", "Golden Sun Leisure Co., Ltd., the owner and operator of the hotel next to Golden Sun Resort, declined to comment.",
			nil, []rel{{"Golden Sun Leisure Co., Ltd.", w, "Golden Sun Resort", ""}, {"Golden Sun Leisure Co., Ltd.", o, "Golden Sun Resort", ""}}},
		{"lease posts only", "Xinyue Outsourcing Corp., the lessee and tenant of Mactan Bayview Hub, paid rent.",
			nil, []rel{{"Xinyue Outsourcing Corp.", o, "Mactan Bayview Hub", ""}, {"Xinyue Outsourcing Corp.", w, "Mactan Bayview Hub", ""}}},
		{"a service to the site", "Xingyao Technology Co., Ltd., a company that supplies a compound known as Jinxing Park, was named.",
			nil, []rel{{"Xingyao Technology Co., Ltd.", o, "Jinxing Park", ""}}},
		{"a shuttle to the site", "Police named Xingyao Technology Co., Ltd., a company that ran a shuttle to a compound known as Jinxing Park.",
			nil, []rel{{"Xingyao Technology Co., Ltd.", o, "Jinxing Park", ""}}},
		{"another name between", "Chen Hao, who met Lin Wei, the owner and operator of Jade Park, declined to comment.",
			[]rel{{"Lin Wei", w, "Jade Park", ""}}, []rel{{"Chen Hao", w, "Jade Park", ""}}},
		{"a former post", "Golden Reed Holdings Co., Ltd., the former owner and operator of Red Lotus Park, was fined.",
			nil, []rel{{"Golden Reed Holdings Co., Ltd.", o, "Red Lotus Park", ""}}},
		{"a reputed post", "Chen Wei, the reputed owner and manager of Red Lotus Park, was arrested.",
			nil, []rel{{"Chen Wei", o, "Red Lotus Park", ""}}},
		{"a site run once", "Golden Reed Holdings Co., Ltd., a company that once operated a walled compound known as Red Lotus Park, was fined.",
			nil, []rel{{"Golden Reed Holdings Co., Ltd.", o, "Red Lotus Park", ""}}},
		{"a denial", "Chen Hao denied being the owner and operator of Jade Park.",
			nil, []rel{{"Chen Hao", w, "Jade Park", "reported"}, {"Chen Hao", o, "Jade Park", "reported"}}},
	})
}

// TestApposedSiteRolesLinear: each name is read against the next one only, so a sentence of
// sixteen times as many names costs about sixteen times as much, not 256 times.
func TestApposedSiteRolesLinear(t *testing.T) {
	unit := "Chen Hao, the owner and operator of Jade Park, met Lin Wei, a businessman who runs a casino known as Golden Dragon Casino; "
	build := func(n int) (string, []candidate, []*docEntity, map[int][]int) {
		text := strings.Repeat(unit, n)
		ents := []*docEntity{{name: "Chen Hao", typ: model.Person}, {name: "Jade Park", typ: model.Compound},
			{name: "Lin Wei", typ: model.Person}, {name: "Golden Dragon Casino", typ: model.Compound}}
		var cands []candidate
		by := map[int][]int{}
		for k := 0; k < n; k++ {
			off := k * len(unit)
			for e, name := range []string{"Chen Hao", "Jade Park", "Lin Wei", "Golden Dragon Casino"} {
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
			apposedSiteRoles(text, sents, cands, ents, by, func(si, mi, mj, a, b int, pred string, conf float64) { got++ })
			best = min(best, time.Since(t0))
		}
		return best, got
	}
	small, n1 := cost(50)
	large, n2 := cost(800)
	if n1 != 150 || n2 != 2400 {
		t.Fatalf("emitted %d and %d, want 150 and 2400", n1, n2)
	}
	if large > 64*small+50*time.Millisecond {
		t.Fatalf("16x the names cost %v against %v: not linear", large, small)
	}
}
