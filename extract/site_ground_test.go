package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteGroundGranted holds the ground of a site granted by its holder (reSiteGroundOf in
// holding_forms.go: "allocated by", "granted by", "provided by") to sentences it must read and
// sentences where it must stay silent.
// The names are invented.
func TestSiteGroundGranted(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a plot allocated by an armed group",
			"Riverside Lotus Park was built on a plot allocated by the Karen Peace Guard Force, residents said.",
			[]rel{{"Karen Peace Guard Force", model.Owns, "Riverside Lotus Park", ""}},
			nil},
		{"hectares granted by a body",
			"The Sapphire Bay Hub, a walled compound, sits on 9 hectares granted by Pampanga Greenfields Corp., records show.",
			[]rel{{"Pampanga Greenfields Corp.", model.Owns, "Sapphire Bay Hub", ""}},
			nil},
		{"money provided by a lender is no ground",
			"Riverside Lotus Park was built with money provided by Sterling Orient Capital Ltd, residents said.",
			nil,
			[]rel{{"Sterling Orient Capital Ltd", model.Owns, "Riverside Lotus Park", ""}}},
		{"a plot near a site granted to someone else",
			"Sterling Orient Capital Ltd was granted a plot beside Riverside Lotus Park by the province.",
			nil,
			[]rel{{"Sterling Orient Capital Ltd", model.Owns, "Riverside Lotus Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
