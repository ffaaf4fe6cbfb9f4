package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidChains holds the rules of raid_chains.go: a chain of raiders as the subject of the
// raid verb, a body's parent left out of it and a date inside the verb, and the agents of a
// joint operation named after the one site; recall cases and cases where nothing may be read.
func TestRaidChains(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) rel { return rel{a, model.Raided, b, ""} }
	nbi, paocc := "National Bureau of Investigation", "Presidential Anti-Organized Crime Commission"
	pnp, rtp := "Philippine National Police", "Royal Thai Police"
	cases := []relCase{
		{"a chain with a parent and a date inside the verb",
			"The National Bureau of Investigation (NBI), together with the Presidential Anti-Organized Crime Commission and elements of the 3rd Infantry Division of the Philippine Army, served search warrants on Friday at the Silver Reef Hub in Capas.",
			[]rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub"), raid("3rd Infantry Division", "Silver Reef Hub")},
			[]rel{raid("Philippine Army", "Silver Reef Hub")}},
		{"crews of two bodies, the first with its parent",
			"On 2 May 2024, operatives of the Anti-Cybercrime Group (ACG) of the Philippine National Police and agents of the National Bureau of Investigation (NBI) raided Silver Reef Park and rescued 90 workers.",
			[]rel{raid("Anti-Cybercrime Group", "Silver Reef Park"), raid(nbi, "Silver Reef Park")},
			[]rel{raid(pnp, "Silver Reef Park")}},
		{"the agents of a joint operation after the one site",
			"The embassy welcomed the release of 40 nationals from Silver Reef Park in Tachileik after a joint operation by the Myanmar Police Force and the Royal Thai Police last week.",
			[]rel{raid("Myanmar Police Force", "Silver Reef Park"), raid(rtp, "Silver Reef Park")}, nil},
		// Precision.
		{"a joint operation on something else than the site",
			"The manager of Silver Reef Park fled to Bangkok after a joint operation by the Myanmar Police Force and the Royal Thai Police on his apartment in Mae Sot.",
			nil, []rel{raid("Myanmar Police Force", "Silver Reef Park"), raid(rtp, "Silver Reef Park")}},
		{"two sites before the joint operation",
			"Workers were moved from Silver Reef Park to Golden Dune Park after a joint operation by the Myanmar Police Force and the Royal Thai Police.",
			nil, []rel{raid(rtp, "Silver Reef Park"), raid(rtp, "Golden Dune Park")}},
		{"a chain that visited the site",
			"The National Bureau of Investigation, together with the Presidential Anti-Organized Crime Commission, inspected the Silver Reef Hub on Friday.",
			nil, []rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub")}},
		{"a chain that is no subject",
			"Lawyers for the firm said the National Bureau of Investigation and the Presidential Anti-Organized Crime Commission were wrong, and agents served a search warrant at the Silver Reef Hub.",
			nil, []rel{raid(paocc, "Silver Reef Hub")}},
	}
	checkRelCases(t, x, cases)
}
