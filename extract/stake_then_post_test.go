package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStakeThenPost holds a post told after a stake in a second verb of the same clause
// (stake_then_post.go), with must-not-fire cases.
func TestStakeThenPost(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a board seat after a stake in the body", "His wife, Mao Sreypov, holds a 35 percent stake in Golden Reef Holdings and sits on its board of directors.",
			[]rel{{"Mao Sreypov", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a post after a stake of the body", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and is its chief executive.",
			[]rel{{"Huang Zhiwen", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"the chair of a board named by a description", "Golden Reef Holdings owns the tower. Its founder's wife, Mao Sreypov, holds the remaining shares and chairs the group's board.",
			[]rel{{"Mao Sreypov", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a stake and no post", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and is its largest shareholder.",
			nil, []rel{{"Huang Zhiwen", model.Directs, "Golden Reef Holdings", ""}}},
		{"another holder's post after the stake", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and Tep Vannak is its chief executive.",
			[]rel{{"Tep Vannak", model.Directs, "Golden Reef Holdings", ""}}, []rel{{"Huang Zhiwen", model.Directs, "Golden Reef Holdings", ""}}},
		{"a seat on some other body's board", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and sits on the board of a charity.",
			nil, []rel{{"Huang Zhiwen", model.Directs, "Golden Reef Holdings", ""}}},
		{"a post in a body other than the stake's", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and is chairman of a casino.",
			nil, []rel{{"Huang Zhiwen", model.Directs, "Golden Reef Holdings", ""}}},
		{"a holder who met the body's head", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and met its chairman in 2021.",
			nil, []rel{{"Huang Zhiwen", model.Directs, "Golden Reef Holdings", ""}}},
	})
}
