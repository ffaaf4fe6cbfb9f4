package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestActingTies holds the shapes of acting_ties.go and post_kinds.go: relations each case
// must read and relations it must not. Symmetric predicates match in either order.
func TestActingTies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A named possessor's associate or relative, with modifiers of any shape.
		{"a named possessor's long-time partner", "Police said Lim Chhay's long-time partner Tan Boon Hock fled to Dubai.",
			[]rel{{"Tan Boon Hock", model.AssociateOf, "Lim Chhay", ""}}, nil},
		{"a named possessor's partner set off by commas", "Lim Chhay's business partner, Tan Boon Hock, denied the claims.",
			[]rel{{"Tan Boon Hock", model.AssociateOf, "Lim Chhay", ""}}, nil},
		{"a named possessor's critic is no associate", "Lim Chhay's fiercest critic, Tan Boon Hock, spoke on Monday.",
			nil, []rel{{"Tan Boon Hock", model.AssociateOf, "Lim Chhay", ""}}},
		// A service done for a person or a body.
		{"worked for years as a driver for a person", "Sok Vanna, who has worked for years as a driver for Chen Zhi, holds the shares.",
			[]rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"acts as accountant for a person, after a description", "Ma Hla, a Burmese national who acts as accountant for Chen Zhi, was designated.",
			[]rel{{"Ma Hla", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"served as a representative for a firm", "Sok Vanna served as a representative for Golden Fortune Co., Ltd. in Phnom Penh.",
			[]rel{{"Sok Vanna", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"acted as a partner for a firm is no post in it", "Sok Vanna acted as a partner for Golden Fortune Co., Ltd. in Phnom Penh.",
			nil, []rel{{"Sok Vanna", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}},
		{"worked as a driver with a person is no service for him", "Sok Vanna worked as a driver with Chen Zhi's cousin in 2019.",
			nil, []rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}},
		// Holding or acting in a person's stead.
		{"held land on behalf of a person", "Investigators found that Thanakorn Boonmee received transfers and held land on behalf of Zaw Lin Htet.",
			[]rel{{"Thanakorn Boonmee", model.AssociateOf, "Zaw Lin Htet", ""}}, nil},
		{"a clause about someone else holding on behalf", "Thanakorn Boonmee said that the firm held land on behalf of Zaw Lin Htet.",
			nil, []rel{{"Thanakorn Boonmee", model.AssociateOf, "Zaw Lin Htet", ""}}},
		{"another person between is the one acting", "Thanakorn Boonmee met Somchai Dee, who held land on behalf of Zaw Lin Htet.",
			nil, []rel{{"Thanakorn Boonmee", model.AssociateOf, "Zaw Lin Htet", ""}}},
		// Other ways of working for or with a person.
		{"worked for a person", "Sok Vanna worked for Chen Zhi for ten years before fleeing.",
			[]rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"acted as a person's proxy", "Sok Vanna acted as Chen Zhi's proxy in the deal.",
			[]rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a nominee shareholder for a person, in apposition", "Sok Vanna, a nominee shareholder for Chen Zhi, holds 30 percent.",
			[]rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"described as a person's business partner", "Police described Sok Vanna as a business partner of Chen Zhi.",
			[]rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"went into business with a person", "Sok Vanna went into business with Chen Zhi in 2015.",
			[]rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"acted as a person's critic is no tie", "Sok Vanna acted as Chen Zhi's harshest critic in the senate.",
			nil, []rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}},
		{"worked against a person is no tie", "Sok Vanna worked against Chen Zhi for ten years.",
			nil, []rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}},
		{"described as a person's rival", "Police described Sok Vanna as a rival of Chen Zhi.",
			nil, []rel{{"Sok Vanna", model.AssociateOf, "Chen Zhi", ""}}},
		// A relative named through a possessed noun.
		{"nephew of a firm's chairman", "Prosecutors say Chen Jiahao is the nephew of Sovann Rithy Holdings' chairman, Sok Sovann Rithy.",
			[]rel{{"Chen Jiahao", model.FamilyOf, "Sok Sovann Rithy", ""}}, nil},
		{"married to a person's daughter", "The rest belongs to Meng Sokha, who is married to Heng Vuthy's daughter, Heng Sreypich.",
			[]rel{{"Meng Sokha", model.FamilyOf, "Heng Sreypich", ""}, {"Heng Sreypich", model.FamilyOf, "Heng Vuthy", ""}}, nil},
		{"a kin noun with no possessor before the second name", "Chen Jiahao is the nephew of the chairman and met Sok Sovann Rithy in May.",
			nil, []rel{{"Chen Jiahao", model.FamilyOf, "Sok Sovann Rithy", ""}}},
		// A nominee of a person.
		{"held shares as a nominee of a person", "Maricel Dizon held her shares as a nominee of Huang Zhiwei, investigators found.",
			[]rel{{"Maricel Dizon", model.AssociateOf, "Huang Zhiwei", ""}}, nil},
		{"a nominee of a person after a description", "Maricel Dizon, a former cashier, acted as a front for Huang Zhiwei.",
			[]rel{{"Maricel Dizon", model.AssociateOf, "Huang Zhiwei", ""}}, nil},
		{"someone else said to act as a nominee", "Maricel Dizon said that the clerk acted as a nominee for Huang Zhiwei.",
			nil, []rel{{"Maricel Dizon", model.AssociateOf, "Huang Zhiwei", ""}}},
		// Seats in a chamber, and the party a seat is held for.
		{"sat in a chamber for a party", "The plot belongs to Oknha Chen Sokha, a tycoon who has sat in the Senate for the Cambodian People's Party since 2018.",
			[]rel{{"Chen Sokha", model.MemberOf, "Cambodian People's Party", ""}, {"Chen Sokha", model.MemberOf, "Senate", ""}}, nil},
		{"represented a place in a chamber", "Keo Vuthy has represented Oddar Meanchey in the National Assembly for the Cambodian People's Party since 2013.",
			[]rel{{"Keo Vuthy", model.MemberOf, "Cambodian People's Party", ""}}, nil},
		{"served in an army is no seat", "Keo Vuthy, who served in the Royal Cambodian Armed Forces for the Cambodian People's Party, owns the land.",
			nil, []rel{{"Keo Vuthy", model.MemberOf, "Cambodian People's Party", ""}}},
		// A spokesman of an armed group is one of its members.
		{"an armed group's spokesman", "Saw Maw Hla, a spokesman for the Democratic Karen Benevolent Army, denied the report.",
			[]rel{{"Saw Maw Hla", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, []rel{{"Saw Maw Hla", model.EmployedBy, "Democratic Karen Benevolent Army", ""}}},
		{"a ministry's spokesman stays staff", "Touch Sokhak, a spokesman for the Ministry of Interior, denied the report.",
			[]rel{{"Touch Sokhak", model.EmployedBy, "Ministry of Interior", ""}}, nil},
		// A body's denial that its own men guard a site.
		{"a spokesman denies that the body's officers guarded the site", "Kim Sovann, a spokesman for the Preah Sihanouk Provincial Police, denied that any of its officers had guarded Golden Bay Resort.",
			[]rel{{"Preah Sihanouk Provincial Police", model.Protects, "Golden Bay Resort", ""}}, nil},
		{"the site named a sentence before", "Workers fled Golden Bay Resort in May. The Preah Sihanouk Provincial Police denied that its officers protect the compound.",
			[]rel{{"Preah Sihanouk Provincial Police", model.Protects, "Golden Bay Resort", ""}}, nil},
		{"a denial about other men reads nothing", "The Preah Sihanouk Provincial Police denied that local gangs guarded Golden Bay Resort.",
			nil, []rel{{"Preah Sihanouk Provincial Police", model.Protects, "Golden Bay Resort", ""}}},
		{"a denial of another act reads nothing", "The Preah Sihanouk Provincial Police denied that its officers raided Golden Bay Resort.",
			nil, []rel{{"Preah Sihanouk Provincial Police", model.Protects, "Golden Bay Resort", ""}}},
		{"married a person's daughter", "Zheng Long married Srun Vanna's daughter Srun Sreypov five years ago.",
			[]rel{{"Zheng Long", model.FamilyOf, "Srun Sreypov", ""}}, nil},
		// A pair of relatives.
		{"the spouses with their posts", "The building is owned by a family corporation of the spouses Jose Villanueva, its president, and Marites Villanueva, its treasurer.",
			[]rel{{"Jose Villanueva", model.FamilyOf, "Marites Villanueva", ""}}, nil},
		{"the brothers", "The brothers Chen Long and Chen Hu left the country in May.",
			[]rel{{"Chen Long", model.FamilyOf, "Chen Hu", ""}}, nil},
		{"two partners are no pair of relatives", "The partners Chen Long and Lim Hu left the country in May.",
			nil, []rel{{"Chen Long", model.FamilyOf, "Lim Hu", ""}}},
		// Guards wearing a body's marks, the body named before the mark.
		{"guards wear a body's patches", "Guards at Shunda Park wear Karen National Army patches, two workers said.",
			[]rel{{"Karen National Army", model.Protects, "Shunda Park", ""}}, nil},
		{"guards at a place not read as a site are not the earlier site's", "Workers fled Golden Bay Resort in May. Guards at Shunda wear Karen National Army patches.",
			nil, []rel{{"Karen National Army", model.Protects, "Golden Bay Resort", ""}}},
		{"shirts bought from a body's shops are no marks", "Guards at Shunda Park wear shirts bought from Karen National Army shops.",
			nil, []rel{{"Karen National Army", model.Protects, "Shunda Park", ""}}},
		// A firm's manager runs it; a manager of a field is staff.
		{"a firm's manager directs it", "The floors were leased to Tianyi Network Co., Ltd., whose manager, Zhou Peng, fled.",
			[]rel{{"Zhou Peng", model.Directs, "Tianyi Network Co., Ltd.", ""}}, []rel{{"Zhou Peng", model.EmployedBy, "Tianyi Network Co., Ltd.", ""}}},
		{"an operations manager is staff", "Zhou Peng, an operations manager at Tianyi Network Co., Ltd., fled.",
			[]rel{{"Zhou Peng", model.EmployedBy, "Tianyi Network Co., Ltd.", ""}}, []rel{{"Zhou Peng", model.Directs, "Tianyi Network Co., Ltd.", ""}}},
		{"a governor heads a provincial administration", "The raid was led under the direction of H.E. Men Kosal, Governor of the Svay Rieng Provincial Administration.",
			[]rel{{"Men Kosal", model.Directs, "Svay Rieng Provincial Administration", ""}}, nil},
		{"a stake held in a firm on a person's behalf", "U Aung Myo Tun, a Burmese national, holds a 10 percent stake in the company on Lin Wenhao's behalf.",
			[]rel{{"Aung Myo Tun", model.AssociateOf, "Lin Wenhao", ""}}, nil},
		{"acted on a person's behalf", "Thanawat Chaiyapruek has acted on Wei Guoqiang's behalf in arranging boat crossings.",
			[]rel{{"Thanawat Chaiyapruek", model.AssociateOf, "Wei Guoqiang", ""}}, nil},
		{"a lawyer acting on a client's behalf", "Kittipong Malai, a lawyer, acted on Yang Shaowei's behalf at the hearing.",
			nil, []rel{{"Kittipong Malai", model.AssociateOf, "Yang Shaowei", ""}}},
		{"a report of another's act on the behalf", "Lin Wenhao said the firm held the land on Chen Zhi's behalf.",
			nil, []rel{{"Lin Wenhao", model.AssociateOf, "Chen Zhi", ""}}},
		{"a third person between", "Lin Wenhao held shares with Sok Dara on Chen Zhi's behalf.",
			nil, []rel{{"Lin Wenhao", model.AssociateOf, "Chen Zhi", ""}}},
		{"on a person's behalf of a body", "Lin Wenhao signed the lease on Chen Zhi's brother's behalf.",
			nil, []rel{{"Lin Wenhao", model.AssociateOf, "Chen Zhi", ""}}},
		{"held in his own name, not on a person's behalf", "Li Ming held the shares in his own name, not on Zhang Wei's behalf.",
			nil, []rel{{"Li Ming", model.AssociateOf, "Zhang Wei", ""}}},
		{"rather than on a person's behalf", "Li Ming held the shares in his own name, rather than on Zhang Wei's behalf.",
			nil, []rel{{"Li Ming", model.AssociateOf, "Zhang Wei", ""}}},
		{"never on a person's behalf", "Li Ming held the shares for years, never on Zhang Wei's behalf.",
			nil, []rel{{"Li Ming", model.AssociateOf, "Zhang Wei", ""}}},
		{"instead of on a person's behalf", "Li Ming bought the land for himself instead of on Zhang Wei's behalf.",
			nil, []rel{{"Li Ming", model.AssociateOf, "Zhang Wei", ""}}},
		{"not on behalf of a person", "Li Ming held the land himself, not on behalf of Zhang Wei.",
			nil, []rel{{"Li Ming", model.AssociateOf, "Zhang Wei", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
