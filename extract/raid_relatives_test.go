package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidRelatives holds the rules of raid_relatives.go: a relative clause whose object is
// the site and whose subject is the raider, and a body that tells of its own men taking a
// site; recall cases and cases where nothing may be read.
func TestRaidRelatives(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) rel { return rel{a, model.Raided, b, ""} }
	nbi, rtp := "National Bureau of Investigation", "Royal Thai Police"
	cases := []relCase{
		{"a description with a place, then the clause with a country's possessive",
			"The firm built Silver Reef Park, a dormitory complex in Pampanga province that the Philippines' National Bureau of Investigation raided in July 2024.",
			[]rel{raid(nbi, "Silver Reef Park")}, nil},
		{"which and the body right after the site",
			"Investigators traced the payments to Silver Reef Park, which the National Bureau of Investigation later stormed.",
			[]rel{raid(nbi, "Silver Reef Park")}, nil},
		{"a body that says its men took control of a site",
			"The Royal Thai Police says its officers have taken control of Silver Reef Park and detained 200 people.",
			[]rel{raid(rtp, "Silver Reef Park")}, nil},
		// Precision.
		{"the clause tells a visit, not a raid",
			"The firm built Silver Reef Park, a dormitory complex in Pampanga that the National Bureau of Investigation visited in July.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
		{"the clause hangs on another name",
			"Silver Reef Park is run by Golden Dune Co., Ltd., which the National Bureau of Investigation raided at its Manila office.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
		{"the body's men guarded the site",
			"The Royal Thai Police says its officers have guarded Silver Reef Park since May.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
	}
	checkRelCases(t, x, cases)
}
