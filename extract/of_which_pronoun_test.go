package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOfWhichPronoun holds posts told in a "which" clause whose holder is a pronoun
// (of_which_pronoun.go), and the cases where the pronoun is left open or the words are no post.
func TestOfWhichPronoun(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"of which she was a director", "Prosecutors say Mei Ling Tan hired guards through Hengda Group, of which she was a director.",
			[]rel{{"Mei Ling Tan", model.Directs, "Hengda Group", ""}}, nil},
		{"of which he is chairman", "Records show Chen Meng holds the land through Golden Fortune Co., Ltd., of which he is chairman.",
			[]rel{{"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"of which he was the finance manager", "Chen Meng, 44, moved the money through Mekong Star Holdings Ltd., of which he was the finance manager until 2023.",
			[]rel{{"Chen Meng", model.EmployedBy, "Mekong Star Holdings Ltd.", ""}}, nil},
		{"two people leave the pronoun open", "Chen Meng met Lim Srey at Hengda Group, of which he is chairman.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}, {"Lim Srey", model.Directs, "Hengda Group", ""}}},
		{"a critic is no post", "Chen Meng spoke about Hengda Group, of which he is a longtime critic.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}, {"Chen Meng", model.EmployedBy, "Hengda Group", ""}}},
		{"a clause of the body itself", "Chen Meng sued Hengda Group, of which it is a unit.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}, {"Chen Meng", model.EmployedBy, "Hengda Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
