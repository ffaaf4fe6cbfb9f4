package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCloseTies holds the ties of close_ties.go: nearness to a person and associate nouns
// after a reporting phrase make ASSOCIATE_OF; a line of command, nearness to a place, or to
// what a person has, makes nothing.
func TestCloseTies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an apposition's noun close to a person", "Police said Lim Heng, a businessman close to Chen Zhi, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a relative clause close to a person", "Police said Lim Heng, who is politically close to Chen Zhi, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"said to be close to", "Court filings say Lim Heng is widely believed to be close to Chen Zhi.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"close ties with a person", "Police said Lim Heng, a tycoon with close ties to Chen Zhi, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a line of command is no association", "Prosecutors said Lim Heng, who reported directly to Chen Zhi, ran the floor.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"an associate noun after a reporting phrase", "Prosecutors said Lim Heng is known to be a close associate of Chen Zhi.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"an associate noun after described by", "Thai police arrested Lim Heng, described by prosecutors as a key lieutenant of Chen Zhi, in Bangkok.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"linked to a person", "Police said Lim Heng, a tycoon linked to Chen Zhi, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"ties to a person", "Police said Lim Heng, who has long-standing ties with Chen Zhi, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"two people own a firm jointly", "Records show Lim Heng and Chen Zhi jointly own Golden Fortune Co., Ltd.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"two of a longer list of holders", "Records show Sok Dara, Lim Heng and Chen Zhi own Golden Fortune Co., Ltd.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"a servant noun after the possessive", "Police said Lim Heng, Chen Zhi's bodyguard, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a kin noun coordinated with a partner noun", "Police said Lim Heng, Chen Zhi's nephew and business partner, had fled to Dubai.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}, {"Lim Heng", model.FamilyOf, "Chen Zhi", ""}}, nil},
		{"a possessed thing is no servant", "Police said Lim Heng, Chen Zhi's driver's brother, had fled to Dubai.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"close to a place names no one", "Police said Lim Heng lived close to the Thai border near Chen Zhi's casino.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"close to what a person has", "Police said Lim Heng was arrested close to Chen Zhi's villa in Phnom Penh.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"a name closing an inserted phrase is no subject", "Sok Dara, a cousin of Lim Heng, is close to Chen Zhi, police said.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"a report to a person is no chain of command", "Lim Heng said he had reported the abuse to Chen Zhi last year.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}

// TestRankTitles holds the rank written as a title before a person "of" a body
// (rank_titles.go): an armed group's officer is its member, a state force's officer holds a
// post in it.
func TestRankTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a colonel of an armed group", "Villagers said Colonel Saw Moo Kho of the Karen National Army visited the site.",
			[]rel{{"Saw Moo Kho", model.MemberOf, "Karen National Army", ""}}, []rel{{"Saw Moo Kho", model.EmployedBy, "Karen National Army", ""}}},
		{"an abbreviated rank of an armed group", "Villagers said Brig. Gen. Saw Tun Aung of the Democratic Karen Buddhist Army visited the site.",
			[]rel{{"Saw Tun Aung", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, nil},
		{"a police colonel of a state force", "Police Colonel Somchai Rattanakorn of the Royal Thai Police led the inspection.",
			[]rel{{"Somchai Rattanakorn", model.EmployedBy, "Royal Thai Police", ""}}, []rel{{"Somchai Rattanakorn", model.MemberOf, "Royal Thai Police", ""}}},
		{"no rank keeps the plain reading", "Villagers said Saw Moo Kho of the Karen National Army visited the site.",
			[]rel{{"Saw Moo Kho", model.EmployedBy, "Karen National Army", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
