package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSeatCarry holds the seats of seat_carry.go and their must-not-fire cases.
func TestSeatCarry(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a party member who sits in a chamber", "The hotel is owned by Sok Vannak, a member of the ruling Cambodian People's Party who sits in the National Assembly.",
			[]rel{{"Sok Vannak", model.MemberOf, "National Assembly", ""}, {"Sok Vannak", model.MemberOf, "Cambodian People's Party", ""}}, nil},
		{"a party member who once served in a chamber", "The hotel is owned by Sok Vannak, a senior member of the Cambodian People's Party who served in the Senate.",
			[]rel{{"Sok Vannak", model.MemberOf, "Senate", ""}}, nil},
		{"appointed to a chamber as a party member", "Sok Vannak, who was appointed to the Senate in 2024 as a member of the ruling Cambodian People's Party, did not respond.",
			[]rel{{"Sok Vannak", model.MemberOf, "Senate", ""}, {"Sok Vannak", model.MemberOf, "Cambodian People's Party", ""}}, nil},
		{"elected to a chamber for a party", "Sok Vannak, who was elected to the National Assembly for the Cambodian People's Party, owns the hotel.",
			[]rel{{"Sok Vannak", model.MemberOf, "National Assembly", ""}, {"Sok Vannak", model.MemberOf, "Cambodian People's Party", ""}}, nil},
		{"a chamber member for a party", "Sok Vannak, a second-term member of the National Assembly for the Cambodian People's Party, owns the hotel.",
			[]rel{{"Sok Vannak", model.MemberOf, "Cambodian People's Party", ""}}, nil},
		// Must not fire.
		{"appointed to a council of officials is no seat", "Sok Vannak, who was appointed to the Anti-Money Laundering Council in 2020, owns the hotel.",
			nil, []rel{{"Sok Vannak", model.MemberOf, "Anti-Money Laundering Council", ""}}},
		{"a party member who spoke to a chamber", "Sok Vannak, a member of the Cambodian People's Party who spoke to the National Assembly, owns the hotel.",
			nil, []rel{{"Sok Vannak", model.MemberOf, "National Assembly", ""}}},
		{"a witness before a chamber for a party", "Sok Vannak, who was summoned to the Senate by the Cambodian People's Party, denied the claims.",
			nil, []rel{{"Sok Vannak", model.MemberOf, "Senate", ""}, {"Sok Vannak", model.MemberOf, "Cambodian People's Party", ""}}},
		{"a critic of a chamber", "Sok Vannak, a critic of the National Assembly for the Cambodian People's Party, owns the hotel.",
			nil, []rel{{"Sok Vannak", model.MemberOf, "Cambodian People's Party", ""}}},
	}
	checkRelCases(t, x, cases)
}
