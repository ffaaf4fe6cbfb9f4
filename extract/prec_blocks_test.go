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

// TestOpenRelativeSubject holds prec_blocks.go: verbs coordinated inside a relative clause
// take the clause's head as subject, not the sentence's subject; a clause closed by a comma
// before "and" still leaves the second verb to the sentence's subject.
func TestOpenRelativeSubject(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a manager of a firm which built and runs a site",
			"Zhang Wei is the general manager of Bay Star Development Co., Ltd., which built and runs Bay Star Complex in Sihanoukville.",
			[]rel{{"Zhang Wei", model.Directs, "Bay Star Development Co., Ltd.", ""}, {"Bay Star Development Co., Ltd.", model.Operates, "Bay Star Complex", ""}},
			[]rel{{"Zhang Wei", model.Operates, "Bay Star Complex", ""}}},
		{"a chairman of a firm which developed and owns a site",
			"Chen Long is the chairman of Golden Harbor Holdings Ltd., which developed and owns Blue Reef Park.",
			[]rel{{"Golden Harbor Holdings Ltd.", model.Owns, "Blue Reef Park", ""}},
			[]rel{{"Chen Long", model.Owns, "Blue Reef Park", ""}}},
		{"a relative clause closed by a comma leaves the second verb to the subject",
			"Chen Long runs Golden Harbor Holdings Ltd., which owns Blue Reef Park, and chairs Ocean Star Co., Ltd.",
			[]rel{{"Chen Long", model.Directs, "Ocean Star Co., Ltd.", ""}, {"Golden Harbor Holdings Ltd.", model.Owns, "Blue Reef Park", ""}},
			[]rel{{"Chen Long", model.Owns, "Blue Reef Park", ""}}},
		{"two verbs of the subject still share it",
			"Chen Long sits on the board of Golden Harbor Holdings Ltd. and also chairs Ocean Star Co., Ltd.",
			[]rel{{"Chen Long", model.Directs, "Ocean Star Co., Ltd.", ""}}, nil},
	})
}
