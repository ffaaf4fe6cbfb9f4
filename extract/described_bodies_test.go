package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDescribedBodies holds the posts of described_bodies.go: a post in a body named after a
// kind noun, a branch or a country's possessive is a tie to that body; a client, a victim, a
// partner or an agent acting in a case is none.
func TestDescribedBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a kind noun before the body", "Mariam Yusof, a case worker with the refugee charity Harbour Light Trust, said the women were sent home.",
			[]rel{{"Mariam Yusof", model.EmployedBy, "Harbour Light Trust", ""}}, nil},
		{"a branch and a kind noun before the body", "Nok Chaiyasit, a researcher at the Chiang Mai office of the rights group Open Border Watch, said the raids had failed.",
			[]rel{{"Nok Chaiyasit", model.EmployedBy, "Open Border Watch", ""}}, nil},
		{"a country's possessive before a ministry", "Prak Sovann, a former secretary of state at Cambodia's Ministry of Commerce, chairs the firm.",
			[]rel{{"Prak Sovann", model.EmployedBy, "Ministry of Commerce of Cambodia", ""}}, nil},
		{"serves as an adviser to a country's body", "Keo Dara also serves as an adviser to Cambodia's Ministry of Interior.",
			[]rel{{"Keo Dara", model.EmployedBy, "Ministry of Interior of Cambodia", ""}}, nil},
		{"a place-based lawyer with a foundation", "Somsri Chaiyo, a Lampang-based lawyer with the Migrant Justice Foundation, said the case would go to court.",
			[]rel{{"Somsri Chaiyo", model.EmployedBy, "Migrant Justice Foundation", ""}}, nil},
		{"an association's lawyer is its member", "Tran Van Minh, a lawyer with the Saigon Bar Association, represents six returnees.",
			[]rel{{"Tran Van Minh", model.MemberOf, "Saigon Bar Association", ""}}, nil},
		{"a client of a described body holds no post", "Mariam Yusof, a client of the refugee charity Harbour Light Trust, said she was sent home.",
			nil, []rel{{"Mariam Yusof", model.EmployedBy, "Harbour Light Trust", ""}}},
		{"a lawyer for a company acts in its case", "Somsri Chaiyo, a lawyer for Golden Bay Holdings Co., Ltd., said the firm denied the charges.",
			nil, []rel{{"Somsri Chaiyo", model.EmployedBy, "Golden Bay Holdings Co., Ltd.", ""}}},
		{"a partner at a described firm is no staff", "Nok Chaiyasit, a former partner at the law firm Siam Legal Group, said the deal was lawful.",
			nil, []rel{{"Nok Chaiyasit", model.EmployedBy, "Siam Legal Group", ""}}},
		{"a victim of a described firm holds no post", "Nok Chaiyasit, a victim of the Thai firm Golden Bay Holdings Co., Ltd., said she was beaten.",
			nil, []rel{{"Nok Chaiyasit", model.EmployedBy, "Golden Bay Holdings Co., Ltd.", ""}}},
		{"a party's standing before its name", "Aung Ko, a senior member of the opposition Candlelight Party, said the land was sold in 2019.",
			[]rel{{"Aung Ko", model.MemberOf, "Candlelight Party", ""}}, nil},
		{"a plain description coordinated before the post", "Aung Ko is a Yangon businessman and a member of the Union Solidarity and Development Party.",
			[]rel{{"Aung Ko", model.MemberOf, "Union Solidarity and Development Party", ""}}, nil},
		{"an age, then a plain description and a post without its article", "Thanawat Kaewmanee, 49, a Tak businessman and chairman of Kaewmanee Energy Co., Ltd., sold diesel to the park.",
			[]rel{{"Thanawat Kaewmanee", model.Directs, "Kaewmanee Energy Co., Ltd.", ""}}, nil},
		{"an age, then a victim and a witness", "Sok Dara, 31, a trafficking victim and witness for the Anti-Trafficking Police, told the court she was beaten.",
			nil, []rel{{"Sok Dara", model.EmployedBy, "Anti-Trafficking Police", ""}, {"Sok Dara", model.Directs, "Anti-Trafficking Police", ""}}},
		{"an age before two people: the post is the second's", "Police held Chan Dara, 49, and Lim Heng, a Tak businessman and chairman of Kaewmanee Energy Co., Ltd.",
			[]rel{{"Lim Heng", model.Directs, "Kaewmanee Energy Co., Ltd.", ""}}, []rel{{"Chan Dara", model.Directs, "Kaewmanee Energy Co., Ltd.", ""}}},
		{"a name in apposition before its copula", "The firm is chaired by Sam Dara, whose cousin, Sam Vanna, is a secretary of state at the Ministry of Commerce.",
			[]rel{{"Sam Vanna", model.EmployedBy, "Ministry of Commerce", ""}}, nil},
		{"a modifier that keeps the post", "Northgate Holdings Inc.'s external accountant, Liza Ramos, told the panel she had never entered the compound.",
			[]rel{{"Liza Ramos", model.EmployedBy, "Northgate Holdings Inc.", ""}}, nil},
		{"a donor to a ruling party is no member", "Chen Wei, a generous donor to the ruling Cambodian People's Party, owns the casino.",
			nil, []rel{{"Chen Wei", model.MemberOf, "Cambodian People's Party", ""}}},
		{"a witness coordinated with a victim holds no post", "Sok Dara, a trafficking victim and a witness for the Anti-Trafficking Police, told the court she was beaten.",
			nil, []rel{{"Sok Dara", model.EmployedBy, "Anti-Trafficking Police", ""}}},
		{"a first conjunct with its own tie is not passed over", "Aung Ko is a shareholder of Golden Lotus Co., Ltd. and a member of the Union Solidarity and Development Party.",
			[]rel{{"Aung Ko", model.MemberOf, "Union Solidarity and Development Party", ""}}, []rel{{"Aung Ko", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}},
		{"a sitting member after a name's closing comma", "The firm is chaired by Ramon Cruz, whose cousin, Lorna Reyes, is also a sitting member of the Makati City Council.",
			[]rel{{"Lorna Reyes", model.MemberOf, "Makati City Council", ""}}, nil},
		{"a sitting tenant holds no seat", "The firm is chaired by Ramon Cruz, whose cousin, Lorna Reyes, is a sitting tenant of Makati Prime Realty Corp.",
			nil, []rel{{"Lorna Reyes", model.EmployedBy, "Makati Prime Realty Corp.", ""}, {"Lorna Reyes", model.MemberOf, "Makati Prime Realty Corp.", ""}}},
	}
	checkRelCases(t, x, cases)
}
