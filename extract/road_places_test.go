package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRoadPlaces holds road_places.go: a road or beach name, a bare "in" and a town place the
// road in the town; a river, a country after the road, and "near" place nothing.
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
		{"a road near a town",
			"The office stands on Monivong Boulevard near Phnom Penh.",
			nil, []rel{{"Monivong Boulevard", model.LocatedIn, "Phnom Penh", ""}}},
	}
	checkRelCases(t, x, cases)
}
