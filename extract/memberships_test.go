package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMemberships holds the memberships and posts of memberships.go and their must-not-fire
// cases.
func TestMemberships(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"belongs to a party", "Records show Ly Yong Phat, who belongs to the Cambodian People's Party, owns the resort.",
			[]rel{{"Ly Yong Phat", model.MemberOf, "Cambodian People's Party", ""}}, nil},
		{"a firm belongs to no member", "Records show Ly Yong Phat, who belongs to the board of Golden Fortune Co., Ltd., owns the resort.",
			nil, []rel{{"Ly Yong Phat", model.MemberOf, "Golden Fortune Co., Ltd.", ""}}},
		{"serves in an armed group", "Villagers said Saw Moo Kho, who serves in the Democratic Karen Buddhist Army, guards the gate.",
			[]rel{{"Saw Moo Kho", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, nil},
		{"serves in a state force", "Villagers said Somchai Rattanakorn, who has served in the Royal Thai Police since 2010, guards the gate.",
			[]rel{{"Somchai Rattanakorn", model.EmployedBy, "Royal Thai Police", ""}}, []rel{{"Somchai Rattanakorn", model.MemberOf, "Royal Thai Police", ""}}},
		{"fought against a force is no service", "Villagers said Saw Moo Kho, who fought against the Royal Thai Police, guards the gate.",
			nil, []rel{{"Saw Moo Kho", model.EmployedBy, "Royal Thai Police", ""}}},
		{"a fighter from an armed group", "Villagers said Saw Moo Kho, a fighter from the Democratic Karen Buddhist Army, guards the gate.",
			[]rel{{"Saw Moo Kho", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, nil},
		{"members of a group listed", "Members of the Democratic Karen Buddhist Army, including Saw Moo Kho and Saw Eh Doh, guard the gate.",
			[]rel{{"Saw Moo Kho", model.MemberOf, "Democratic Karen Benevolent Army", ""}, {"Saw Eh Doh", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, nil},
		{"victims of a group listed are no members", "Victims of the Democratic Karen Buddhist Army, including Saw Moo Kho, fled to Thailand.",
			nil, []rel{{"Saw Moo Kho", model.MemberOf, "Democratic Karen Benevolent Army", ""}}},
		{"a ranked post after the body's name", "Records show Ly Yong Phat, a senior Cambodian People's Party official, owns the resort.",
			[]rel{{"Ly Yong Phat", model.EmployedBy, "Cambodian People's Party", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
