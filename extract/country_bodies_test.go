package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCountryBodies covers a body named with the country it works in (country_bodies.go),
// with the places and people it must leave alone.
func TestCountryBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"two words and a country",
			"Please call Open Harbour Cambodia, they run a hotline. Our partner Bright Path Philippines met the survivors.",
			[]string{"Organization:Open Harbour Cambodia", "Organization:Bright Path Philippines"},
			[]string{"Person:Open Harbour Cambodia", "Person:Bright Path Philippines"}},
		{"a region by its bearing stays a place",
			"Recruiters worked across Upper Northern Thailand last year.",
			nil,
			[]string{"Organization:Upper Northern Thailand"}},
		{"a town and its country with a comma stay two places",
			"The workers were flown from Bamban Tarlac, Philippines to Bangkok.",
			[]string{"Location:Philippines"},
			[]string{"Organization:Bamban Tarlac Philippines"}},
		{"a person's name before a country in a list is not joined",
			"Delegates came from Laos, Vietnam and Cambodia, and Sok Dara spoke.",
			[]string{"Person:Sok Dara"},
			[]string{"Organization:Sok Dara"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
