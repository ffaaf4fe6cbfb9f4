package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRoadPlaces holds road_places.go: a road or beach name, a bare "in" and a town place the
// road in the town; a river, a country after the road, and "near" place nothing; nor do a
// road after "in", a highway across countries, or the other places of a list.
func TestRoadPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an avenue in a city",
			"The agency keeps an office on Taft Avenue in Pasay City.",
			[]rel{{"Taft Avenue", model.LocatedIn, "Pasay", ""}}, nil},
		{"a highway in a town",
			"The recruiter works at Greenfield Global Manpower Services on MacArthur Highway in Angeles.",
			[]rel{{"MacArthur Highway", model.LocatedIn, "Angeles", ""}}, nil},
		{"a beach in a town",
			"The tower, on a hill above Ochheuteal Beach in Sihanoukville, was financed by a bank.",
			[]rel{{"Ochheuteal Beach", model.LocatedIn, "Sihanoukville", ""}}, nil},
		// Precision.
		{"a river runs through many places",
			"Trucks crossed the Mekong River in Bokeo at night.",
			nil, []rel{{"Mekong River", model.LocatedIn, "Bokeo", ""}}},
		{"a highway in a country",
			"The convoy drove along the Asian Highway in Laos for two days.",
			nil, []rel{{"Asian Highway", model.LocatedIn, "Laos", ""}}},
		{"a highway named for its continent",
			"Trucks drove along the Asian Highway in Mae Sot at night.",
			nil, []rel{{"Asian Highway", model.LocatedIn, "Mae Sot", ""}}},
		{"a road in a town, then another road: no road is in a road",
			"Taft Avenue in Pasay and Roxas Boulevard in Manila were closed.",
			[]rel{{"Taft Avenue", model.LocatedIn, "Pasay", ""}}, []rel{{"Taft Avenue", model.LocatedIn, "Roxas Boulevard", ""}}},
		{"a national highway in a list of provinces",
			"Trucks drove along National Highway in Koh Kong and Kampot at night.",
			nil, []rel{{"National Highway", model.LocatedIn, "Koh Kong", ""}, {"National Highway", model.LocatedIn, "Kampot", ""}}},
		{"a road in the first town of a list is not shared with the others",
			"Trucks drove along Monivong Boulevard in Phnom Penh and Kandal at night.",
			[]rel{{"Monivong Boulevard", model.LocatedIn, "Phnom Penh", ""}}, []rel{{"Monivong Boulevard", model.LocatedIn, "Kandal", ""}}},
		{"a road near a town",
			"The office stands on Monivong Boulevard near Phnom Penh.",
			nil, []rel{{"Monivong Boulevard", model.LocatedIn, "Phnom Penh", ""}}},
	}
	checkRelCases(t, x, cases)
}
