package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestInnerSites: "A inside B was operated by C" ties C to A, never to the enclosing B, with
// B named or a description; a passive on B alone, and a verb that is no tie, are left alone.
func TestInnerSites(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a tower inside a named zone",
			"Until 2024, Silver Crane Tower inside the Mekong Pearl Special Economic Zone was run by Red River Digital Ltd., a Macau firm.",
			[]rel{{"Red River Digital Ltd.", model.Operates, "Silver Crane Tower", ""}},
			[]rel{{"Red River Digital Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""}}},
		{"a tower inside the zone told before",
			"Lao police swept the Mekong Pearl Special Economic Zone in May. Until then, Silver Crane Tower inside the zone was operated by Red River Digital Ltd.",
			[]rel{{"Red River Digital Ltd.", model.Operates, "Silver Crane Tower", ""}},
			[]rel{{"Red River Digital Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""}}},
		{"a building within a park owned by a firm",
			"Jade Dragon Tower within Golden Sands Park is owned by Heng Ly Land Co., Ltd., registry records show.",
			[]rel{{"Heng Ly Land Co., Ltd.", model.Owns, "Jade Dragon Tower", ""}},
			[]rel{{"Heng Ly Land Co., Ltd.", model.Owns, "Golden Sands Park", ""}}},
		{"the zone alone keeps its passive",
			"The Mekong Pearl Special Economic Zone was developed by Pearl Mekong Investment Group in 2010.",
			[]rel{{"Pearl Mekong Investment Group", model.Operates, "Mekong Pearl Special Economic Zone", ""}}, nil},
		{"a visit is no tie to either site",
			"Silver Crane Tower inside the Mekong Pearl Special Economic Zone was visited by Red River Digital Ltd. staff.",
			nil, []rel{{"Red River Digital Ltd.", model.Operates, "Silver Crane Tower", ""}, {"Red River Digital Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""}}},
	}
	checkRelCases(t, x, cases)
}
