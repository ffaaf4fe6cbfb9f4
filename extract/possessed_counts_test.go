package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedCountsAndShares: a count or "sole" before a possessed post, a post in the
// plural naming several holders, and "its shares" standing for the firm named before.
func TestPossessedCountsAndShares(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"sole before the post",
			"The trucks were leased from Moei Crest Transport Co., Ltd., a haulier. Its sole director is Kanokwan Thepsiri.",
			[]rel{{"Kanokwan Thepsiri", model.Directs, "Moei Crest Transport Co., Ltd.", ""}}, nil},
		{"a count and a plural post with two holders",
			"The casino is run by Silver Dune Leisure Co., Ltd. Its two shareholders are Chhun Rithy, who holds 40 percent, and Wu Kaiming.",
			[]rel{{"Chhun Rithy", model.Owns, "Silver Dune Leisure Co., Ltd.", ""}, {"Wu Kaiming", model.Owns, "Silver Dune Leisure Co., Ltd.", ""}}, nil},
		{"a plural post with three holders",
			"Silver Dune Leisure Co., Ltd. opened in 2020. Its directors are Chhun Rithy, Wu Kaiming and Sok Dara.",
			[]rel{{"Chhun Rithy", model.Directs, "Silver Dune Leisure Co., Ltd.", ""}, {"Wu Kaiming", model.Directs, "Silver Dune Leisure Co., Ltd.", ""},
				{"Sok Dara", model.Directs, "Silver Dune Leisure Co., Ltd.", ""}}, nil},
		{"a singular post: the person after the next clause holds nothing",
			"Silver Dune Leisure Co., Ltd. opened in 2020. Its director is Chhun Rithy and Wu Kaiming is its lawyer's client.",
			[]rel{{"Chhun Rithy", model.Directs, "Silver Dune Leisure Co., Ltd.", ""}},
			[]rel{{"Wu Kaiming", model.Directs, "Silver Dune Leisure Co., Ltd.", ""}}},
		{"its shares: the firm named before",
			"Moei Crest Transport Co., Ltd. registered the vans. Kanokwan Thepsiri owns 95 percent of its shares.",
			[]rel{{"Kanokwan Thepsiri", model.Owns, "Moei Crest Transport Co., Ltd.", ""}}, nil},
		{"its shares when only a government body was named: nothing",
			"The Ministry of Commerce suspended the licence. Kanokwan Thepsiri owns 95 percent of its shares.",
			nil,
			[]rel{{"Kanokwan Thepsiri", model.Owns, "Ministry of Commerce", ""}}},
	})
}
