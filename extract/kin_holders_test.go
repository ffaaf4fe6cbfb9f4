package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinHolders: "The company's director is his wife, X" and "The company is managed by
// Narong's nephew, X" give the tie to X, never to the one the possessor stands for, in either
// order and through "its"; the kinship itself is still read.
func TestKinHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the company's director is his wife, named",
			"Most of Blue Heron Resort Co., Ltd. belongs to Meas Sophal, a Kampot businessman. The company's sole director is his wife, Nhem Sreyleak, registry files show.",
			[]rel{{"Nhem Sreyleak", model.Directs, "Blue Heron Resort Co., Ltd.", ""}, {"Meas Sophal", model.FamilyOf, "Nhem Sreyleak", ""}},
			[]rel{{"Meas Sophal", model.Directs, "Blue Heron Resort Co., Ltd.", ""}}},
		{"its chairman is her son, no comma",
			"Golden Reed Holdings Ltd. rents its offices from Lin Meifang, a Macau landlord. Its chairman is her son Zhou Bin.",
			[]rel{{"Zhou Bin", model.Directs, "Golden Reed Holdings Ltd.", ""}},
			[]rel{{"Lin Meifang", model.Directs, "Golden Reed Holdings Ltd.", ""}}},
		{"the relative first, the post after",
			"Most of Blue Heron Resort Co., Ltd. belongs to Meas Sophal, a Kampot businessman. His brother, Meas Vuthy, is the company's managing director.",
			[]rel{{"Meas Vuthy", model.Directs, "Blue Heron Resort Co., Ltd.", ""}},
			[]rel{{"Meas Sophal", model.Directs, "Blue Heron Resort Co., Ltd.", ""}}},
		{"a kin word with no name gives nobody the post",
			"Most of Blue Heron Resort Co., Ltd. belongs to Meas Sophal, a Kampot businessman. The company's sole director is his wife.",
			nil, []rel{{"Meas Sophal", model.Directs, "Blue Heron Resort Co., Ltd.", ""}}},
		{"a post that is no post reads nothing",
			"Most of Blue Heron Resort Co., Ltd. belongs to Meas Sophal, a Kampot businessman. The company's best customer is his wife, Nhem Sreyleak.",
			nil, []rel{{"Nhem Sreyleak", model.Directs, "Blue Heron Resort Co., Ltd.", ""}, {"Nhem Sreyleak", model.EmployedBy, "Blue Heron Resort Co., Ltd.", ""}}},
		{"a passive whose agent is a named man's nephew",
			"Golden Reed Holdings Ltd. owns the pier, and its largest shareholder is Narong Chaiwat, a provincial MP. The company is managed by Narong's nephew, Somchai Chaiwat.",
			[]rel{{"Somchai Chaiwat", model.Directs, "Golden Reed Holdings Ltd.", ""}},
			[]rel{{"Narong Chaiwat", model.Directs, "Golden Reed Holdings Ltd.", ""}}},
		{"a site run by his son",
			"Police raided Pearl River Park in May after a tip from Meas Sophal's former driver. Officials said the park was run by his son, Meas Vuthy.",
			[]rel{{"Meas Vuthy", model.Operates, "Pearl River Park", ""}}, nil},
		{"a site owned by a named woman's daughter",
			"Police raided Pearl River Park in May. The park is owned by Lin Meifang's daughter Zhou Lu, land records show.",
			[]rel{{"Zhou Lu", model.Owns, "Pearl River Park", ""}},
			[]rel{{"Lin Meifang", model.Owns, "Pearl River Park", ""}}},
		{"a passive by a relative with no name names no holder",
			"Golden Reed Holdings Ltd. owns the pier, and its largest shareholder is Narong Chaiwat, a provincial MP. The company is managed by his nephew.",
			nil, []rel{{"Narong Chaiwat", model.Directs, "Golden Reed Holdings Ltd.", ""}}},
		{"a visit by a relative is no tie",
			"Golden Reed Holdings Ltd. owns the pier, and its largest shareholder is Narong Chaiwat, a provincial MP. The company was visited by his nephew, Somchai Chaiwat.",
			nil, []rel{{"Somchai Chaiwat", model.Directs, "Golden Reed Holdings Ltd.", ""}, {"Narong Chaiwat", model.Directs, "Golden Reed Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
