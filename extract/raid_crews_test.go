package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidCrews holds the rules of raid_crews.go: the crews of several bodies, short forms
// and asides between them and the verb, serving a search warrant on a site, and a raid named
// as a noun after the one site its sentence names; recall cases and cases where nothing may
// be read.
func TestRaidCrews(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) rel { return rel{a, model.Raided, b, ""} }
	nbi, paocc := "National Bureau of Investigation", "Presidential Anti-Organized Crime Commission"
	cases := []relCase{
		{"two crews with short forms and an aside before the verb, the site a reference",
			"The accused ran the Silver Reef Hub in Barangay Dau. On 4 June 2024, operatives of the National Bureau of Investigation (NBI) and the Presidential Anti-Organized Crime Commission (PAOCC), armed with a search warrant, raided the hub and found 300 foreign nationals.",
			[]rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub")}, nil},
		{"a crew assisted by another body serving a search warrant on a site",
			"On 2 May 2024, agents of the National Bureau of Investigation (NBI), assisted by the Presidential Anti-Organized Crime Commission (PAOCC), served Search Warrant No. 24-117 on the Silver Reef Hub.",
			[]rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub")}, nil},
		{"a raid named as a noun after the site",
			"Prosecutors say Tan ran the call floors at Silver Reef Hub from 2021 until a raid by the National Bureau of Investigation in May.",
			[]rel{raid(nbi, "Silver Reef Hub")}, nil},
		{"a site closed following a raid",
			"The council froze accounts linked to Silver Reef Hub, a former gaming hub in Capas, which was closed following a raid by the Presidential Anti-Organized Crime Commission in 2024.",
			[]rel{raid(paocc, "Silver Reef Hub")}, nil},
		// Precision.
		{"a raid on something else than the site",
			"Tan left Silver Reef Hub in 2021 and lived quietly until a raid by the National Bureau of Investigation on his apartment in Manila.",
			nil, []rel{raid(nbi, "Silver Reef Hub")}},
		{"two sites before the raid",
			"Tan moved workers from Silver Reef Hub to Golden Dune Park until a raid by the National Bureau of Investigation in May.",
			nil, []rel{raid(nbi, "Silver Reef Hub"), raid(nbi, "Golden Dune Park")}},
		{"crews who visited a site",
			"Agents of the National Bureau of Investigation, with the Presidential Anti-Organized Crime Commission, visited the Silver Reef Hub for a briefing.",
			nil, []rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub")}},
	}
	checkRelCases(t, x, cases)
}
