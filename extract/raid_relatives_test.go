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
		{"two bodies joined by and, after a place list",
			"Workers were held at Silver Reef Park in Lapu-Lapu City, Cebu, which the PAOCC and the Philippine National Police raided on 12 August 2026.",
			[]rel{raid("Presidential Anti-Organized Crime Commission", "Silver Reef Park"), raid("Philippine National Police", "Silver Reef Park")}, nil},
		{"a description ending in places, then officers of a body with its country",
			"They had been held at Silver Reef Park, a cluster of eleven towers on the outskirts of Sihanoukville, Cambodia, that officers of Cambodia's General Commissariat of National Police raided on April 24.",
			[]rel{raid("General Commissariat of National Police", "Silver Reef Park")}, nil},
		{"officers of a body raided the site named before the clause",
			"They had been held at Silver Reef Park, a cluster of eleven towers that officers of the General Commissariat of National Police raided on April 24.",
			[]rel{raid("General Commissariat of National Police", "Silver Reef Park")}, nil},
		{"agents from a body and a second body raided",
			"Investigators traced the payments to Silver Reef Park, which agents from the National Bureau of Investigation and the Bureau of Immigration stormed last year.",
			[]rel{raid(nbi, "Silver Reef Park"), raid("Bureau of Immigration", "Silver Reef Park")}, nil},
		// Precision.
		{"a town after the site was sealed, not the site",
			"Workers were held at Silver Reef Park in Myawaddy, Kayin State, which the Myanmar military sealed off in 2023.",
			nil, []rel{raid("Myanmar military", "Silver Reef Park")}},
		{"the clause hangs on a firm after the site, with two bodies",
			"Silver Reef Park is run by Golden Dune Co., Ltd., which the National Bureau of Investigation and the Bureau of Immigration raided at its Manila office.",
			nil, []rel{raid(nbi, "Silver Reef Park"), raid("Bureau of Immigration", "Silver Reef Park")}},
		{"a body joined to the raiders by with is not read as a raider of the clause",
			"Workers were held at Silver Reef Park in Lapu-Lapu City, Cebu, which the National Bureau of Investigation visited with the Bureau of Immigration.",
			nil, []rel{raid(nbi, "Silver Reef Park"), raid("Bureau of Immigration", "Silver Reef Park")}},
		{"a raid only planned by two bodies",
			"Workers were held at Silver Reef Park in Lapu-Lapu City, Cebu, which the National Bureau of Investigation and the Bureau of Immigration planned to raid in May.",
			nil, []rel{raid(nbi, "Silver Reef Park"), raid("Bureau of Immigration", "Silver Reef Park")}},
		{"a site near a town the bodies raided",
			"Workers were held at Silver Reef Park near Capas, Tarlac, which the National Bureau of Investigation raided in May.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
		{"officers of a body who never raided",
			"They had been held at Silver Reef Park, a cluster of towers that officers of the General Commissariat of National Police never raided.",
			nil, []rel{raid("General Commissariat of National Police", "Silver Reef Park")}},
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
