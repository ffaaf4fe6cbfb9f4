package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNomineeHolders holds reAsNominee (acting_ties.go): a person who holds shares, a stake or
// land "as (a) nominee for" another is that person's
// associate, also when the holder is set off by commas or the article is left out. A holder
// other than the one named (a "whose" firm, a relative), a negation, a trust (a lawyer's, a
// bank's, a guardian's), a principal's possession ("for Y's firm"), a refusal, an offer, an
// ending, a proxy's vote and a party's nominee state no tie; a denial, a hedge and a quote lower the grade.
func TestNomineeHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"holder set off by commas", "Its registered owner on paper, Somchai Pattana, held his 49 percent stake as a nominee for Liu Jianming, the firm's real owner.",
			[]rel{{"Somchai Pattana", model.AssociateOf, "Liu Jianming", "reported"}}, nil},
		{"nominee without an article", "The tribunal found that Maria Santos held her shares as nominee of Wu Tianhao.",
			[]rel{{"Maria Santos", model.AssociateOf, "Wu Tianhao", ""}}, nil},
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
		// Review rv25assoc: a trust is held by lawyers, banks and guardians for others.
		{"a bare trust is not read", "Court records show Dara Sokhom held the shares on a bare trust for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a lawyer's escrow in trust", "Dara Sokhom, a lawyer, held the escrow funds in trust for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a bank's deposits in trust", "Dara Sokhom, a bank, held the deposits in trust for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a guardian's house in trust", "Dara Sokhom, the guardian, holds the house in trust for Huang Jianguo, a minor.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"in trust for Y's children", "Dara Sokhom held the shares in trust for Huang Jianguo's children.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a held trust in court", "Dara Sokhom held the shares on trust for Huang Jianguo, the court found, rejecting the claim.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a nominee for Y's firm", "Dara Sokhom was nominated as nominee director for Huang Jianguo's firm.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a nominee for Y's children", "Dara Sokhom, a lawyer, held the funds as a nominee for Huang Jianguo's children.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"refused to serve as nominee", "Dara Sokhom refused to serve as nominee for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"refused to serve as a nominee", "Dara Sokhom refused to serve as a nominee for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"declined an offer", "Dara Sokhom declined an offer to act as a nominee for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"was asked to act", "Dara Sokhom was asked to act as a nominee for Huang Jianguo.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"resigned as nominee", "Dara Sokhom resigned as nominee for Huang Jianguo in 2019.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"was replaced as nominee", "Dara Sokhom was replaced as nominee shareholder for Huang Jianguo by Chea Vuthy.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"held as a proxy for debts", "Sok Heng, held as a proxy for Huang Jianguo's debts, was released.",
			nil, []rel{{"Sok Heng", model.AssociateOf, "Huang Jianguo", ""}}},
		{"held in custody as nominee", "Dara Sokhom, held in custody as nominee for Huang Jianguo, declined to comment.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"voted as proxy at a meeting", "Dara Sokhom voted as proxy for Huang Jianguo at the shareholders' meeting.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a proxy at the annual meeting", "Dara Sokhom holds shares as proxy for Huang Jianguo at the annual meeting.",
			nil, []rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}},
		{"a holder set off by commas, held", "Dara Sokhom,    held his stake  as nominee   for Huang Jianguo.",
			[]rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}, nil},
		{"a holder set off by commas, a nominee shareholder", "Police named Dara Sokhom, a nominee shareholder for Huang Jianguo.",
			[]rel{{"Dara Sokhom", model.AssociateOf, "Huang Jianguo", ""}}, nil},
		// A second review's sentence: the object of "met" is not the holder.
		{"the object of a verb before the comma and held", "Dara Sokhom met Chea Vuthy, held the shares as a nominee for Huang Jianguo.",
			nil, []rel{{"Chea Vuthy", model.AssociateOf, "Huang Jianguo", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
