package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestInnerAppos holds an apposition of the name closing an inserted phrase (inner_appos.go):
// it describes that name, while a verb after the phrase still goes back to the first name.
func TestInnerAppos(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a passive in the apposition of the inner owner", "The land is held by Bay Lotus Development Co., Ltd., a company that is in turn 70 percent owned by Meridian Star Holdings, a conglomerate chaired by the tycoon Heng Vathana.",
			[]rel{{"Heng Vathana", model.Directs, "Meridian Star Holdings", ""}},
			[]rel{{"Heng Vathana", model.Directs, "Bay Lotus Development Co., Ltd.", ""}}},
		{"the inner name is a person", "Jade Reef Co., Ltd., a firm set up by Sok Dara, a lawyer employed by Harbor Star Holdings Ltd., leases the tower.",
			nil,
			[]rel{{"Jade Reef Co., Ltd.", model.EmployedBy, "Harbor Star Holdings Ltd.", ""}, {"Sok Dara", model.EmployedBy, "Jade Reef Co., Ltd.", ""}}},
		{"a place's apposition after the inserted phrase", "Golden Reef Development Co., Ltd., a subsidiary of Huanya Holding Group, a company registered in Thailand, built the park.",
			[]rel{{"Huanya Holding Group", model.Owns, "Golden Reef Development Co., Ltd.", ""}},
			[]rel{{"Golden Reef Development Co., Ltd.", model.LocatedIn, "Thailand", ""}}},
		{"a passive after the inserted phrase goes back to the first name", "Bay Lotus Development Co., Ltd., a company owned by Meridian Star Holdings, is chaired by the tycoon Heng Vathana.",
			[]rel{{"Heng Vathana", model.Directs, "Bay Lotus Development Co., Ltd.", ""}},
			[]rel{{"Heng Vathana", model.Directs, "Meridian Star Holdings", ""}}},
		// Two coordinated posts after the inserted phrase (ties.go) describe the inner name too.
		{"coordinated posts after an inserted phrase", "Chen Hao, a friend of Lin Wei, the owner and operator of Jade Park, was arrested.",
			[]rel{{"Chen Hao", model.AssociateOf, "Lin Wei", ""}},
			[]rel{{"Chen Hao", model.Operates, "Jade Park", ""}, {"Chen Hao", model.Owns, "Jade Park", ""}}},
		{"coordinated posts after a relative clause", "Chen Hao, who met Lin Wei, the owner and developer of Jade Park, was arrested.",
			[]rel{{"Lin Wei", model.Owns, "Jade Park", ""}},
			[]rel{{"Chen Hao", model.Operates, "Jade Park", ""}, {"Chen Hao", model.Owns, "Jade Park", ""}}},
		{"coordinated posts after the inserted phrase with a verb stay the first name's", "Chen Hao, a friend of Lin Wei, was the owner and operator of Jade Park.",
			[]rel{{"Chen Hao", model.Owns, "Jade Park", ""}},
			[]rel{{"Lin Wei", model.Owns, "Jade Park", ""}}},
	})
}
