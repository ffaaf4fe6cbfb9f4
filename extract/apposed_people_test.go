package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposedPeople covers names that a preposition or a place before them would make places,
// kept people by what follows them (apposed_people.go), and the places they must leave alone.
func TestApposedPeople(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"from a name with a post in apposition",
			"The agency had received US$2,500 for each worker from Chen Haoyu, a deputy general manager at the Lao company.",
			[]string{"Person:Chen Haoyu"},
			[]string{"Location:Chen Haoyu"}},
		{"a month before the comma, then a name and a post",
			"Police arrested another man in April, Somkiat Rattanapan, a former village headman from Tha Sai Luat.",
			[]string{"Person:Somkiat Rattanapan"},
			[]string{"Location:Somkiat Rattanapan"}},
		{"a post in a country, then its holder in commas",
			"His legal adviser in Thailand, Kittipong Malai, is a partner at a Bangkok law firm.",
			[]string{"Person:Kittipong Malai"},
			[]string{"Location:Kittipong Malai"}},
		{"a place's apposition names a kind of place",
			"Workers were taken from Mae Sot, a town in Tak province, to the compound.",
			[]string{"Location:Mae Sot"},
			[]string{"Person:Mae Sot"}},
		{"a chain of places after a site goes on with its verb",
			"A man arranged permits for a scam hub in Santa Ana, Cagayan, was employed at the capitol.",
			[]string{"Location:Cagayan"},
			[]string{"Person:Cagayan"}},
		{"a chain of places after people",
			"Residents in Bamban, Tarlac, said the compound was guarded.",
			[]string{"Location:Tarlac"},
			[]string{"Person:Tarlac"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
