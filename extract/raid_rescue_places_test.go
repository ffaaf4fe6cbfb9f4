package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidRescuePlaces holds the rule of raid_rescue_places.go: a rescue passive whose site is
// followed by its places before the raider; recall cases and cases where nothing may be read.
func TestRaidRescuePlaces(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) rel { return rel{a, model.Raided, b, ""} }
	cases := []relCase{
		{"two places and an operation conducted by",
			"Of the 58 citizens, 41 were rescued from Golden Sands Park in Poipet, Banteay Meanchey Province, during an operation conducted by the Cambodian National Police on 3 September 2025.",
			[]rel{raid("Cambodian National Police", "Golden Sands Park")}, nil},
		{"one place and the agent after by",
			"Sixty workers were rescued from Lucky Star Hub in Mabalacat City by the Philippine National Police on Monday.",
			[]rel{raid("Philippine National Police", "Lucky Star Hub")}, nil},
		{"a place set off by commas, then a date",
			"About 200 foreigners were freed from Golden Sands Park, Sihanoukville, on 4 May by the Preah Sihanouk Provincial Police.",
			[]rel{raid("Preah Sihanouk Provincial Police", "Golden Sands Park")}, nil},
		// Precision.
		{"rescued by relatives first",
			"Sixty workers were rescued from Lucky Star Hub in Mabalacat City by their relatives and later met the Philippine National Police.",
			nil, []rel{raid("Philippine National Police", "Lucky Star Hub")}},
		{"taken to a shelter run by a body",
			"Sixty workers were rescued from Lucky Star Hub in Mabalacat City and taken to a shelter run by the Philippine National Police.",
			nil, []rel{raid("Philippine National Police", "Lucky Star Hub")}},
		{"a rescue only planned",
			"Sixty workers could be rescued from Lucky Star Hub in Mabalacat City by the Philippine National Police next week.",
			nil, []rel{raid("Philippine National Police", "Lucky Star Hub")}},
		{"a rescue by an NGO",
			"Sixty workers were rescued from Lucky Star Hub in Mabalacat City by the Mekong Rescue Network.",
			nil, []rel{raid("Mekong Rescue Network", "Lucky Star Hub")}},
		{"a second site between",
			"Sixty workers were rescued from Lucky Star Hub in Mabalacat City, Golden Sands Park, by the Philippine National Police.",
			nil, []rel{raid("Philippine National Police", "Lucky Star Hub")}},
	}
	checkRelCases(t, x, cases)
}
