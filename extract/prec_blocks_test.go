package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCountryInCountry holds prec_blocks.go: two countries are never one inside the other,
// whatever place reading joins them; a place inside a country still is.
func TestCountryInCountry(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a border between two countries' provinces",
			"Survivors had been held in compounds along the Moei River, which forms the border between Thailand's Tak province and Myanmar's Karen State.",
			nil,
			[]rel{{"Myanmar", model.LocatedIn, "Thailand", ""}, {"Thailand", model.LocatedIn, "Myanmar", ""}}},
		{"a country after another country and a comma",
			"Workers were flown from Kenya to Bangkok, Thailand, and driven to Myawaddy, Myanmar.",
			[]rel{{"Myawaddy", model.LocatedIn, "Myanmar", ""}},
			[]rel{{"Thailand", model.LocatedIn, "Myanmar", ""}}},
		{"a town in a country still reads",
			"Police raided a compound in Poipet, Cambodia, on Friday.",
			[]rel{{"Poipet", model.LocatedIn, "Cambodia", ""}}, nil},
	})
}
