package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPostClauses holds the shapes of post_clauses.go: object relative clauses after a body,
// a founding by several, a post "from" a body, a listed post, taking the helm; and sentences
// that must give no post.
func TestPostClauses(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"which the person founded", "Blue Reef Holdings Co., Ltd., which Sok Pisey founded in 2017, leased the plot.",
			[]rel{{"Sok Pisey", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}}, nil},
		{"which the person commands", "The Mon Peace Force, which Nai Soe Lwin commands, guards the gate.",
			[]rel{{"Nai Soe Lwin", model.Directs, "Mon Peace Force", ""}}, nil},
		{"which the person works for", "Blue Reef Holdings Co., Ltd., which Sok Pisey works for, denied the claims.",
			[]rel{{"Sok Pisey", model.EmployedBy, "Blue Reef Holdings Co., Ltd.", ""}}, nil},
		{"co-founded by two", "Blue Reef Holdings Co., Ltd. was co-founded by Sok Pisey and Lim Dara.",
			[]rel{{"Sok Pisey", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}, {"Lim Dara", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}}, nil},
		{"an official from a ministry", "Sok Pisey, an official from the Ministry of Labour and Vocational Training, declined to comment.",
			[]rel{{"Sok Pisey", model.EmployedBy, "Ministry of Labour and Vocational Training", ""}}, nil},
		{"listed as a director", "Sok Pisey, listed as a director of Blue Reef Holdings Co., Ltd., denied any role.",
			[]rel{{"Sok Pisey", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}}, nil},
		{"took the helm", "Sok Pisey took the helm of Blue Reef Holdings Co., Ltd. in 2021.",
			[]rel{{"Sok Pisey", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}}, nil},
		// Must not fire.
		{"which the person criticised", "Blue Reef Holdings Co., Ltd., which Sok Pisey criticised, leased the plot.",
			nil, []rel{{"Sok Pisey", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}}},
		{"a person from a body by origin", "Sok Pisey, a businessman from the Phnom Penh Chamber of Commerce, spoke.",
			nil, []rel{{"Sok Pisey", model.EmployedBy, "Phnom Penh Chamber of Commerce", ""}}},
		{"co-founded by a person's relative", "Blue Reef Holdings Co., Ltd. was co-founded by Sok Pisey's brother.",
			nil, []rel{{"Sok Pisey", model.Directs, "Blue Reef Holdings Co., Ltd.", ""}}},
	})
}
