package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWholeRefs: "the whole resort", "the entire building" stand for the site named before as
// the bare head does; with no site named before, with two firms coordinated before, or with
// "of" completing the description, they stand for nothing.
func TestWholeRefs(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"the whole resort owned",
			"I was taken to Silver Fern Resort in Oddar Meanchey. The whole resort is owned by Riverstone Estates Co., Ltd.",
			[]rel{{"Riverstone Estates Co., Ltd.", model.Owns, "Silver Fern Resort", ""}}, nil},
		{"the entire building run",
			"Police raided Silver Fern Tower in Pasay on Monday. The entire building was run by Riverstone Gaming Co., Ltd.",
			[]rel{{"Riverstone Gaming Co., Ltd.", model.Operates, "Silver Fern Tower", ""}}, nil},
		{"no site named before",
			"Workers were moved to Phnom Penh by Chen Hui in May. The whole compound is owned by Riverstone Estates Co., Ltd.",
			nil,
			[]rel{{"Riverstone Estates Co., Ltd.", model.Owns, "Chen Hui", ""}, {"Riverstone Estates Co., Ltd.", model.Owns, "Phnom Penh", ""}}},
		{"two firms coordinated before",
			"Riverstone Estates Co., Ltd. and Northgate Holdings Ltd. signed a deal in May. The whole company is owned by Chen Hui.",
			nil,
			[]rel{{"Chen Hui", model.Owns, "Riverstone Estates Co., Ltd.", ""}, {"Chen Hui", model.Owns, "Northgate Holdings Ltd.", ""}}},
		{"a description completed by of",
			"Police raided Silver Fern Tower in Pasay on Monday. The whole building of workers was moved by Riverstone Gaming Co., Ltd.",
			nil,
			[]rel{{"Riverstone Gaming Co., Ltd.", model.Operates, "Silver Fern Tower", ""}}},
	})
}
