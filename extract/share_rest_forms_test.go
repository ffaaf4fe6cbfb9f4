package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShareRestForms: more shapes of the rest of a firm's shares told in the next sentence —
// "the other half", a share spelled in words before it, "belonged until recently to", a
// holder described by a nationality or a lower-case possessive, and the firm of a passive
// share when two firms are named — with the cases where the rest must stay open.
func TestShareRestForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the other half after half of its shares",
			"The accused was the sole director of Corvel Trading Pte. Ltd., a firm incorporated in Singapore, and held half of its shares. The other half was held by the accused's cousin, Tan Boon Hock, a trader.",
			[]rel{{"Tan Boon Hock", model.Owns, "Corvel Trading Pte. Ltd.", ""}}, nil},
		{"a share spelled in words opens the sentence before",
			"Sixty percent of Hillmark Resorts Co., Ltd. is owned by the businessman Sai Noom. The remaining 40 percent sits with Ridgeway Capital Co., Ltd., an investment firm.",
			[]rel{{"Ridgeway Capital Co., Ltd.", model.Owns, "Hillmark Resorts Co., Ltd.", ""}}, nil},
		{"belonged until recently to",
			"Officials said Tamrin Holdings Ltd. holds 75 percent of Orchid Quay Development Co., Ltd. The remaining 25 percent belonged until recently to Seabright Ventures Ltd., a Hong Kong firm.",
			[]rel{{"Seabright Ventures Ltd.", model.Owns, "Orchid Quay Development Co., Ltd.", ""}}, nil},
		{"a holder with a nationality before the name",
			"Sok Pisey holds 40 percent of Bayline Star Realty Corp. The remaining 60 percent belongs to Chinese national Wu Jianping, the filings show.",
			[]rel{{"Wu Jianping", model.Owns, "Bayline Star Realty Corp.", ""}}, nil},
		{"the firm of a passive share of two firms named",
			"The plot is held by Lotus Reach Co., Ltd., a company that is in turn 80 percent owned by Granite Peak Holdings. The remaining 20 percent belonged until recently to Northwind Capital Ltd.",
			[]rel{{"Northwind Capital Ltd.", model.Owns, "Lotus Reach Co., Ltd.", ""}},
			[]rel{{"Northwind Capital Ltd.", model.Owns, "Granite Peak Holdings", ""}}},
		{"two firms and no share of either: the other half stays open",
			"Corvel Trading Pte. Ltd. and Ridgeway Capital Co., Ltd. signed a lease on the plot. The other half was held by the accused's cousin, Tan Boon Hock.",
			nil,
			[]rel{{"Tan Boon Hock", model.Owns, "Corvel Trading Pte. Ltd.", ""}, {"Tan Boon Hock", model.Owns, "Ridgeway Capital Co., Ltd.", ""}}},
		{"half of a day is no share",
			"Corvel Trading Pte. Ltd. runs a depot in Johor. The other half of the day was spent with Tan Boon Hock.",
			nil, []rel{{"Tan Boon Hock", model.Owns, "Corvel Trading Pte. Ltd.", ""}}},
		{"a possessor that is a firm is not the holder",
			"Sok Pisey holds 40 percent of Bayline Star Realty Corp. The remaining 60 percent belongs to Ridgeway Capital's founder, Wu Jianping.",
			[]rel{{"Wu Jianping", model.Owns, "Bayline Star Realty Corp.", ""}},
			[]rel{{"Ridgeway Capital", model.Owns, "Bayline Star Realty Corp.", ""}}},
		{"the bare rest after a share of the firm",
			"Chang Wen-hao holds 49 percent of Mekong Reach Ferry Co., Ltd., while Pimporn Saetang holds the rest.",
			[]rel{{"Pimporn Saetang", model.Owns, "Mekong Reach Ferry Co., Ltd.", ""}}, nil},
		{"the bare remainder owned by a holder after 'with'",
			"Granite Peak Holdings holds an 80 percent stake in Lotus Reach Co., Ltd., with Wu Jianping owning the remainder.",
			[]rel{{"Wu Jianping", model.Owns, "Lotus Reach Co., Ltd.", ""}}, nil},
		{"a holder of the remaining share in a relative clause",
			"Sok Pisey and Meng Dara together hold 51 percent of the shares of Bayline Star Realty Corp. Investigators also named Wu Jianping, who holds the remaining 49 percent.",
			[]rel{{"Wu Jianping", model.Owns, "Bayline Star Realty Corp.", ""}}, nil},
		{"a bare remainder after a stake in 'it': the firm named holds the stake, it is not divided",
			"The zone is run by Granite Peak Holdings, which holds an 80 percent stake in it, with Wu Jianping owning the remainder.",
			nil, []rel{{"Wu Jianping", model.Owns, "Granite Peak Holdings", ""}}},
		{"the rest of what is no share",
			"Granite Peak Holdings holds 80 percent of Lotus Reach Co., Ltd. Police freed 40 workers and Wu Jianping released the rest.",
			nil, []rel{{"Wu Jianping", model.Owns, "Lotus Reach Co., Ltd.", ""}}},
		{"the rest of a count in the next sentence",
			"Chen Weiming holds 60 percent of Lotus Reach Co., Ltd. Police detained 40 of his guards, while Wu Jianping held the rest.",
			nil, []rel{{"Wu Jianping", model.Owns, "Lotus Reach Co., Ltd.", ""}}},
		{"the rest of a count after a share in the same sentence",
			"Chen Weiming holds 60 percent of Lotus Reach Co., Ltd.; police detained 40 of his guards, while Wu Jianping held the rest.",
			nil, []rel{{"Wu Jianping", model.Owns, "Lotus Reach Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRestHolderGap: the words a holder's description may put before its name.
func TestRestHolderGap(t *testing.T) {
	for gap, want := range map[string]bool{
		"":                             true,
		"Chinese national ":            true,
		"the accused's uncle, ":        true,
		"Thai businessman ":            true,
		"Golden Sun, a firm owned by ": false,
		"Pacific Star Holdings and ":   false,
	} {
		if got := restHolderGap(gap); got != want {
			t.Errorf("restHolderGap(%q) = %v, want %v", gap, got, want)
		}
	}
}
