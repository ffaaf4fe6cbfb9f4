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
		{"two people leave the pronoun open", "Chen Meng met Lim Srey at Hengda Group, a firm she owns.",
			nil, []rel{{"Chen Meng", model.Owns, "Hengda Group", ""}, {"Lim Srey", model.Owns, "Hengda Group", ""}}},
		{"a verb of no holding", "Chen Meng sued Hengda Group, a company she once criticised and owns.",
			nil, []rel{{"Chen Meng", model.Owns, "Hengda Group", ""}}},
		{"a holding denied", "Chen Meng sued Hengda Group, a company he says he never owned.",
			nil, []rel{{"Chen Meng", model.Owns, "Hengda Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
