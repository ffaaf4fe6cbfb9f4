package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNotGroupBodies holds notGroupBody (group_refs.go): "the group" is never a sanctioning
// office or a newspaper; the firm or armed group named before them is meant.
func TestNotGroupBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a sanctions office named between the firm and 'the group'",
			"Chhay Sovannarith is chairman of Sovann Meas Group Co., Ltd. According to the US Treasury's Office of Foreign Assets Control (OFAC), the group operates Golden Sun Park.",
			[]rel{{"Sovann Meas Group Co., Ltd.", model.Operates, "Golden Sun Park", ""}},
			[]rel{{"Office of Foreign Assets Control", model.Operates, "Golden Sun Park", ""}}},
		{"an outlet named between the firm and 'the group'",
			"The hub was built by Hpa Lu Asia Pacific Group, a company registered in Yangon. Its chairman spoke to the Mekong Ledger newspaper last year. Ye Htet Aung, who was the group's director, was photographed in Naypyitaw.",
			nil,
			[]rel{{"Ye Htet Aung", model.Directs, "Mekong Ledger", ""}, {"Ye Htet Aung", model.EmployedBy, "Mekong Ledger", ""}}},
		{"an armed group is still 'the group'",
			"The Democratic Karen Benevolent Army guards the zone. The group is led by Saw Sein Win.",
			[]rel{{"Saw Sein Win", model.Directs, "Democratic Karen Benevolent Army", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
