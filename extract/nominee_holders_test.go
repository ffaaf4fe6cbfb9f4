package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNomineeHolders holds reAsNominee (acting_ties.go): a person who holds shares, a stake or
// land "as (a) nominee for" another, or "on (a bare) trust for" another, is that person's
// associate, also when the holder is set off by commas or the article is left out. A holder
// other than the one named (a "whose" firm, a relative), a negation, a trust set up rather
// than held, and a party's nominee state no tie; a denial, a hedge and a quote lower the grade.
func TestNomineeHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"holder set off by commas", "Its registered owner on paper, Somchai Pattana, held his 49 percent stake as a nominee for Liu Jianming, the firm's real owner.",
			[]rel{{"Somchai Pattana", model.AssociateOf, "Liu Jianming", "reported"}}, nil},
		{"nominee without an article", "The tribunal found that Maria Santos held her shares as nominee of Wu Tianhao.",
			[]rel{{"Maria Santos", model.AssociateOf, "Wu Tianhao", ""}}, nil},
		{"held on a bare trust", "I find that Ong Beng Huat held the shares on a bare trust for Zhang Wenjun.",
			[]rel{{"Ong Beng Huat", model.AssociateOf, "Zhang Wenjun", ""}}, nil},
		{"holds land in trust", "Records show Rina Dela Cruz holds the land in trust for Chen Lihua.",
			[]rel{{"Rina Dela Cruz", model.AssociateOf, "Chen Lihua", ""}}, nil},
		{"kept deeds on trust after an apposition", "Sokha Ratana, a former driver, kept the title deeds on trust for Wang Haiyang.",
			[]rel{{"Sokha Ratana", model.AssociateOf, "Wang Haiyang", ""}}, nil},
		{"age aside and a possessive object", "Suda Rattanakul, 52, held the company's shares as nominee for Xu Feng.",
			[]rel{{"Suda Rattanakul", model.AssociateOf, "Xu Feng", ""}}, nil},
		{"another name before the holder", "Somchai Pattana introduced Liu Jianming to Tan Wei, who held the shares as a nominee for Zhou Bin.",
			[]rel{{"Tan Wei", model.AssociateOf, "Zhou Bin", ""}},
			[]rel{{"Somchai Pattana", model.AssociateOf, "Zhou Bin", ""}, {"Liu Jianming", model.AssociateOf, "Zhou Bin", ""}}},
		{"a whose firm is the nominee", "He met Tan Wei, whose firm holds shares as a nominee for Lim Boon Kiat.",
			nil, []rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", ""}}},
		{"the relative holds the shares", "Tan Wei's wife, Mei Ling, held the shares as a nominee for Lim Boon Kiat.",
			[]rel{{"Mei Ling", model.AssociateOf, "Lim Boon Kiat", ""}}, []rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", ""}}},
		{"never held", "Tan Wei never held the shares as a nominee for Lim Boon Kiat.",
			nil, []rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", ""}}},
		{"not as a nominee", "Tan Wei held the shares in his own name, not as a nominee for Lim Boon Kiat.",
			nil, []rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", ""}}},
		{"a denial is alleged", "Tan Wei denied that he held the shares as a nominee for Lim Boon Kiat.",
			[]rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", "alleged"}}, nil},
		{"a hedge is alleged", "Tan Wei reportedly held the shares as a nominee for Lim Boon Kiat.",
			[]rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", "alleged"}}, nil},
		{"a quote is alleged", "\"Tan Wei held the shares as a nominee for Lim Boon Kiat,\" a villager claimed.",
			[]rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", "alleged"}}, nil},
		{"a trust set up, not held", "Tan Wei set up a trust for Lim Boon Kiat in 2020.",
			nil, []rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", ""}}},
		{"a party's nominee", "Tan Wei, the party's nominee for governor, met Lim Boon Kiat on Monday.",
			nil, []rel{{"Tan Wei", model.AssociateOf, "Lim Boon Kiat", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
