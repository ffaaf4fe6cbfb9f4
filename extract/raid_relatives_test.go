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
		{"a locative clause: agents of a body found workers at the site, after a place",
			"Xinrui operated Silver Reef Park, a seven-building compound in Pampanga where agents of the National Bureau of Investigation found 389 workers on June 19.",
			[]rel{raid(nbi, "Silver Reef Park")}, nil},
		{"a locative clause right after the site: a body rescued workers",
			"The firm ran Silver Reef Park, where the Royal Thai Police rescued more than 300 workers in May.",
			[]rel{raid(rtp, "Silver Reef Park")}, nil},
		{"a locative clause with two bodies that freed people",
			"The firm ran Silver Reef Park, the compound where the National Bureau of Investigation and the Bureau of Immigration freed 120 foreign nationals.",
			[]rel{raid(nbi, "Silver Reef Park"), raid("Bureau of Immigration", "Silver Reef Park")}, nil},
		// Precision.
		{"where hangs on another thing the description places the site by",
			"The firm ran Silver Reef Park, a compound near the bridge where the Royal Thai Police detained 300 people in May.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"an armed group that detained workers at a site may be its guard",
			"The firm ran Silver Reef Park, where the Karen National Army detained 30 workers after an escape.",
			nil, []rel{raid("Karen National Army", "Silver Reef Park")}},
		{"a rescue only planned",
			"The firm ran Silver Reef Park, where the Royal Thai Police plans to rescue 300 workers.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"a body that found nobody",
			"The firm ran Silver Reef Park, where the Royal Thai Police never found any workers.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"the body inside a clause of what workers say",
			"The firm ran Silver Reef Park, where workers say the Royal Thai Police found 300 workers.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"the body's guards detained workers",
			"The firm ran Silver Reef Park, where the Royal Thai Police's guards detained 300 workers.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"where after a list of places may be the town's",
			"The firm ran Silver Reef Park in Capas, Tarlac, where the Royal Thai Police rescued 300 workers in May.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"where after a firm, not the site",
			"Silver Reef Park is run by Golden Dune Co., Ltd., where the National Bureau of Investigation arrested 20 employees.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
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
