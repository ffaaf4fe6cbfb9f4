package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStaffPosts holds the staff posts of internal/lexicon/staff-posts.txt: a post without
// leadership named with a body is EMPLOYED_BY it, in the shapes the role rules read; the post
// alone, or a head's post, reads nothing more.
func TestStaffPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name         string
		text         string
		want, forbid []rel
	}{
		{"a scientist at a university, in apposition", "Dennis Ocampo, a political scientist at the University of the Philippines, said the case was typical.",
			[]rel{{"Dennis Ocampo", model.EmployedBy, "University of the Philippines", ""}}, nil},
		{"a consultant for a firm, as a predicate", "Arif Setiawan is a consultant for Bright Harbour Staffing Pte. Ltd. in Singapore.",
			[]rel{{"Arif Setiawan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}}, nil},
		{"a team leader of a police unit", "Mark Delos Reyes, team leader of the Anti-Cybercrime Group, testified on Monday.",
			[]rel{{"Mark Delos Reyes", model.EmployedBy, "Anti-Cybercrime Group", ""}}, nil},
		{"a post with no body named", "Arif Setiawan, a consultant, met officials of Bright Harbour Staffing Pte. Ltd. in May.",
			nil, []rel{{"Arif Setiawan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}}},
		{"a chief executive still heads the firm", "Arif Setiawan, chief executive of Bright Harbour Staffing Pte. Ltd., said the firm was clean.",
			[]rel{{"Arif Setiawan", model.Directs, "Bright Harbour Staffing Pte. Ltd.", ""}}, []rel{{"Arif Setiawan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			for _, w := range c.want {
				if _, ok := got[[3]string{w.s, w.p, w.o}]; !ok {
					t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, keysOf(got))
				}
			}
			for _, f := range c.forbid {
				if _, ok := got[[3]string{f.s, f.p, f.o}]; ok {
					t.Errorf("unexpected %s %s %s", f.s, f.p, f.o)
				}
			}
		})
	}
}
