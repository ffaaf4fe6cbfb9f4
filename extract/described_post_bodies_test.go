package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDescribedPostBodies holds posts in a body first told by a description and named after a
// comma (described_post_bodies.go), and the cases where the words are no post, the
// description's head is no body, or a name stands between.
func TestDescribedPostBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"sits on the board of its parent", "The filing names Chen Meng, a Malaysian investor who also sits on the board of its parent, Hengda Group.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"who is also the vice chairman of the association", "The firm is run by Chen Meng, who is also the vice chairman of the town's traders' association, the Riverside Business Council.",
			[]rel{{"Chen Meng", model.Directs, "Riverside Business Council", ""}}, nil},
		{"an apposed person sits on the board of a possessed arm", "The senator's son, Chen Meng, sits on the board of the family's property arm, Golden Fortune Co., Ltd., a firm registered in 2018.",
			[]rel{{"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"was the finance manager of the tenant", "Records show Chen Meng was the finance manager of the tenant, Mekong Star Holdings Ltd., until 2022.",
			[]rel{{"Chen Meng", model.EmployedBy, "Mekong Star Holdings Ltd.", ""}}, nil},
		{"a critic is no post", "Records show Chen Meng is a critic of the group's parent, Hengda Group.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}, {"Chen Meng", model.EmployedBy, "Hengda Group", ""}}},
		{"a head that is no body", "Chen Meng, who is also the director of the new film, Golden Fortune Co., Ltd. paid for it.",
			nil, []rel{{"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}}},
		{"a name between the person and the body", "Chen Meng, who is also the chairman of the Lim Srey group, Hengda Group, fled.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
