package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOfHeadParticiples holds namedOfHead: a participle after "N of X", N a named body, is
// neither name's; after a plain noun or a person it is read as before.
func TestOfHeadParticiples(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"the body's own apposition",
			"The Karen Border Guard Force, led by Saw Chit Thu, guards Silver Bay Park.",
			[]rel{{"Saw Chit Thu", model.Directs, "Karen National Army", ""}}, nil},
		{"a plain noun before of",
			"Police questioned the chairman of Golden Reed Co., Ltd., owned by Wang Li.",
			[]rel{{"Wang Li", model.Owns, "Golden Reed Co., Ltd.", ""}}, nil},
		// Precision.
		{"a battalion of an armed group, led by a man",
			"Battalion 1023 of the Karen Border Guard Force, led by Saw Chit Thu, guards Silver Bay Park.",
			nil, []rel{{"Saw Chit Thu", model.Directs, "Karen National Army", ""}, {"Saw Chit Thu", model.Directs, "Battalion 1023", ""}}},
		{"a named unit of a firm, run by a man",
			"Golden Reed Casino of Golden Reed Co., Ltd., run by Wang Li, was raided.",
			nil, []rel{{"Wang Li", model.Operates, "Golden Reed Co., Ltd.", ""}, {"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}}},
	})
}
