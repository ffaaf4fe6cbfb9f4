package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestClassedTownIn covers a town or a fixed point whose name says what it is, then "in" and a
// larger place that names no kind; with cases where it must not fire.
func TestClassedTownIn(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "a city in a province after from", text: "A recruiter brought three women from Naga City in Camarines Sur to the border.",
			want: []rel{{"Naga City", L, "Camarines Sur", ""}}},
		{name: "a bridge in a town", text: "The vans crossed the Second Friendship Bridge in Mae Sot before dawn.",
			want: []rel{{"Second Friendship Bridge", L, "Mae Sot", ""}}},
		{name: "a checkpoint named before its class word", text: "Officers stopped the truck at the Ban Pakard checkpoint in Pong Nam Ron on Friday.",
			want: []rel{{"Ban Pakard", L, "Pong Nam Ron", ""}}},
		{name: "between two towns places neither", text: "Boats run between Mae Sot and Lipa City in Batangas, the report claimed.",
			forbid: []rel{{"Lipa City", L, "Batangas", ""}}},
		{name: "a town then another town is no containment", text: "He flew from Davao City in Quezon City's old terminal.",
			forbid: []rel{{"Davao City", L, "Quezon City", ""}}},
		{name: "near is never in", text: "The gang met near Lipa City, in a house outside Batangas.",
			forbid: []rel{{"Lipa City", L, "Batangas", ""}}},
		{name: "a plain town needs a kind or a country", text: "Staff from Mae Sot in Bangkok attended the meeting.",
			forbid: []rel{{"Mae Sot", L, "Bangkok", ""}}},
	}
	checkRelCases(t, x, cases)
}
