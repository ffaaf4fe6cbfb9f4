package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteNamedPastPlace holds site_called_places.go: a site noun, a place phrase, then
// "known as" or "called" and a name types the name a site placed in the first place; words
// other than a place phrase between the noun and the naming words leave the name alone.
func TestSiteNamedPastPlace(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a compound in a town and country, known as a name in capitals",
			"From 2022 LI WEI controlled a walled compound in Bavet, Cambodia, known as Silver Moon Harbour, where victims were held.",
			[]rel{{"Silver Moon Harbour", model.LocatedIn, "Bavet", ""}}, nil},
		{"a complex in a town, called a name",
			"Workers were moved to a complex in Tachileik called Amber Lotus Garden last year.",
			[]rel{{"Amber Lotus Garden", model.LocatedIn, "Tachileik", ""}}, nil},
		// Precision.
		{"a person named after a firm's place",
			"The firm hired a manager in Bavet, Cambodia, known as Li Wei, who fled.",
			nil, []rel{{"Li Wei", model.LocatedIn, "Bavet", ""}}},
	}
	checkRelCases(t, x, cases)
	d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article",
		Text: "From 2022 LI WEI controlled a walled compound in Bavet, Cambodia, known as Silver Moon Harbour, where victims were held."}
	x.Analyze(&d)
	typed := false
	for _, e := range d.Entities {
		if e.Name == "Silver Moon Harbour" {
			typed = e.Type == model.Compound
		}
	}
	if !typed {
		t.Errorf("Silver Moon Harbour is not typed a compound: %+v", d.Entities)
	}
}
