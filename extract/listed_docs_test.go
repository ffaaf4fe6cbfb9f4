package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestListedDocs holds the shapes of listed_docs.go and their must-not-fire cases.
func TestListedDocs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"its own relative clause lists a national as its president", "The property is leased by Lucky Star Solutions Inc., which registered as an outsourcing firm in 2024 and lists a Chinese national, Zhang Wenbo, as its president.",
			[]rel{{"Zhang Wenbo", model.Directs, "Lucky Star Solutions Inc.", ""}}, nil},
		{"whose registration lists", "Golden Lion Tower is run by Wanfu Long Trading Co., Ltd., a firm whose Myanmar registration lists Chinese national Chen Guoliang as managing director.",
			[]rel{{"Chen Guoliang", model.Directs, "Wanfu Long Trading Co., Ltd.", ""}}, nil},
		{"whose website lists", "Huaxing Dragon Holdings, whose Chinese-language website lists Xu Jianhua as chairman, did not reply.",
			[]rel{{"Xu Jianhua", model.Directs, "Huaxing Dragon Holdings", ""}}, nil},
		{"a former post", "Jade Crest Ltd's annual report lists Ho Kam Wing as former chairman.",
			nil, []rel{{"Ho Kam Wing", model.Directs, "Jade Crest Ltd", ""}}},
		{"a post in another firm", "Pearl Harbour Ltd's filings list Ong Siew Lan as a director of Blue Gate Ltd.",
			nil, []rel{{"Ong Siew Lan", model.Directs, "Pearl Harbour Ltd", ""}}},
		{"a possessed name names the kin", "Lotus Bay Ltd's website lists Lee Siu Ming's son, Lee Ka Ho, as director.",
			nil, []rel{{"Lee Siu Ming", model.Directs, "Lotus Bay Ltd", ""}}},
		{"a relative clause without its", "Star Vale Ltd., which registered in 2021 and lists Chan Tai Man as chairman of the chamber, denied wrongdoing.",
			nil, []rel{{"Chan Tai Man", model.Directs, "Star Vale Ltd.", ""}}},
		{"an attributed clause is not the writer's", "Crown Ridge Ltd., which the ministry said was closed and lists Lau Wing Kei as its president, did not reply.",
			[]rel{{"Lau Wing Kei", model.Directs, "Crown Ridge Ltd.", "alleged"}}, nil},
	}
	checkRelCases(t, x, cases)
}

// TestListedDocsLinear: each firm looks at the next names only, so many firms cost in
// proportion to their number.
func TestListedDocsLinear(t *testing.T) {
	unit := "Jade Ltd.'s annual report lists Chen Hao as chairman; "
	build := func(n int) (string, []candidate, []*docEntity, map[int][]int) {
		text := strings.Repeat(unit, n)
		ents := []*docEntity{{name: "Jade Ltd.", typ: model.Company}, {name: "Chen Hao", typ: model.Person}}
		var cands []candidate
		by := map[int][]int{}
		for k := 0; k < n; k++ {
			off := k * len(unit)
			for e, name := range []string{"Jade Ltd.", "Chen Hao"} {
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
			listedDocs(text, sents, cands, ents, by, func(si, mi, mj, a, b int, pred string, conf float64) { got++ })
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
