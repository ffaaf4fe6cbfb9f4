package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidRescues holds the rules of raid_rescues.go: people rescued or freed from a site
// (active and passive), a site shut down or sealed off, a raid named as a noun with its
// agent; recall cases and cases where nothing may be read.
func TestRaidRescues(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) []rel { return []rel{{a, model.Raided, b, ""}} }
	cases := []relCase{
		{"a body rescued people from a site",
			"The Philippine National Police rescued more than 300 foreign workers from Coral Gate Hub on Tuesday.",
			raid("Philippine National Police", "Coral Gate Hub"), nil},
		{"people rescued from a site by a body",
			"About 200 workers were rescued from Coral Gate Hub by the National Bureau of Investigation.",
			raid("National Bureau of Investigation", "Coral Gate Hub"), nil},
		{"people freed by a body from a site",
			"Workers freed by the National Bureau of Investigation from Coral Gate Hub were taken to a shelter.",
			raid("National Bureau of Investigation", "Coral Gate Hub"), nil},
		{"a site sealed off by a body",
			"Coral Gate Park was sealed off on 4 May by the Cambodian National Police.",
			raid("Cambodian National Police", "Coral Gate Park"), nil},
		{"an armed group shut down a site",
			"The Karen National Army shut down Coral Gate Park last year.",
			raid("Karen National Army", "Coral Gate Park"), nil},
		{"a raid named as a noun, its agent before its site",
			"A raid by the National Bureau of Investigation on Coral Gate Hub freed 300 people.",
			raid("National Bureau of Investigation", "Coral Gate Hub"), nil},
		// Precision.
		{"a rights group that helped workers leave a site",
			"Justice Mission International rescued 40 workers from Coral Gate Hub.",
			nil, raid("Justice Mission International", "Coral Gate Hub")},
		{"people rescued from a site in an operation a body conducted",
			"Forty workers were rescued from Coral Gate Hub in an operation conducted by the Kampot Provincial Police on 9 May.",
			raid("Kampot Provincial Police", "Coral Gate Hub"), nil},
		{"people rescued from a site during a joint raid by a body",
			"About 90 workers were rescued from Coral Gate Hub during a joint raid by the National Bureau of Investigation.",
			raid("National Bureau of Investigation", "Coral Gate Hub"), nil},
		{"people rescued from a site in an operation a shelter ran",
			"Forty workers were rescued from Coral Gate Hub in an operation conducted by the Embassy of Indonesia.",
			nil, raid("Embassy of Indonesia", "Coral Gate Hub")},
		{"an embassy that repatriated people freed from a site",
			"Workers freed by the Embassy of Indonesia from Coral Gate Hub flew home.",
			nil, raid("Embassy of Indonesia", "Coral Gate Hub")},
		{"a body that shut down a road near a site",
			"The Cambodian National Police shut down the road to Coral Gate Park.",
			nil, raid("Cambodian National Police", "Coral Gate Park")},
		{"a site shut down after a report by a body",
			"Coral Gate Park was shut down last year after a report by the National Bureau of Investigation.",
			nil, raid("National Bureau of Investigation", "Coral Gate Park")},
		{"a body that rescued people from a river",
			"The Philippine Coast Guard rescued 30 people from the river near Coral Gate Hub.",
			nil, raid("Philippine Coast Guard", "Coral Gate Hub")},
		{"a body removed people from a site, an aside between the people and the site",
			"Officers of the Svay Rieng Provincial Police on Tuesday removed 212 foreign workers, among them 87 Indonesians, from Coral Gate Park in Bavet.",
			raid("Svay Rieng Provincial Police", "Coral Gate Park"), nil},
		{"an armed group, or a body moving people on, removed people from a site: nothing",
			"The Karen National Army removed 300 foreign workers from Coral Gate Park to hide them from police. The Wa Hills Army removed 120 workers from Jade River Park and moved them to Lotus Bay Park. The Svay Rieng Provincial Police removed 40 workers from Amber Hill Park to Golden Reed Park.",
			nil, []rel{{"Karen National Army", model.Raided, "Coral Gate Park", ""}, {"Wa Hills Army", model.Raided, "Jade River Park", ""}, {"Svay Rieng Provincial Police", model.Raided, "Amber Hill Park", ""}}},
		{"people removed from elsewhere, by a firm, or only from a country: nothing",
			"Coral Gate Park sits in Bavet. The Svay Rieng Provincial Police removed 42 foreigners from a different building near Coral Gate Park. Golden Gate Holdings removed 90 workers from Coral Gate Park. The Cambodian National Police removed 300 workers, most of them from Indonesia, near Coral Gate Park.",
			nil, []rel{{"Svay Rieng Provincial Police", model.Raided, "Coral Gate Park", ""}, {"Golden Gate Holdings", model.Raided, "Coral Gate Park", ""}, {"Cambodian National Police", model.Raided, "Coral Gate Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
