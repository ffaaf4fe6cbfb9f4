package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoordinatedIts holds the coordinated check on "its" before a named post.
func TestCoordinatedIts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"one firm before its post, a site it owns",
			"Golden Reed Co., Ltd. owns Silver Bay Park. Its chairman, Wang Li, was arrested.",
			[]rel{{"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}}, nil},
		{"one firm, then its director",
			"Blue Tide Digital Co., Ltd. signed a lease. Its director, Wang Li, declined to comment.",
			[]rel{{"Wang Li", model.Directs, "Blue Tide Digital Co., Ltd.", ""}}, nil},
		// Precision.
		{"two coordinated firms before its director",
			"Blue Tide Digital Co., Ltd. and Golden Reed Co., Ltd. signed a lease. Its director, Wang Li, declined to comment.",
			nil, []rel{{"Wang Li", model.Directs, "Blue Tide Digital Co., Ltd.", ""}, {"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"two coordinated bodies before its founder",
			"The Karen Border Guard Force and the Democratic Karen Buddhist Army met in May. Its founder, General Saw Chit Thu, spoke.",
			nil, []rel{{"Saw Chit Thu", model.Directs, "Karen National Army", ""}, {"Saw Chit Thu", model.Directs, "Democratic Karen Buddhist Army", ""}}},
		{"a body, then the unit it runs, before its founder",
			"The Karen Border Guard Force runs Battalion 1022. Its founder, General Saw Chit Thu, denies any link to KK Park.",
			nil, []rel{{"Saw Chit Thu", model.Directs, "Karen National Army", ""}, {"Saw Chit Thu", model.Directs, "Battalion 1022", ""}}},
		{"a firm, then the firm it owns, before its chairman",
			"Golden Reed Co., Ltd. owns Blue Tide Digital Co., Ltd. Its chairman, Wang Li, was arrested.",
			nil, []rel{{"Wang Li", model.Directs, "Blue Tide Digital Co., Ltd.", ""}}},
		{"two coordinated firms before its chief executive",
			"Blue Tide Digital Co., Ltd. and Golden Reed Co., Ltd. bought the land. Its chief executive, Wang Li, signed.",
			nil, []rel{{"Wang Li", model.Directs, "Blue Tide Digital Co., Ltd.", ""}, {"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}}},
	})
}
