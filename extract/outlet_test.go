package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestTitleSite(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Police raid casino tower in Bavet | Mekong Ledger", "Mekong Ledger"},
		{"Raid in Bavet | Asia | Mekong Ledger", "Mekong Ledger"},
		{"Police raid casino tower in Bavet", ""},
		{"Bavet | a very long tail that is a second headline and not any site's name at all", ""},
		{"| Mekong Ledger", ""},
	}
	for _, c := range cases {
		if got := titleSite(c.title); got != c.want {
			t.Errorf("titleSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestOutletInBody types the page's own outlet, named in its body, as a media body; other
// names without a cue keep their reading.
func TestOutletInBody(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name    string
		outlets []string
		text    string
		want    []string
		forbid  []string
	}{
		{"the outlet the page names as its site", []string{"Mekong Ledger"},
			"Land records reviewed by the Mekong Ledger show the site is owned by Dara Sovann. Workers told the Mekong Ledger they were beaten.",
			[]string{"Organization:Mekong Ledger", "Person:Dara Sovann"},
			[]string{"Person:Mekong Ledger"}},
		{"the outlet's name that no reading made a name", []string{"Regional Wire"},
			"Two women freed in the raid told Regional Wire that the complex was guarded.",
			[]string{"Organization:Regional Wire"}, nil},
		{"the outlet's words inside a longer name are not the outlet", []string{"Regional Wire"},
			"The Regional Wire Service Co., Ltd. filed the papers. Its Regional Wire Desk closed.",
			nil, []string{"Organization:Regional Wire"}},
		{"another page's outlet name is left to its shape", nil,
			"Land records reviewed by Dara Sovann show the site is leased.",
			[]string{"Person:Dara Sovann"},
			[]string{"Organization:Dara Sovann"}},
		{"a one-word site name opening a sentence is any word there", []string{"Frontline"},
			"Frontline workers were moved to the compound. Residents told Frontline they saw the raid.",
			[]string{"Organization:Frontline"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.analyze(&d, c.outlets, "")
			checkNames(t, entityNames(d), c.want, c.forbid)
			for _, e := range d.Entities {
				if e.Name == "Mekong Ledger" && e.Sector != model.SectorMedia {
					t.Errorf("outlet sector = %q, want media", e.Sector)
				}
			}
		})
	}
}
