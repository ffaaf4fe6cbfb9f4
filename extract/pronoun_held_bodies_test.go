package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPronounHeldBodies holds bodies described after their name as what a pronoun's person
// owns or heads (pronoun_held_bodies.go), and the cases where the pronoun is left open, a verb
// is of no holding, or the holding is denied.
func TestPronounHeldBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a company that she owns and directs", "Mei Ling Tan, a Malaysian national, moved funds through Golden Fortune Co., Ltd., a Labuan-registered company that she owns and directs.",
			[]rel{{"Mei Ling Tan", model.Owns, "Golden Fortune Co., Ltd.", ""}, {"Mei Ling Tan", model.Directs, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"the conglomerate he founded", "The council on Monday sanctioned the businessman Chen Meng and Hengda Group, the conglomerate he founded in 2009.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"a firm he still runs", "Prosecutors say Chen Meng paid the guards through Mekong Star Holdings Ltd., a Hong Kong firm he still runs.",
			[]rel{{"Chen Meng", model.Directs, "Mekong Star Holdings Ltd.", ""}}, nil},
		{"the subject whose name tells the pronoun's gender", "Nurul Huda binti Rahman laundered funds for Tang Wei through Yongfeng Payment Co., Ltd., a company that she owns and directs.",
			[]rel{{"Nurul Huda binti Rahman", model.Directs, "Yongfeng Payment Co., Ltd.", ""}}, []rel{{"Tang Wei", model.Directs, "Yongfeng Payment Co., Ltd.", ""}}},
		{"a short form in brackets and majority-owns", "Heng Dara transferred the site to Crown Bay Investment Co., Ltd. (Crown Bay), a company he chairs and majority-owns.",
			[]rel{{"Heng Dara", model.Directs, "Crown Bay Investment Co., Ltd.", ""}, {"Heng Dara", model.Owns, "Crown Bay Investment Co., Ltd.", ""}}, nil},
		{"a bare relative", "Lim Srey spoke at the opening of Hengda Group Co., Ltd., which she chairs.",
			[]rel{{"Lim Srey", model.Directs, "Hengda Group Co., Ltd.", ""}}, nil},
		{"the subject's gender disagrees", "Ahmad bin Yusof paid Lim Srey through Hengda Group Co., Ltd., a firm she owns.",
			nil, []rel{{"Ahmad bin Yusof", model.Owns, "Hengda Group Co., Ltd.", ""}}},
		{"a bare relative of no holding", "Chen Meng criticised Hengda Group Co., Ltd., which he visited in 2019.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group Co., Ltd.", ""}}},
		{"two people leave the pronoun open", "Chen Meng met Lim Srey at Hengda Group, a firm she owns.",
			nil, []rel{{"Chen Meng", model.Owns, "Hengda Group", ""}, {"Lim Srey", model.Owns, "Hengda Group", ""}}},
		{"a verb of no holding", "Chen Meng sued Hengda Group, a company she once criticised and owns.",
			nil, []rel{{"Chen Meng", model.Owns, "Hengda Group", ""}}},
		{"a holding denied", "Chen Meng sued Hengda Group, a company he says he never owned.",
			nil, []rel{{"Chen Meng", model.Owns, "Hengda Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
