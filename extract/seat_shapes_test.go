package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSeatShapes holds the shapes of seat_shapes.go: seats in a chamber told by a verb of
// sitting after an apposition, through the chamber's country, or on one of its committees.
func TestSeatShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a relative set off by commas sits in the chamber",
			"The bank's founder is Lim Dara, whose cousin, Sok Rith, sits in the Senate.",
			[]rel{{"Sok Rith", model.MemberOf, "Senate", ""}}, []rel{{"Lim Dara", model.MemberOf, "Senate", ""}}},
		{"an uncle set off by commas also sits in the house",
			"The mayor's uncle, Ramon Cruz, also sits in the House of Representatives.",
			[]rel{{"Ramon Cruz", model.MemberOf, "House of Representatives", ""}}, nil},
		{"a chamber named through its country's possessive",
			"The land is held by Ouk Vanna, who has sat in Cambodia's Senate since 2013.",
			[]rel{{"Ouk Vanna", model.MemberOf, "Senate of Cambodia", ""}}, nil},
		{"a seat on the chamber's committee",
			"Kim Soo-hyun, who sits on the National Assembly's defence committee, asked for an inquiry.",
			[]rel{{"Kim Soo-hyun", model.MemberOf, "National Assembly", ""}}, nil},
		// Must not fire.
		{"steps of the chamber are no committee",
			"Kim Soo-hyun, who sat on the National Assembly's steps with the protesters, was arrested.",
			nil, []rel{{"Kim Soo-hyun", model.MemberOf, "National Assembly", ""}}},
		{"the person before the relative clause's holder has no seat",
			"Police said Chan Dara met Sok Rith, who sits in the Senate, twice in 2023.",
			[]rel{{"Sok Rith", model.MemberOf, "Senate", ""}}, []rel{{"Chan Dara", model.MemberOf, "Senate", ""}}},
		{"a country's courts are no chamber",
			"Ouk Vanna, who has sat in Cambodia's courts as a witness, later met the Senate's president.",
			nil, []rel{{"Ouk Vanna", model.MemberOf, "Senate", ""}, {"Ouk Vanna", model.MemberOf, "Senate of Cambodia", ""}}},
	}
	checkRelCases(t, x, cases)
}
