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
		{"a body that said, dated, that its men raided a site",
			"The Royal Thai Police said in February that its officers had raided Silver Reef Park and detained 200 people.",
			[]rel{raid(rtp, "Silver Reef Park")}, nil},
		{"a body that said its men searched a site",
			"In a statement issued after the operation, the Royal Thai Police said its officers had searched Silver Reef Park.",
			[]rel{raid(rtp, "Silver Reef Park")}, nil},
		{"a body whose men raided a site",
			"A director of the National Bureau of Investigation (NBI), whose agents raided Silver Reef Park last October, told senators the hub paid officials.",
			[]rel{raid(nbi, "Silver Reef Park")}, nil},
		{"two bodies joined by and as the clause's subject",
			"Workers were held at Silver Reef Park, which the National Bureau of Investigation (NBI) and the Royal Thai Police raided on 12 August.",
			[]rel{raid(nbi, "Silver Reef Park"), raid(rtp, "Silver Reef Park")}, nil},
		{"the site's place before the clause",
			"Workers were held at Silver Reef Park in Lapu-Lapu City, Cebu, which the National Bureau of Investigation raided on 12 August.",
			[]rel{raid(nbi, "Silver Reef Park")}, nil},
		{"the body's men as the clause's subject",
			"They had been held at Silver Reef Park, a cluster of towers outside Manila that officers of the National Bureau of Investigation raided in April.",
			[]rel{raid(nbi, "Silver Reef Park")}, nil},
		// Precision.
		// The reviewer's wrong edges (rv25prot).
		{"a body whose men entered a site to buy food",
			"The Royal Thai Police, whose officers entered Golden Lotus Park to buy food, said nothing.",
			nil, []rel{raid(rtp, "Golden Lotus Park")}},
		{"a body whose men entered a site as guests",
			"The Presidential Anti-Organized Crime Commission, whose agents entered Golden Lotus Park as guests in 2022, said nothing was found.",
			nil, []rel{raid("Presidential Anti-Organized Crime Commission", "Golden Lotus Park")}},
		{"a sanctions office whose men searched a site's records",
			"The Office of Foreign Assets Control, whose investigators searched Golden Lotus Park records, said it acted.",
			nil, []rel{raid("Office of Foreign Assets Control", "Golden Lotus Park")}},
		{"a body whose men searched a site's offices",
			"The National Bureau of Investigation, whose agents searched Golden Lotus Park's offices during the raid, declined to comment.",
			nil, []rel{raid(nbi, "Golden Lotus Park")}},
		{"a body whose men searched a site, no raid told",
			"The National Bureau of Investigation, whose agents searched Golden Lotus Park for a missing worker, declined to comment.",
			nil, []rel{raid(nbi, "Golden Lotus Park")}},
		{"a body whose men searched a site in a raid",
			"The National Bureau of Investigation, whose agents searched Golden Lotus Park in a raid last May, declined to comment.",
			[]rel{raid(nbi, "Golden Lotus Park")}, nil},
		{"a body that said its men searched a site's building",
			"After the August operation, Laos's Ministry of Public Security said its officers had searched the Golden Lotus Park building.",
			[]rel{raid("Ministry of Public Security of Laos", "Golden Lotus Park")}, nil},
		{"a sanctions office joined to a raider",
			"Golden Lotus Park, which the Office of Foreign Assets Control and the Philippine National Police raided in August, is now closed.",
			[]rel{raid("Philippine National Police", "Golden Lotus Park")}, []rel{raid("Office of Foreign Assets Control", "Golden Lotus Park")}},
		{"the Treasury joined to a raider",
			"Golden Lotus Park, which the US Department of the Treasury and the Philippine National Police raided in August, is now closed.",
			[]rel{raid("Philippine National Police", "Golden Lotus Park")}, []rel{raid("US Department of the Treasury", "Golden Lotus Park")}},
		{"a question whether a body said its men raided",
			"Residents asked whether the State Administration Council said in February that its troops had raided Golden Lotus Park.",
			nil, []rel{raid("State Administration Council", "Golden Lotus Park")}},
		{"a body that says its men did not raid the site",
			"The Royal Thai Police said in a statement that its officers had not raided Silver Reef Park.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"a raid only planned by joined bodies",
			"Silver Reef Park, which the National Bureau of Investigation and the Royal Thai Police planned to raid in May, is still open.",
			nil, []rel{raid(nbi, "Silver Reef Park"), raid(rtp, "Silver Reef Park")}},
		{"a person joined to the body",
			"Silver Reef Park, which Zhang Wei and the National Bureau of Investigation visited in May, is still open.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
		{"a raid at another body's request names the body that raided",
			"Silver Reef Park in Pampanga, which the National Bureau of Investigation raided at the request of the Royal Thai Police, is closed.",
			[]rel{raid(nbi, "Silver Reef Park")}, []rel{raid(rtp, "Silver Reef Park")}},
		{"a person whose men raided",
			"Zhang Wei, whose agents raided Silver Reef Park, is a broker.",
			nil, []rel{raid("Zhang Wei", "Silver Reef Park")}},
		{"a body whose men guarded the site",
			"The Royal Thai Police, whose officers guarded Silver Reef Park, declined to comment.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		{"the clause tells a visit, not a raid",
			"The firm built Silver Reef Park, a dormitory complex in Pampanga that the National Bureau of Investigation visited in July.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
		{"the clause hangs on another name",
			"Silver Reef Park is run by Golden Dune Co., Ltd., which the National Bureau of Investigation raided at its Manila office.",
			nil, []rel{raid(nbi, "Silver Reef Park")}},
		{"the body's men guarded the site",
			"The Royal Thai Police says its officers have guarded Silver Reef Park since May.",
			nil, []rel{raid(rtp, "Silver Reef Park")}},
		// A second review's sentences: a search the sentence says was no raid, a safety
		// operation, and a raid with a purpose after the site.
		{"a search the body says was no raid",
			"The Philippine National Police, whose officers searched Golden Lotus Park, said there had been no raid.",
			nil, []rel{raid("Philippine National Police", "Golden Lotus Park")}},
		{"a search in a fire-safety operation",
			"The Philippine National Police, whose officers searched Golden Lotus Park during a fire-safety operation, found nothing.",
			nil, []rel{raid("Philippine National Police", "Golden Lotus Park")}},
		{"a raid to free workers",
			"The Philippine National Police, whose officers raided Golden Lotus Park to free 300 workers, said 40 were arrested.",
			[]rel{raid("Philippine National Police", "Golden Lotus Park")}, nil},
	}
	checkRelCases(t, x, cases)
}
