package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPostVerbs holds the posts told by a verb of taking, holding or giving a post
// (post_verbs.go), and the must-not-fire cases where the words after "as" are no post or the
// post is in what the body has.
func TestPostVerbs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"took over as", "Records show Chen Meng took over as chairman of Hengda Group in 2020.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"stayed on as, in a relative clause", "Police said Chen Meng, who stayed on as finance manager at Golden Fortune Co., Ltd., had fled.",
			[]rel{{"Chen Meng", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"was promoted to", "Records show Chen Meng was later promoted to general manager of Golden Fortune Co., Ltd. in 2021.",
			[]rel{{"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"holds the post of", "Records show Chen Meng holds the post of chairman at Hengda Group.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"one of the directors", "Police said Chen Meng, one of the directors of Hengda Group, had fled.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"among the shareholders", "Records show Chen Meng was among the registered shareholders of Golden Fortune Co., Ltd.",
			[]rel{{"Chen Meng", model.Owns, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"chairs the board", "Police said Chen Meng, who chairs the board of Hengda Group, had fled.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"at the time a director", "Records show Chen Meng, at the time a director of Hengda Group, signed the lease.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"a body hired a person as a post", "Court records show Hengda Group hired Chen Meng as finance manager in 2019.",
			[]rel{{"Chen Meng", model.EmployedBy, "Hengda Group", ""}}, nil},
		{"a body appointed a person its chairman", "Court records show Hengda Group appointed Chen Meng as its new chairman last year.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"who now serves as the body's post", "Police said Chen Meng, who now serves as Hengda Group's vice president, had fled.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"hired as a reference's possessed post", "Hengda Group runs the casino. Lim Srey was hired as the firm's treasurer in 2019.",
			[]rel{{"Lim Srey", model.EmployedBy, "Hengda Group", ""}}, nil},
		{"at the helm of", "Records show Chen Meng has been at the helm of Hengda Group since 2015.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}, nil},
		{"the founder of both", "Police said Chen Meng, the founder of both Hengda Group and Golden Fortune Co., Ltd., had fled.",
			[]rel{{"Chen Meng", model.Directs, "Hengda Group", ""}, {"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"a rival of both is no post", "Police said Chen Meng, a rival of both Hengda Group and Golden Fortune Co., Ltd., had fled.",
			nil, []rel{{"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}, {"Chen Meng", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}},
		{"hired as no post", "Court records show Hengda Group hired Chen Meng as a favour to his father.",
			nil, []rel{{"Chen Meng", model.EmployedBy, "Hengda Group", ""}}},
		{"a post in what the body has", "Records show Chen Meng took over as chairman of Hengda Group's Cambodian unit in 2020.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}},
		{"among the victims is no post", "Police said Chen Meng was among the victims of Hengda Group in 2020.",
			nil, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}, {"Chen Meng", model.EmployedBy, "Hengda Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
