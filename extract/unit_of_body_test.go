package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestUnitsAndQualifiedBodies splits a unit from the listed body that holds it, joins a
// listed body written with its country's name in front, and keeps names whose "of" leads to
// a place or a field.
func TestUnitsAndQualifiedBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"a unit of a listed police force",
			"The Cyber Fraud Response Centre of the Royal Thai Police traced the transfers.",
			[]string{"Organization:Cyber Fraud Response Centre", "Organization:Royal Thai Police"},
			[]string{"Organization:Cyber Fraud Response Centre of the Royal Thai Police"}},
		{"a court of a country stays whole",
			"The Supreme Court of the Philippines upheld the ruling.",
			[]string{"Organization:Supreme Court of the Philippines"},
			nil},
		{"the office of a title, with its seat",
			"Charges were filed by the Office of the Provincial Prosecutor of Pampanga on Monday.",
			[]string{"Organization:Office of the Provincial Prosecutor of Pampanga"},
			nil},
		{"an office's title followed by a person's name still splits",
			"Office of the President spokesman Claire Castro said the raid went ahead.",
			[]string{"Person:Claire Castro"},
			nil},
		{"a listed body with its country's name in front is that body",
			"The Cambodia National Committee for Counter Trafficking (NCCT) met on Monday. The NCCT said 40 people were rescued.",
			[]string{"Organization:National Committee for Counter Trafficking"},
			[]string{"Organization:Cambodia National Committee for Counter Trafficking"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[0].text}
	x.Analyze(&d)
	for _, e := range d.Entities {
		if e.Name == "Cyber Fraud Response Centre" && e.Sector != model.SectorPolice {
			t.Errorf("the unit's sector is %q, want the parent's %q", e.Sector, model.SectorPolice)
		}
	}
}
