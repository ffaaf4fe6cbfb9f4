package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCellRoles: a table given one cell per line, a name then "POST, BODY"; with precision
// cases.
func TestCellRoles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a person's post in a firm, a firm's stake, a site's manager",
			"Table 1. Names in this report\n\nLwin Moe\n\nDirector, Silver Reed Trading Co., Ltd.\n\nNone\n\nHarbour Crest Holdings Ltd.\n\nMajority owner, Silver Reed Trading Co., Ltd.\n\nNone\n\nChen Bo\n\nManager, Jade Lotus Park\n\nNone",
			[]rel{{"Lwin Moe", model.Directs, "Silver Reed Trading Co., Ltd.", model.Reported},
				{"Harbour Crest Holdings Ltd.", model.Owns, "Silver Reed Trading Co., Ltd.", ""},
				{"Chen Bo", model.Operates, "Jade Lotus Park", ""}}, nil},
		{"the body must end its line: prose after it is no cell",
			"Lwin Moe\n\nDirector, Silver Reed Trading Co., Ltd. until 2019, when Harbour Crest bought it.",
			nil, []rel{{"Lwin Moe", model.Directs, "Silver Reed Trading Co., Ltd.", ""}}},
		{"a word that is no post makes no tie",
			"Lwin Moe\n\nTenant, Silver Reed Trading Co., Ltd.",
			nil, []rel{{"Lwin Moe", model.EmployedBy, "Silver Reed Trading Co., Ltd.", ""}, {"Lwin Moe", model.Directs, "Silver Reed Trading Co., Ltd.", ""}}},
		{"a name inside a sentence is no cell",
			"Police questioned Lwin Moe on Monday.\n\nDirector, Silver Reed Trading Co., Ltd.",
			nil, []rel{{"Lwin Moe", model.Directs, "Silver Reed Trading Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
