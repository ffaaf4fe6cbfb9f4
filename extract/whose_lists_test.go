package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestWhoseLists holds the shapes of whose_lists.go and their must-not-fire cases.
func TestWhoseLists(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two directors after a registration", "The complex is managed by Golden Lotus Tourism Co., Ltd., a firm registered in Yangon whose directors include Tin Maung Oo and Zhang Hai.",
			[]rel{{"Tin Maung Oo", model.Directs, "Golden Lotus Tourism Co., Ltd.", ""}, {"Zhang Hai", model.Directs, "Golden Lotus Tourism Co., Ltd.", ""}}, nil},
		{"a kin phrase names the holder after it, a nationality the next", "The hotel is run by Silver Kapok Development Co., Ltd., a firm registered in Yangon in 2020 whose directors include Sai Hkam Mong's son-in-law, Aung Ko Ko, and a Chinese national, Guo Haiyang.",
			[]rel{{"Aung Ko Ko", model.Directs, "Silver Kapok Development Co., Ltd.", ""}, {"Guo Haiyang", model.Directs, "Silver Kapok Development Co., Ltd.", ""}},
			[]rel{{"Sai Hkam Mong", model.Directs, "Silver Kapok Development Co., Ltd.", ""}}},
		{"shareholders own", "The land belongs to Moei Jade Land Co., Ltd., whose shareholders include Pornpimol Saelim, the wife of a provincial councillor.",
			[]rel{{"Pornpimol Saelim", model.Owns, "Moei Jade Land Co., Ltd.", ""}}, nil},
		{"a copula list", "The buildings are owned by Santos Land Corporation, whose directors are Mario Santos and Elena Reyes.",
			[]rel{{"Mario Santos", model.Directs, "Santos Land Corporation", ""}, {"Elena Reyes", model.Directs, "Santos Land Corporation", ""}}, nil},
		{"directors who speak name no holder", "The site is leased by Crown Gate Ltd., whose directors said Peter Lim was never paid.",
			nil, []rel{{"Peter Lim", model.Directs, "Crown Gate Ltd.", ""}}},
		{"another firm before whose", "The funds went to Star Arrow Ltd, a client of Harbour Bank whose directors include Lim Boon Huat.",
			nil, []rel{{"Lim Boon Huat", model.Directs, "Star Arrow Ltd", ""}}},
		{"a relative told by a pronoun is not read", "Tan Ah Kow said Crown Vista Ltd., whose directors include his wife, Lee Mei Ling, paid the fee.",
			nil, []rel{{"Tan Ah Kow", model.Directs, "Crown Vista Ltd.", ""}}},
		{"a hedge lowers the grade", "The plot was sold to Lotus Vale Ltd., whose directors reportedly include Ho Man Wai.",
			nil, []rel{{"Ho Man Wai", model.Directs, "Lotus Vale Ltd.", "reported"}}},
		{"officers are not read", "The land is held by Bright Field Corp., whose officers include Ramon Cruz.",
			nil, []rel{{"Ramon Cruz", model.Directs, "Bright Field Corp.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestWhoseListsLinear: each firm's list is read once, so many firms and holders cost in
// proportion to their number.
func TestWhoseListsLinear(t *testing.T) {
	unit := "Jade Ltd., whose directors include Chen Hao and Lin Wei, met Star Ltd.; "
	build := func(n int) (string, []candidate, []*docEntity, map[int][]int) {
		text := strings.Repeat(unit, n)
		ents := []*docEntity{{name: "Jade Ltd.", typ: model.Company}, {name: "Chen Hao", typ: model.Person},
			{name: "Lin Wei", typ: model.Person}, {name: "Star Ltd.", typ: model.Company}}
		var cands []candidate
		by := map[int][]int{}
		for k := 0; k < n; k++ {
			off := k * len(unit)
			for e, name := range []string{"Jade Ltd.", "Chen Hao", "Lin Wei", "Star Ltd."} {
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
			whoseLists(text, sents, cands, ents, by, func(si, mi, mj, a, b int, pred, _ string, conf float64) { got++ })
			best = min(best, time.Since(t0))
		}
		return best, got
	}
	small, n1 := cost(50)
	large, n2 := cost(800)
	if n1 != 100 || n2 != 1600 {
		t.Fatalf("emitted %d and %d, want 100 and 1600", n1, n2)
	}
	if large > 64*small+50*time.Millisecond {
		t.Fatalf("16x the names cost %v against %v: not linear", large, small)
	}
}
