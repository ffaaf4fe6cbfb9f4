package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOverallPosts: "overall" before a post (roleModifiers in relations.go) leaves the post
// read ("the overall manager of X", "the overall commander of Y"); hedges, denials and
// negations keep their effect, a relative in an apposition holds nothing, and a noun that is
// no post stays unread.
func TestOverallPosts(t *testing.T) {
	x := newTestExtractor(t)
	park := "Emerald Lights Tech Park"
	checkRelCases(t, x, []relCase{
		{"the overall manager of a site", "Wang Lei is the overall manager of Emerald Lights Tech Park.",
			[]rel{{"Wang Lei", model.Operates, park, model.Reported}}, nil},
		{"the overall commander of an armed group", "Saw Chit Thu is the overall commander of the Karen National Army.",
			[]rel{{"Saw Chit Thu", model.Directs, "Karen National Army", ""}}, nil},
		{"the site through a reference", "Police raided Emerald Lights Tech Park on Friday. Wang Lei is the overall manager of the park.",
			[]rel{{"Wang Lei", model.Operates, park, ""}}, nil},
		{"attributed: alleged", "Police said Chen Wei was the overall manager of Emerald Lights Tech Park.",
			[]rel{{"Chen Wei", model.Operates, park, model.Alleged}}, nil},
		{"a relative in an apposition holds nothing", "Chen Wei, the brother of Li Ming, is the overall manager of Emerald Lights Tech Park.",
			[]rel{{"Chen Wei", model.Operates, park, ""}}, []rel{{"Li Ming", model.Operates, park, ""}}},
		{"a denial", "Chen Wei denied being the overall manager of Emerald Lights Tech Park.",
			nil, []rel{{"Chen Wei", model.Operates, park, model.Reported}}},
		{"a negation", "Li Ming said Chen Wei was not the overall manager of Emerald Lights Tech Park.",
			nil, []rel{{"Chen Wei", model.Operates, park, ""}, {"Li Ming", model.Operates, park, ""}}},
		{"two sites before the reference: open",
			"Police raided Emerald Lights Tech Park and Jade Bay Park on Friday. Wang Lei is the overall manager of the park.",
			nil, []rel{{"Wang Lei", model.Operates, park, ""}, {"Wang Lei", model.Operates, "Jade Bay Park", ""}}},
		{"no post after 'overall'", "Chen Wei is the overall winner of the Jade Star Co., Ltd. prize.",
			nil, []rel{{"Chen Wei", model.Directs, "Jade Star Co., Ltd.", ""}, {"Chen Wei", model.EmployedBy, "Jade Star Co., Ltd.", ""}}},
	})
}
