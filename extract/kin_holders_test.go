package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinHolders: "The company's director is his wife, X" gives the post to X, never to the
// man "his" stands for, in either order and through "its"; the kinship itself is still read.
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
	}
	checkRelCases(t, x, cases)
}
