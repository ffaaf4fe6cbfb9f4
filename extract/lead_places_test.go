package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLeadPlaces: a list item or section led by a place standing alone; with precision cases.
func TestLeadPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a bullet led by a country: the town its sentence puts things in",
			"Findings\n\nCambodia. Police raided Silver Reef Park, a casino block in Kampot, and freed 90 workers.",
			[]rel{{"Kampot", model.LocatedIn, "Cambodia", model.Reported}}, nil},
		{"a numbered section heading on a line of its own",
			"2. Laos\n\nIn Luang Namtha, officers closed two buildings of Jade Gate Plaza.",
			[]rel{{"Luang Namtha", model.LocatedIn, "Laos", ""}}, nil},
		{"a place not introduced by 'in' is not read",
			"Cambodia. Workers were flown from Bangkok to the border.",
			nil, []rel{{"Bangkok", model.LocatedIn, "Cambodia", ""}}},
		{"a country in the item is no part of the lead country",
			"Cambodia. Recruiters in Vietnam sent workers across the border.",
			nil, []rel{{"Vietnam", model.LocatedIn, "Cambodia", ""}}},
		{"a place named inside a sentence is no lead",
			"Workers fled to Cambodia. In Kampot, officers closed Silver Reef Park.",
			nil, []rel{{"Kampot", model.LocatedIn, "Cambodia", ""}}},
	}
	checkRelCases(t, x, cases)
}
