package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRespectivePosts holds the posts of respective_posts.go: respective posts after two
// holders, a board of the body the first verb phrase names, and asides after a name.
func TestRespectivePosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"respective posts after the body's possessive", "Shenglong Holdings Co., Ltd. was controlled by Pich Sothearoth, a Cambodian national, and Wang Lei, a Chinese national, who served respectively as Shenglong Holdings Co., Ltd.'s chairman and chief financial officer.",
			[]rel{{"Pich Sothearoth", model.Directs, "Shenglong Holdings Co., Ltd.", ""}, {"Wang Lei", model.EmployedBy, "Shenglong Holdings Co., Ltd.", ""}},
			[]rel{{"Pich Sothearoth", model.EmployedBy, "Shenglong Holdings Co., Ltd.", ""}, {"Wang Lei", model.Directs, "Shenglong Holdings Co., Ltd.", ""}}},
		{"respective posts of the body", "Records show Pich Sothearoth and Wang Lei served respectively as chairman and treasurer of Shenglong Holdings Co., Ltd.",
			[]rel{{"Pich Sothearoth", model.Directs, "Shenglong Holdings Co., Ltd.", ""}, {"Wang Lei", model.EmployedBy, "Shenglong Holdings Co., Ltd.", ""}},
			[]rel{{"Wang Lei", model.Directs, "Shenglong Holdings Co., Ltd.", ""}}},
		{"no respectively, no pairing", "Records show Pich Sothearoth and Wang Lei met the chairman and treasurer of Shenglong Holdings Co., Ltd.",
			nil, []rel{{"Pich Sothearoth", model.Directs, "Shenglong Holdings Co., Ltd.", ""}, {"Wang Lei", model.EmployedBy, "Shenglong Holdings Co., Ltd.", ""}}},
		{"a board of the body the holding names", "Records show Mao Sreypov holds a 35 percent stake in LVR Group Co., Ltd. and sits on its board of directors.",
			[]rel{{"Mao Sreypov", model.Directs, "LVR Group Co., Ltd.", ""}}, nil},
		{"an age and a nickname after the name", `The second suspect, Pongsakorn Thammawong, 36, known as "Big", has worked since 2021 as an aide to Kanokwan Saelim, a lawmaker.`,
			[]rel{{"Pongsakorn Thammawong", model.AssociateOf, "Kanokwan Saelim", ""}}, nil},
	}
	checkRelCasesEitherWay(t, x, cases)
}
