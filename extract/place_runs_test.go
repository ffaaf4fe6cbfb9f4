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
		{"a state named first is the area the town is in, not a place in the town",
			"In Kayin State, Myawaddy, district capital of the area, hosts several compounds.",
			nil,
			[]rel{{"Kayin State", model.LocatedIn, "Myawaddy", ""}}},
		{"a province named first, then its town",
			"In Tak province, Mae Sot, a border town, hosts several brokers.",
			nil,
			[]rel{{"Tak", model.LocatedIn, "Mae Sot", ""}, {"Tak province", model.LocatedIn, "Mae Sot", ""}}},
		{"a state named first, then its country",
			"The site lies in Shan State, Myanmar.",
			[]rel{{"Shan State", model.LocatedIn, "Myanmar", ""}},
			nil},
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

// TestSiteRuns holds siteRuns (place_runs.go): a site named right before a closed run of
// places is in the run's first place; a site in a list of names, a run that goes on as a
// clause and a site after a preposition of place are not read.
func TestSiteRuns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a quoted site before a district, province and country",
			`UPDATE: workers moved to "Jade Falcon Plaza", Ton Pheung district, Bokeo, Laos.`,
			[]rel{{"Jade Falcon Plaza", model.LocatedIn, "Ton Pheung", ""}},
			[]rel{{"Jade Falcon Plaza", model.LocatedIn, "Bokeo", ""}}},
		{"a site before a town and province in brackets",
			"The second raid (Jade Falcon Plaza, Bavet, Svay Rieng province) freed 300 people.",
			[]rel{{"Jade Falcon Plaza", model.LocatedIn, "Bavet", ""}}, nil},
		// Precision.
		{"a site in a list of names",
			"Raids hit Golden Reed Park, Jade Falcon Plaza, Bavet, Svay Rieng.",
			nil, []rel{{"Jade Falcon Plaza", model.LocatedIn, "Bavet", ""}}},
		{"a run that goes on as a clause",
			"Jade Falcon Plaza, Bavet, Svay Rieng province officials said, was closed.",
			nil, []rel{{"Jade Falcon Plaza", model.LocatedIn, "Bavet", ""}}},
	}
	checkRelCases(t, x, cases)
}
