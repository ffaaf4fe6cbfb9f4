package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteKindHub covers a site named with "hub" after it (lead_nouns.go, written.go): the
// name typed as a compound and the form with its kind word kept, with cases where it must not
// fire.
func TestSiteKindHub(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
		alias  string // an alias the first wanted entity must carry
	}{
		{"the name between the article and the kind word is a site's",
			"Police sealed the Amber Lantern hub in Bamban on Tuesday.",
			[]string{"Compound:Amber Lantern"}, []string{"Person:Amber Lantern"}, "Amber Lantern hub"},
		{"a site's name as the object of a preposition, the kind word after it",
			"Workers escaped from the Silver Orchard hub, guards said.",
			[]string{"Compound:Silver Orchard"}, []string{"Person:Silver Orchard"}, "Silver Orchard hub"},
		{"a person with a hub of a firm after the name stays a person",
			"Maria Santos runs a hub for call centres in Clark.",
			[]string{"Person:Maria Santos"}, []string{"Compound:Maria Santos"}, ""},
		{"a listed place before hub stays the place",
			"The Manila hub closed in May.",
			[]string{"Location:Manila"}, []string{"Compound:Manila"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
			if c.alias == "" {
				return
			}
			for _, e := range d.Entities {
				if e.Type+":"+e.Name == c.want[0] && !slices.Contains(e.Aliases, c.alias) {
					t.Errorf("aliases of %s = %v, want %q", e.Name, e.Aliases, c.alias)
				}
			}
		})
	}
}

// TestRaidOwnAgent covers a raid noun with its own agent before it (raid_own_agent.go): the
// body that acts in the sentence later raided nothing, with cases where the actor stays.
func TestRaidOwnAgent(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a body deports people held in another body's raid on a site",
			"The Bureau of Immigration deported 90 foreigners arrested in a PAOCC raid on the Amber Lantern compound in Bamban.",
			[]rel{{"Presidential Anti-Organized Crime Commission", model.Raided, "Amber Lantern", ""}},
			[]rel{{"Bureau of Immigration", model.Raided, "Amber Lantern", ""}}},
		{"a body frees workers found in another body's raids",
			"The Department of Social Welfare sheltered 40 workers rescued in NBI raids on Silver Orchard Park.",
			nil,
			[]rel{{"Department of Social Welfare", model.Raided, "Silver Orchard Park", ""}}},
		{"the acting body raided the site; a body named after it is its partner, not the raid's agent",
			"The Philippine National Police raided Silver Orchard Park on Friday with help from the Bureau of Immigration.",
			[]rel{{"Philippine National Police", model.Raided, "Silver Orchard Park", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
