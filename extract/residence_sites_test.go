package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestResidenceSites: a name closed by "Residence" is a gated site ("Blue Reef
// Residence"), like one closed by "Residences"; the word in small letters or a title's
// residence names no site.
func TestResidenceSites(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name         string
		text         string
		want, forbid []string
	}{
		{"a site named with Residence last",
			"Police went through the gates of the Blue Reef Residence in September. Buses waited at Jade Dragon Residence on Ekareach Street.",
			[]string{"Compound:Blue Reef Residence", "Compound:Jade Dragon Residence"},
			[]string{"Person:Blue Reef Residence", "Person:Jade Dragon Residence"}},
		{"precision: a residence in small letters, or a person's, names no site",
			"Officers searched the residence of Lim Sokha near Kampot. Lim Sokha denied it.",
			[]string{"Person:Lim Sokha"},
			[]string{"Compound:Lim Sokha"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
