package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDescribedAsTies holds the ties and posts of described_as_ties.go: what others describe
// a person as, in the person's own clause, ties the person to the name the description
// reaches; the source of the description, a name inside the apposition, or a kin noun ties
// nothing.
func TestDescribedAsTies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a partner of a person after who and whom", "The park is chaired by Lin Zhenhao, a Chinese businessman who has invested in casinos since 2018 and whom two local traders described as a longtime business partner of Saw Kyaw Lin.",
			[]rel{{"Lin Zhenhao", model.AssociateOf, "Saw Kyaw Lin", model.Alleged}}, nil},
		{"a person's possessive partner", "The resort is run by Zhao Wenliang, a Chinese businessman whom local officials describe as Lim Sokhom's longtime business partner.",
			[]rel{{"Zhao Wenliang", model.AssociateOf, "Lim Sokhom", model.Alleged}}, nil},
		{"described by police as a partner", "Tan Boon Keat, a Johor Bahru businessman described by police as Azman Rashid's partner, arranged the flights.",
			[]rel{{"Tan Boon Keat", model.AssociateOf, "Azman Rashid", model.Alleged}}, nil},
		{"a body's possessed post past the source", "The hub was run by Xinrui Technology Inc. Among those arrested was Tran Thi Bich Ngoc, a Vietnamese national whom the CIDG described as Xinrui's human resources manager.",
			[]rel{{"Tran Thi Bich Ngoc", model.EmployedBy, "Xinrui Technology Inc.", model.Alleged}},
			[]rel{{"Tran Thi Bich Ngoc", model.EmployedBy, "Criminal Investigation and Detection Group", ""}}},
		{"a post at a firm after a quoted name", `The witnesses met a man known only as "Ah Kai," whom two witnesses identified as an accountant at Long Sheng Entertainment Co., Ltd.`,
			[]rel{{"Ah Kai", model.EmployedBy, "Long Sheng Entertainment Co., Ltd.", model.Alleged}}, nil},
		{"a firm's manager is left to the head rules", `The witnesses met a man known only as "Ah Kai," whom two witnesses identified as a manager at Long Sheng Entertainment Co., Ltd.`,
			nil, []rel{{"Ah Kai", model.Directs, "Long Sheng Entertainment Co., Ltd.", ""}}},
		{"the source is no associate", "Police questioned Chen Wei, whom Lim Heng described as a liar.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Lim Heng", ""}}},
		{"a kin noun is no association", "Police questioned Chen Wei, whom officials describe as a nephew of Lim Heng.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Lim Heng", ""}}},
		{"a name inside the apposition owns the clause", "Police questioned Chen Wei, a friend of Lim Heng whom officials describe as a partner of Sok Dara.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Sok Dara", ""}}},
		{"another's clause", "Police questioned Chen Wei about Lim Heng, whom officials describe as a partner of Sok Dara.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Sok Dara", ""}}},
		{"a description naming no tie", "Police questioned Chen Wei, whom the Kampot Provincial Police described as a suspect in the case.",
			nil, []rel{{"Chen Wei", model.EmployedBy, "Kampot Provincial Police", ""}, {"Chen Wei", model.MemberOf, "Kampot Provincial Police", ""}}},
		{"never described", "Police questioned Chen Wei, whom officials have never described as a partner of Sok Dara.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Sok Dara", ""}}},
		{"declined to describe", "Police questioned Chen Wei, whom officials declined to describe as a partner of Sok Dara.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Sok Dara", ""}}},
		{"wrongly identified", `The witnesses met a man known only as "Ah Kai," whom officials wrongly identified as an accountant at Long Sheng Entertainment Co., Ltd.`,
			nil, []rel{{"Ah Kai", model.EmployedBy, "Long Sheng Entertainment Co., Ltd.", ""}}},
		{"not described by", "Tan Boon Keat, a Johor Bahru businessman not described by police as Azman Rashid's partner, arranged the flights.",
			nil, []rel{{"Tan Boon Keat", model.AssociateOf, "Azman Rashid", ""}}},
		{"a tie of the possessor's tie", "Police questioned Chen Wei, whom officials describe as Sok Dara's partner's driver.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Sok Dara", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
