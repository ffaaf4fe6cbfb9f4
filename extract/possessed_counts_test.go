package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedCountsAndShares: a count or "sole" before a possessed post, a post in the
// plural naming several holders, a holder set off after "X's wife," and "its shares" standing
// for the firm named before.
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
		{"the post's holder set off after a named relative's possessor",
			"Mekong Pearl Ferry Co., Ltd. is a boat company. Its managing director is Chang Wei-ming's wife, Ratchanee Boonsri.",
			[]rel{{"Ratchanee Boonsri", model.Directs, "Mekong Pearl Ferry Co., Ltd.", ""}},
			[]rel{{"Chang Wei-ming", model.Directs, "Mekong Pearl Ferry Co., Ltd.", ""}}},
		{"the same after a possessor the recogniser left unnamed",
			"The third firm is Mekong Pearl Ferry Co., Ltd., based in Chiang Khong. Its chief executive is Chang's wife, Ratchanee Boonsri, a Thai citizen.",
			[]rel{{"Ratchanee Boonsri", model.Directs, "Mekong Pearl Ferry Co., Ltd.", ""}}, nil},
		{"a possessor's lawyer holds no post",
			"Mekong Pearl Ferry Co., Ltd. is a boat company. Its managing director is Chang's lawyer, Ratchanee Boonsri.",
			nil,
			[]rel{{"Ratchanee Boonsri", model.Directs, "Mekong Pearl Ferry Co., Ltd.", ""}}},
		{"its shares: the firm named before",
			"Moei Crest Transport Co., Ltd. registered the vans. Kanokwan Thepsiri owns 95 percent of its shares.",
			[]rel{{"Kanokwan Thepsiri", model.Owns, "Moei Crest Transport Co., Ltd.", ""}}, nil},
		{"its shares when only a government body was named: nothing",
			"The Ministry of Commerce suspended the licence. Kanokwan Thepsiri owns 95 percent of its shares.",
			nil,
			[]rel{{"Kanokwan Thepsiri", model.Owns, "Ministry of Commerce", ""}}},
	})
}
