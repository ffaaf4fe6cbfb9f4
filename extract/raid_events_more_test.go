package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidEventsMore holds the widened raid events (complicity.go, raid_events_more.go): a
// sweep of a site whose raiders a later sentence names, a raid noun with its date before
// "led by", a site set off as "the complex that authorities raided", raiders joined "with
// officers from" a body a country owns; recall cases and cases where nothing may be read.
func TestRaidEventsMore(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) rel { return rel{a, model.Raided, b, ""} }
	nbi, paocc := "National Bureau of Investigation", "Presidential Anti-Organized Crime Commission"
	cases := []relCase{
		{"a sweep of a site, its raiders in the next sentence",
			"Security forces detained 300 people on Friday in a sweep of the Silver Reef Hub complex in Capas. The operation was carried out by the National Bureau of Investigation together with the Presidential Anti-Organized Crime Commission, officials said.",
			[]rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub")}, nil},
		{"a site set off as the complex authorities raided; the raid with its date led by two bodies",
			"The land beneath Silver Reef Hub, the gaming complex that authorities raided last month, belongs to a local firm. The raid on June 4, led by the National Bureau of Investigation with the Presidential Anti-Organized Crime Commission, found 300 workers.",
			[]rel{raid(nbi, "Silver Reef Hub"), raid(paocc, "Silver Reef Hub")}, nil},
		{"raiders joined with officers from a body a country owns",
			"Police detained 900 people this week in a raid on Silver Reef Hub, a tower in Bokeo province. The operation, led by the Bokeo Provincial Police with officers from China's Ministry of Public Security, began at dawn.",
			[]rel{raid("Bokeo Provincial Police", "Silver Reef Hub"), raid("Ministry of Public Security", "Silver Reef Hub")}, nil},
		// Precision.
		{"the subject of a sweep's sentence is not read as its raider",
			"Lao police detained 600 people in a sweep of Silver Reef Hub in Bokeo province, the ministry said.",
			nil, []rel{raid("Lao police", "Silver Reef Hub")}},
		{"a sweep told without raiders, a later sentence about something else",
			"Police detained 300 people in a sweep of Silver Reef Hub on Friday. The report was written by the National Bureau of Investigation.",
			nil, []rel{raid(nbi, "Silver Reef Hub")}},
	}
	checkRelCases(t, x, cases)
}
