package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSectorShapes types bodies by the shape of their names, with a case beside each rule
// where a word of the same kind must not decide.
func TestSectorShapes(t *testing.T) {
	cases := []struct{ name, want string }{
		{"Criminal Division", model.SectorGovernment},
		{"7th Infantry Division", model.SectorMilitary},
		{"Technology Crime Suppression Division", model.SectorPolice},
		{"Royal Gendarmerie of Cambodia", model.SectorMilitary},
		{"Legislative Council", model.SectorLegislature},
		{"Kawthoolei Border Guard Brigade", model.SectorArmedGroup},
		{"Karen Border Guard Force", model.SectorArmedGroup},
		{"Shan Herald", model.SectorMedia},
		{"Karen National Union", model.SectorArmedGroup},
		{"Hanoi Bar Association", model.SectorBusinessAssn},
		{"Association of Employment Agencies", model.SectorBusinessAssn},
		{"Women's Shelter Association", model.SectorNGO},
		{"National Bank of Cambodia", model.SectorGovernment},
		{"Bank of Ayutthaya", ""},
		{"International Crisis Group", model.SectorNGO},
		{"Financial Action Task Force", model.SectorIntergov},
	}
	for _, c := range cases {
		if got := sectorOf(c.name); got != c.want {
			t.Errorf("sectorOf(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestUnitTakesParentSector gives a unit named after its parent's possessive the parent's
// sector, and leaves a unit whose own words say its sector.
func TestUnitTakesParentSector(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, unit, want string }{
		{"Agents from the FBI's Sacramento Field Office arrested him.", "Sacramento Field Office", model.SectorPolice},
		{"Fighters of the KNU's 7th Brigade guarded the gate.", "7th Brigade", model.SectorArmedGroup},
		{"Officers of the Interior Ministry's Anti-Narcotics Enforcement Unit raided it.", "Anti-Narcotics Enforcement Unit", model.SectorPolice},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
		x.Analyze(&d)
		found := false
		for _, e := range d.Entities {
			if e.Name == c.unit {
				found = true
				if e.Sector != c.want {
					t.Errorf("%q: sector %q, want %q", c.unit, e.Sector, c.want)
				}
			}
		}
		if !found && c.want != "" {
			t.Errorf("%q not found in %q", c.unit, c.text)
		}
	}
}

// TestModifierIsNoObject: a body's name that modifies a noun ("the Senate committee") names
// the body, but a verb before it takes the committee, so no leadership of the body follows.
func TestModifierIsNoObject(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text    string
		directs bool
	}{
		{"Senator Rosa Tan, who chairs the Senate committee on labour, asked for the records.", false},
		{"Senator Paolo Lim, who has led Senate hearings on offshore gaming, spoke on Monday.", false},
		{"Sok Vanna, who leads the Senate, spoke on Monday.", true},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
		x.Analyze(&d)
		got := false
		for _, r := range d.Relations {
			if r.Predicate == model.Directs {
				got = true
			}
		}
		if got != c.directs {
			t.Errorf("%q: DIRECTS found %v, want %v", c.text, got, c.directs)
		}
	}
}

// TestPublicHeadFirst keeps a body named first by a government head word in government.
func TestPublicHeadFirst(t *testing.T) {
	cases := []struct{ name, want string }{
		{"Ministry of Digital Economy and Society", model.SectorGovernment},
		{"Department of Media Affairs", model.SectorGovernment},
		{"Red Cross Society", model.SectorNGO},
		{"Ministry of Defence", model.SectorMilitary},
		{"Money Laundering and Asset Recovery Section", model.SectorGovernment},
	}
	for _, c := range cases {
		if got := sectorOf(c.name); got != c.want {
			t.Errorf("sectorOf(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
