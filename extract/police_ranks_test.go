package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPoliceRanks holds police_ranks.go: a graded police rank before a name is no body, while
// a police body named before a rank or a post stays one.
func TestPoliceRanks(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a master sergeant", "Workers said Police Master Sergeant Jerome Tan, assigned to the Lapu-Lapu City Police Office, escorted the vans.",
			[]string{"Person:Jerome Tan", "Organization:Lapu-Lapu City Police Office"},
			[]string{"Organization:Police Master"}},
		{"a senior master sergeant", "The accused include Police Senior Master Sergeant Rodel Macaraeg of Angeles City.",
			[]string{"Person:Rodel Macaraeg"},
			[]string{"Organization:Police Senior Master"}},
		// Must not fire.
		{"a police body whose name holds a grade word stays", "Trainers from the Police Staff College in Bangkok taught the course, said Colonel Anan Sukjai.",
			[]string{"Organization:Police Staff College"}, nil},
		{"a police force before a post stays", "Tak Provincial Police spokesman Colonel Anan Sukjai said the raid was over.",
			[]string{"Organization:Tak Provincial Police"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
