package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteExtents holds site_extents.go: a site that covers, occupies or sits on a measured
// piece of ground in or on a place is in that place; ground given to another owner, a place
// only near the ground, a measure missing and a firm as subject place nothing.
func TestSiteExtents(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"covers hectares in a district named with its province's possessive",
			"Sanjiang Bay Park covers about 400 hectares in Bokeo's Tonpheung district, on the bank opposite Chiang Saen.",
			[]rel{{"Sanjiang Bay Park", model.LocatedIn, "Tonpheung", ""}}, nil},
		{"occupies an acre strip on a river",
			"The resort, Golden Sabai Riverside, occupies a 30-acre strip on the Sai River, opposite the Thai town of Mae Sai.",
			[]rel{{"Golden Sabai Riverside", model.LocatedIn, "Sai River", ""}}, nil},
		{"sits on a land concession with its kind of ground",
			"Mangrove Bay Resort sits on a 200-hectare economic land concession in Koh Kong province's Mondul Seima district, about 20 kilometres from the border.",
			[]rel{{"Mangrove Bay Resort", model.LocatedIn, "Mondul Seima", ""}}, nil},
		{"spans square kilometres in a town",
			"Golden Lotus Park spans roughly 2 square kilometres in Bavet.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Bavet", ""}}, nil},
		// Precision.
		{"ground leased from another in the place",
			"Golden Lotus Park covers 12 hectares leased from Ly Seng in Bavet.",
			nil, []rel{{"Golden Lotus Park", model.LocatedIn, "Bavet", ""}}},
		{"ground near the place",
			"Golden Lotus Park covers 40 hectares near the Cham Yeam border crossing in Koh Kong.",
			nil, []rel{{"Golden Lotus Park", model.LocatedIn, "Cham Yeam", ""}}},
		{"ground on a place that is no river, road or coast",
			"Golden Lotus Park sits on a 12-hectare plot on Koh Kong.",
			nil, []rel{{"Golden Lotus Park", model.LocatedIn, "Koh Kong", ""}}},
		{"ground near a place before the last 'in'",
			"Golden Lotus Park covers 40 hectares near the border in Koh Kong.",
			nil, []rel{{"Golden Lotus Park", model.LocatedIn, "Koh Kong", ""}}},
		{"a firm that holds ground is not placed by it",
			"Siam Riverside Land Co., Ltd. occupies 36 rai in Mae Sot.",
			nil, []rel{{"Siam Riverside Land Co., Ltd.", model.LocatedIn, "Mae Sot", ""}}},
	}
	checkRelCases(t, x, cases)
}
