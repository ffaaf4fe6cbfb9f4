package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestParentQualifiedBody: a listed unit written after its listed parent's name, with its
// acronym in brackets, is the listed unit once; a head that is no listed body keeps its own
// name, and the parent stays a body of its own.
func TestParentQualifiedBody(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text   string
		want   []string
		forbid []string
	}{
		{"The compound was raided by the Philippine National Police Criminal Investigation and Detection Group (CIDG) on 13 March 2024.",
			[]string{"Organization:Criminal Investigation and Detection Group"},
			[]string{"Organization:Philippine National Police Criminal Investigation and Detection Group"}},
		{"The Philippine National Police said the Criminal Investigation and Detection Group (CIDG) led the raid.",
			[]string{"Organization:Philippine National Police", "Organization:Criminal Investigation and Detection Group"}, nil},
		// Not a listed parent: the long name is left as written.
		{"The Tarlac Provincial Criminal Investigation and Detection Group (CIDG) led the raid on Monday.",
			nil, []string{"Organization:Philippine National Police"}},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/pq", Kind: "article", Text: c.text}
		x.Analyze(&d)
		checkNames(t, entityNames(d), c.want, c.forbid)
	}
}
