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
