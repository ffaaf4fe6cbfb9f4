package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBurmeseNames covers an honorific before a name that holds a people's name
// (burmese_names.go), with the bodies, places and peoples it must leave alone.
func TestBurmeseNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"Mon and Shan syllables after an honorific",
			"The militia, commanded by Nai Tun Mon, guards the site. Its partner Sai Kyaw Shan ran the casino.",
			[]string{"Person:Nai Tun Mon", "Person:Sai Kyaw Shan"},
			nil},
		{"a people's name right after the honorific is no name of one person",
			"Saw Karen Shan groups met in the hall.",
			nil,
			[]string{"Person:Saw Karen Shan"}},
		{"a body or a state after the honorific keeps its cue",
			"Troops of Nai Mon Army and officials of Sai Shan State left.",
			nil,
			[]string{"Person:Nai Mon Army", "Person:Sai Shan State"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
