package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPlaceRuns holds place_runs.go: a run of places parted by commas after a preposition of
// place is a chain whatever follows its last place; a list of places, a run after "between",
// a run whose last place owns a noun, and a list of placed towns are none.
func TestPlaceRuns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a three-place run followed by a relative clause",
			"Officers sealed Silver Reed Hub, a call-centre complex in Barangay San Roque, Bamban, Tarlac that had reopened in May.",
			[]rel{{"Barangay San Roque", model.LocatedIn, "Bamban", ""}, {"Bamban", model.LocatedIn, "Tarlac", ""}},
			[]rel{{"Silver Reed Hub", model.LocatedIn, "Tarlac", ""}}},
		{"a two-place run followed by 'and' and a clause",
			"My cousin is still inside a tower in Sihanoukville, Cambodia and nobody answers his calls.",
			[]rel{{"Sihanoukville", model.LocatedIn, "Cambodia", ""}}, nil},
		{"a run closed by a comma and a passive verb",
			"Amber Lake Estate, a gated site in Sitio Mabuhay, Porac, Pampanga, was searched by the NBI on Friday.",
			[]rel{{"Porac", model.LocatedIn, "Pampanga", ""}}, nil},
		{"a run after 'from'",
			"The workers were driven from Mae Sot district, Tak province to the river at night.",
			[]rel{{"Mae Sot", model.LocatedIn, "Tak", ""}}, nil},
		// Precision.
		{"a list of towns joined by 'and'",
			"Investigators searched offices in Bangkok, Chon Buri and Rayong on Tuesday.",
			nil, []rel{{"Bangkok", model.LocatedIn, "Chon Buri", ""}, {"Chon Buri", model.LocatedIn, "Rayong", ""}}},
		{"a run after 'between'",
			"Buses shuttle between Poipet, Bavet and Phnom Penh every day.",
			nil, []rel{{"Poipet", model.LocatedIn, "Bavet", ""}}},
		{"a list of towns each placed in turn",
			"Scam hubs cluster in Laukkaing in the Kokang Self-Administered Zone, Mong La in Special Region 4, and Tachileik.",
			nil, []rel{{"Kokang Self-Administered Zone", model.LocatedIn, "Mong La", ""}}},
		{"a run whose last place owns the noun after it",
			"The suspects were held in Mae Sot, Thailand's border town police said on Monday.",
			nil, []rel{{"Mae Sot", model.LocatedIn, "Thailand", ""}}},
		{"places parted by commas with no preposition before them",
			"Bangkok, Phnom Penh and Manila have all signed the pact.",
			nil, []rel{{"Bangkok", model.LocatedIn, "Phnom Penh", ""}}},
	}
	checkRelCases(t, x, cases)
}
