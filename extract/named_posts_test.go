package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedAsPosts holds the posts given by a verb of naming with "as" between the post and
// its holder (named_posts.go); without the verb, or with a word that is no description of a
// person after "as", nothing is read.
func TestNamedAsPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"named a reference's post as a described person", "Silverline Marketing Services FZ-LLC runs the towers. Workers named its general manager as a Malaysian man, Tan Kok Leong.",
			[]rel{{"Tan Kok Leong", model.Directs, "Silverline Marketing Services FZ-LLC", ""}}, nil},
		{"identified a named body's post as a person", "Survivors identified Golden Fortune Co., Ltd.'s finance officer as Lim Srey.",
			[]rel{{"Lim Srey", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"filings list a person as the body's post", "Company filings list Tun Tun Aung, a timber trader, as Three Pagodas Development Co., Ltd.'s managing director.",
			[]rel{{"Tun Tun Aung", model.Directs, "Three Pagodas Development Co., Ltd.", ""}}, nil},
		{"intro words between the verb of naming and the person", "Records list Chinese national Huang Zhiqiang as Luckyhub Sky Technology Inc.'s president.",
			[]rel{{"Huang Zhiqiang", model.Directs, "Luckyhub Sky Technology Inc.", ""}}, nil},
		{"as well as is no naming", "Golden Fortune Co., Ltd. paid its chairman as well as Lim Srey in cash.",
			nil, []rel{{"Lim Srey", model.Directs, "Golden Fortune Co., Ltd.", ""}}},
		{"no verb of naming", "Golden Fortune Co., Ltd. kept its chairman as Lim Srey wanted.",
			nil, []rel{{"Lim Srey", model.Directs, "Golden Fortune Co., Ltd.", ""}}},
		{"a word after as that describes no person", "Workers named Golden Fortune Co., Ltd.'s manager as the reason Lim Srey fled.",
			nil, []rel{{"Lim Srey", model.Directs, "Golden Fortune Co., Ltd.", ""}, {"Lim Srey", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestKinHeldPosts holds the body's post whose holder is named as someone's relative
// (kinHeldPosts): the relative holds the post, the possessor does not.
func TestKinHeldPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a reference's post held by a possessed relative", "Star Bay Hotel Co., Ltd. manages the resort. Its chief executive officer is Ly Vannaroth's son, Ly Pisethmony.",
			[]rel{{"Ly Pisethmony", model.Directs, "Star Bay Hotel Co., Ltd.", ""}}, []rel{{"Ly Vannaroth", model.Directs, "Star Bay Hotel Co., Ltd.", ""}}},
		{"a named body's post held by a possessed relative", "Star Bay Hotel Co., Ltd.'s treasurer is Ly Vannaroth's daughter, Ly Sreyneang.",
			[]rel{{"Ly Sreyneang", model.EmployedBy, "Star Bay Hotel Co., Ltd.", ""}}, []rel{{"Ly Vannaroth", model.EmployedBy, "Star Bay Hotel Co., Ltd.", ""}}},
		{"a possessor's partner is no relative", "Star Bay Hotel Co., Ltd.'s chairman is Ly Vannaroth's rival, Ly Sreyneang.",
			nil, []rel{{"Ly Sreyneang", model.Directs, "Star Bay Hotel Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
