package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMemberRanks holds the shapes of member_ranks.go: ranks and unit posts in an armed group,
// dated and elected seats, the party of an election; and sentences that must give none.
func TestMemberRanks(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a unit post in a group typed by its name", "Saw Kyaw Htoo is a brigade commander in the Karen National Liberation Army.",
			[]rel{{"Saw Kyaw Htoo", model.MemberOf, "Karen National Liberation Army", ""}},
			[]rel{{"Saw Kyaw Htoo", model.Directs, "Karen National Liberation Army", ""}}},
		{"a unit post in a group a description types", "Nai Htaw, a company commander of the Mon Peace Force, an armed group near the border, was seen there.",
			[]rel{{"Nai Htaw", model.MemberOf, "Mon Peace Force", ""}}, nil},
		{"the group's name before the rank", "The Shan Army (SA) guards the casino. Sai Leng Hom is an SA major who collects the fees.",
			[]rel{{"Sai Leng Hom", model.MemberOf, "Shan Army", ""}}, nil},
		{"a seat told with a date", "The firm is chaired by U Zaw Win, who since 2020 has also been a member of the Kayin State Hluttaw.",
			[]rel{{"Zaw Win", model.MemberOf, "Kayin State Hluttaw", ""}}, nil},
		{"an election and its party", "Oknha Chan Dara was elected to the National Assembly in 2018 as a Candlelight Party candidate.",
			[]rel{{"Chan Dara", model.MemberOf, "National Assembly", ""}, {"Chan Dara", model.MemberOf, "Candlelight Party", ""}}, nil},
		// Must not fire.
		{"a former unit post", "Saw Kyaw Htoo, a former brigade commander in the Karen National Liberation Army, runs a shop.",
			nil, []rel{{"Saw Kyaw Htoo", model.MemberOf, "Karen National Liberation Army", ""}}},
		{"meeting an officer", "Saw Kyaw Htoo met a brigade commander of the Karen National Liberation Army.",
			nil, []rel{{"Saw Kyaw Htoo", model.MemberOf, "Karen National Liberation Army", ""}}},
		{"an officer of a state force", "Sok Pheap is a battalion commander in the Royal Cambodian Armed Forces.",
			nil, []rel{{"Sok Pheap", model.MemberOf, "Royal Cambodian Armed Forces", ""}}},
		{"no election", "Oknha Chan Dara was not elected to the National Assembly in 2018.",
			nil, []rel{{"Chan Dara", model.MemberOf, "National Assembly", ""}}},
	})
}
