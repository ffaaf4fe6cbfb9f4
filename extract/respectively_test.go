package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRespectiveTies holds the rules of respectively.go to sentences they must read and
// sentences where they must stay silent. The names are invented.
func TestRespectiveTies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"posts matched to names in apposition",
			"Nora Vance and Tan Wei, chairman and accountant of Silver Cedar Holdings Corp. respectively, were arrested.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}, {"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"respectively before the posts of a copula",
			"Nora Vance and Tan Wei were respectively the chairman and the accountant of Silver Cedar Holdings Corp.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}, {"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}},
			[]rel{{"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
		{"one plural post, bodies matched to names",
			"Nora Vance and Tan Wei, the chairmen of Silver Cedar Holdings Corp. and Bright Harbour Ltd. respectively, denied wrongdoing.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}, {"Tan Wei", model.Directs, "Bright Harbour Ltd.", ""}},
			[]rel{{"Nora Vance", model.Directs, "Bright Harbour Ltd.", ""}}},
		{"more posts than names is no match",
			"Nora Vance and Tan Wei, owner, chairman and accountant of Silver Cedar Holdings Corp. respectively, were arrested.",
			nil,
			[]rel{{"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}}},
		{"fewer bodies than names is no match",
			"Nora Vance and Tan Wei, the chairmen of Silver Cedar Holdings Corp. respectively, denied wrongdoing.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Bright Harbour Ltd.", ""}}},
		{"two lists joined by a verb",
			"Nora Vance and Tan Wei own Jade Moon Park and Silver Cedar Casino, respectively.",
			[]rel{{"Nora Vance", model.Owns, "Jade Moon Park", ""}, {"Tan Wei", model.Owns, "Silver Cedar Casino", ""}},
			[]rel{{"Tan Wei", model.Owns, "Jade Moon Park", ""}, {"Nora Vance", model.Owns, "Silver Cedar Casino", ""}}},
		{"two lists joined by a passive",
			"Jade Moon Park and Silver Cedar Casino are owned by Nora Vance and Tan Wei respectively.",
			[]rel{{"Nora Vance", model.Owns, "Jade Moon Park", ""}, {"Tan Wei", model.Owns, "Silver Cedar Casino", ""}},
			[]rel{{"Nora Vance", model.Owns, "Silver Cedar Casino", ""}}},
		{"lists of unequal length keep the shared reading",
			"Nora Vance and Tan Wei own Jade Moon Park, Silver Cedar Casino and Golden Reed Resort, respectively.",
			[]rel{{"Tan Wei", model.Owns, "Golden Reed Resort", ""}},
			nil},
		// Right-node raising.
		{"the first verb shares the second's object",
			"Nora Vance chaired and Tan Wei managed Silver Cedar Holdings Corp. until 2022.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"a first verb with its own object",
			"Nora Vance chaired Bright Harbour Ltd. and Tan Wei managed Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
		{"a verb that is no tie before the and",
			"Nora Vance resigned and Tan Wei managed Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
		// Two verbs sharing subject and object.
		{"each verb of a coordination takes the object",
			"Nora Vance built and now operates Jade Moon Park.",
			[]rel{{"Nora Vance", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"verbs that are no tie",
			"Nora Vance visited and later praised Jade Moon Park.",
			nil,
			[]rel{{"Nora Vance", model.Operates, "Jade Moon Park", ""}, {"Nora Vance", model.Owns, "Jade Moon Park", ""}}},
		// A copula clause gapped in its second conjunct.
		{"a post with the copula left out",
			"Nora Vance was the director of Silver Cedar Holdings Corp. and her husband, Tan Wei, its accountant, the court found.",
			[]rel{{"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"a gapped phrase that is no post",
			"Nora Vance is the president of Silver Cedar Holdings Corp. and Tan Wei its biggest critic.",
			nil,
			[]rel{{"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}, {"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
		{"a second conjunct with a verb of its own",
			"Nora Vance is the president of Silver Cedar Holdings Corp. and Tan Wei sued its accountant.",
			nil,
			[]rel{{"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}}},
		// Possessives in a list stand for its head.
		{"each its of a list is the head's",
			"The sanctions target Jade Moon Park, its operator Bright Harbour Ltd., and its owner, Nora Vance.",
			[]rel{{"Bright Harbour Ltd.", model.Operates, "Jade Moon Park", ""}, {"Nora Vance", model.Owns, "Jade Moon Park", ""}},
			nil},
		{"a post with no comma before the name",
			"Treasury designated Silver Cedar Holdings Corp., its director Nora Vance, and three of its sites.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"a possessed noun that is no tie",
			"Bright Harbour Ltd. and its rival Silver Cedar Holdings Corp. bid for the land.",
			nil,
			[]rel{{"Silver Cedar Holdings Corp.", model.Owns, "Bright Harbour Ltd.", ""}, {"Silver Cedar Holdings Corp.", model.Operates, "Bright Harbour Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRespectiveRaidsAndOwners holds two readings of "respectively" lists: a raid told member
// by member ties each raider to its own site only, and the members of a list that each hold
// their own are not associates by it.
func TestRespectiveRaidsAndOwners(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"passive raids, respectively",
			"KK Park and Golden Lotus Park were raided by the Royal Thai Police and the Myanmar Army respectively.",
			[]rel{{"Royal Thai Police", model.Raided, "KK Park", ""}},
			[]rel{{"Royal Thai Police", model.Raided, "Golden Lotus Park", ""}}},
		{"active raids, respectively",
			"The Royal Thai Police and the Myanmar Army raided KK Park and Golden Lotus Park, respectively.",
			[]rel{{"Royal Thai Police", model.Raided, "KK Park", ""}},
			[]rel{{"Royal Thai Police", model.Raided, "Golden Lotus Park", ""}}},
		{"owners each of their own are no associates",
			"Chen Wei and Li Qiang own Golden Lotus Park and KK Park, respectively.",
			[]rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}, {"Li Qiang", model.Owns, "KK Park", ""}},
			[]rel{{"Chen Wei", model.AssociateOf, "Li Qiang", ""}, {"Chen Wei", model.Owns, "KK Park", ""}}},
		{"brothers owning their own stay kin (review of r22-sweep)",
			"The brothers Zhao Ming and Zhao Kai own Blue Harbour Park and Jade Lotus Park, respectively.",
			[]rel{{"Zhao Ming", model.FamilyOf, "Zhao Kai", ""}, {"Zhao Ming", model.Owns, "Blue Harbour Park", ""}},
			[]rel{{"Zhao Ming", model.AssociateOf, "Zhao Kai", ""}, {"Zhao Ming", model.Owns, "Jade Lotus Park", ""}}},
		{"a member told by kin, respectively (older crossed edge)",
			"Lim Dara and his brother Lim Sokha own Golden Bay Group and Lucky Star Holdings, respectively.",
			[]rel{{"Lim Dara", model.FamilyOf, "Lim Sokha", ""}, {"Lim Dara", model.Owns, "Golden Bay Group", ""}, {"Lim Sokha", model.Owns, "Lucky Star Holdings", ""}},
			[]rel{{"Lim Sokha", model.Owns, "Golden Bay Group", ""}, {"Lim Dara", model.Owns, "Lucky Star Holdings", ""}}},
		{"a partner in apposition, respectively, stays an associate",
			"Lim Dara and his business partner, Chen Wei, run Golden Bay Group and Lucky Star Holdings respectively.",
			[]rel{{"Chen Wei", model.AssociateOf, "Lim Dara", ""}, {"Lim Dara", model.Directs, "Golden Bay Group", ""}, {"Chen Wei", model.Directs, "Lucky Star Holdings", ""}},
			[]rel{{"Chen Wei", model.Directs, "Golden Bay Group", ""}}},
		{"passive, a wife as the second owner",
			"Golden Bay Group and Lucky Star Holdings are owned by Lim Dara and his wife Sok Lina, respectively.",
			[]rel{{"Lim Dara", model.Owns, "Golden Bay Group", ""}, {"Sok Lina", model.Owns, "Lucky Star Holdings", ""}},
			[]rel{{"Sok Lina", model.Owns, "Golden Bay Group", ""}, {"Lim Dara", model.Owns, "Lucky Star Holdings", ""}}},
		{"three members, the last told by kin",
			"Lim Dara, Chen Wei and his brother Chen Hao own Golden Bay Group, Lucky Star Holdings and Jade Bay Co., respectively.",
			[]rel{{"Chen Hao", model.Owns, "Jade Bay Co.", ""}, {"Chen Wei", model.Owns, "Lucky Star Holdings", ""}},
			[]rel{{"Chen Hao", model.Owns, "Lucky Star Holdings", ""}, {"Chen Wei", model.Owns, "Jade Bay Co.", ""}}},
		{"a hedge before the verb, respectively (review of round 23)",
			"Zhao Wenhua and his brother Zhao Lei allegedly own Kylin Group and Wanli Holdings, respectively, police said.",
			[]rel{{"Zhao Wenhua", model.Owns, "Kylin Group", model.Alleged}, {"Zhao Lei", model.Owns, "Wanli Holdings", model.Alleged}},
			[]rel{{"Zhao Lei", model.Owns, "Kylin Group", ""}, {"Zhao Wenhua", model.Owns, "Wanli Holdings", ""}}},
		{"kin joined without respectively both own",
			"Lim Dara and his brother Lim Sokha own Golden Bay Group.",
			[]rel{{"Lim Dara", model.Owns, "Golden Bay Group", ""}, {"Lim Sokha", model.Owns, "Golden Bay Group", ""}}, nil},
		{"joint owners without respectively stay associates",
			"Chen Wei and Li Qiang jointly own Golden Lotus Park.",
			[]rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}, {"Li Qiang", model.Owns, "Golden Lotus Park", ""}}, nil},
	})
}
