package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedPlaces holds possessed_places.go: a country's possessive before a place, with
// or without a compass word, stands in the place phrases that place towns and sites; a chain
// that goes on with ", in" and such a phrase places the town, not the site before it.
func TestPossessedPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a compass word between the country and its place",
			"Fighting spread across Laos's northern Luang Namtha province last year.",
			[]rel{{"Luang Namtha", model.LocatedIn, "Laos", ""}}, nil},
		{"a town's apposition of its kind with a possessed place",
			"Officers visited Mong Pawk, a small town in Myanmar's Shan State, in March.",
			[]rel{{"Mong Pawk", model.LocatedIn, "Shan State", ""}}, nil},
		{"a site on a river in a possessed place",
			"Workers fled Emerald Shore Park, a gated compound on the Moei River in Myanmar's Kayin State, at night.",
			[]rel{{"Emerald Shore Park", model.LocatedIn, "Karen State", ""}, {"Emerald Shore Park", model.LocatedIn, "Moei River", ""}}, nil},
		{"a chain going on with ', in' and a possessed place",
			"Guards patrol Lotus Peak Park, a fenced compound in Mong Hpayak, in Myanmar's eastern Shan State, day and night.",
			[]rel{{"Lotus Peak Park", model.LocatedIn, "Mong Hpayak", ""}, {"Mong Hpayak", model.LocatedIn, "Shan State", ""}, {"Shan State", model.LocatedIn, "Myanmar", ""}},
			[]rel{{"Lotus Peak Park", model.LocatedIn, "Shan State", ""}}},
		// Precision.
		{"a country's adjective noun is no possessed place",
			"Thailand's western border with Myanmar stayed closed.",
			nil, []rel{{"Myanmar", model.LocatedIn, "Thailand", ""}}},
		{"a person's apposition is no town's",
			"The broker met Lin Hao, a trader in Myanmar's Shan State, in Mae Sai.",
			nil, []rel{{"Lin Hao", model.LocatedIn, "Shan State", ""}}},
		{"a site on a river, then a clause with a possessed place",
			"Workers fled Emerald Shore Park, a gated compound on the Moei River that Thailand's Tak province borders.",
			nil, []rel{{"Emerald Shore Park", model.LocatedIn, "Tak", ""}}},
	}
	checkRelCases(t, x, cases)
}
