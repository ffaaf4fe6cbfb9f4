package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGivenDemonyms covers a people's name used as a given name after a title
// (given_demonyms.go), with the bodies and places named after the people.
func TestGivenDemonyms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a title, the given name, an initial and a surname",
			`"They are responsible," said Deputy Assistant Secretary Karen M. Halvorsen.`,
			[]string{"Person:Karen M. Halvorsen"},
			[]string{"Person:M. Halvorsen"}},
		{"a portfolio, then the given name and a surname",
			`"Treasury will act," said Under Secretary for Terrorism and Financial Intelligence Karen Whitfield.`,
			[]string{"Person:Karen Whitfield"},
			nil},
		{"bodies and places named after the people",
			"Secretary Lim met officials of the Karen National Union in Karen State and the Karen Peace Force.",
			[]string{"Organization:Karen National Union", "Location:Karen State"},
			[]string{"Person:Karen National Union", "Person:Karen State"}},
		{"a Burmese name after the people's name after a title",
			"General Karen Ko Ko spoke.",
			[]string{"Person:Ko Ko"},
			[]string{"Person:Karen Ko Ko"}},
		{"an honorific after the people's name after a title",
			"BGF commander Colonel Karen Saw Tun ordered the raid.",
			[]string{"Person:Saw Tun"},
			[]string{"Person:Karen Saw Tun"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
