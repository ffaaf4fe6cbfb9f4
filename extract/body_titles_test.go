package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBodyTitlePosts holds the posts in a body named by its kind before or after the holder's
// name (body_titles.go) and the cases where no body or no post is read.
func TestBodyTitlePosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a body's noun and post as a title", "The Ministry of Interior raided the site. Ministry spokesman Touch Sokhak said the raid was lawful.",
			[]rel{{"Touch Sokhak", model.EmployedBy, "Ministry of Interior", ""}}, nil},
		{"a force's noun and post after said", "The Royal Thai Police raided the site on Monday, said police spokesman Archayon Kraithong.",
			[]rel{{"Archayon Kraithong", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"an indefinite apposition", "The Royal Thai Police raided the site. Archayon Kraithong, a police spokesman, said the raid was lawful.",
			[]rel{{"Archayon Kraithong", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"a rank as the title is no post in the body", "The Royal Thai Police raided the site. Police Colonel Archayon Kraithong said the raid was lawful.",
			nil, []rel{{"Archayon Kraithong", model.MemberOf, "Royal Thai Police", ""}}},
		{"no body of the kind named before", "The Ministry of Interior raided the site. Police spokesman Archayon Kraithong said the raid was lawful.",
			nil, []rel{{"Archayon Kraithong", model.EmployedBy, "Ministry of Interior", ""}}},
	}
	checkRelCases(t, x, cases)
}
