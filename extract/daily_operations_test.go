package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDailyOperations holds the shapes of daily_operations.go: the one who runs a site's
// day-to-day operations, the site a possessed description or a reference; a negated or denied
// running, a firm's own operations and a relative's running do not count.
func TestDailyOperations(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a son in apposition, then who manages the resort's day-to-day operations",
			"Silver Heron Resort is a casino complex in Bavet. TOUCH VISOTH, son of Touch Rithisak, who manages the resort's day-to-day operations, including the buildings where workers are confined.",
			[]rel{{"Touch Visoth", model.Operates, "Silver Heron Resort", ""}}, nil},
		{"a subsidiary manages the resort's day-to-day operations",
			"Star Bay Resort is a casino in Koh Kong. Star Bay Hotel & Entertainment Co., Ltd., a subsidiary of LVR Group, manages the resort's day-to-day operations.",
			[]rel{{"Star Bay Hotel & Entertainment Co., Ltd.", model.Operates, "Star Bay Resort", ""}}, nil},
		{"a general manager who oversees the compound's daily operations",
			"Blue Orchid Park is a compound near Myawaddy. CHEN Xuefeng, a Chinese national, is the general manager of Hong Tai Kaifa Co., Ltd. and oversees the compound's daily operations.",
			[]rel{{"CHEN Xuefeng", model.Operates, "Blue Orchid Park", ""}}, nil},
		{"a manager of day-to-day scam operations at the compound",
			"Starlight Park lies in Kampot province. Police named Ma Xiaolong, a Chinese national who manages day-to-day scam operations at the compound.",
			[]rel{{"Ma Xiaolong", model.Operates, "Starlight Park", ""}}, nil},
		// Must not fire.
		{"a denial of running the daily operations",
			"Golden Sands Park is a compound in Bavet. Heng Sokha, a local tycoon, denied that he ran the daily operations of the park.",
			nil, []rel{{"Heng Sokha", model.Operates, "Golden Sands Park", ""}}},
		{"no role in the daily operations",
			"Golden Sands Park is a compound in Bavet. Heng Sokha, who owns the land, has no role in the compound's daily operations.",
			nil, []rel{{"Heng Sokha", model.Operates, "Golden Sands Park", ""}}},
		{"a firm's own day-to-day operations",
			"Golden Sands Park is a compound in Bavet. Angkor Meridian Trading Co., Ltd., a supplier to the park, runs its day-to-day operations from Phnom Penh.",
			nil, []rel{{"Angkor Meridian Trading Co., Ltd.", model.Operates, "Golden Sands Park", ""}}},
		{"a relative runs the daily operations, not the one named first",
			"Golden Sands Park is a compound in Bavet. Heng Sokha, whose nephew runs the park's daily operations, declined to comment.",
			nil, []rel{{"Heng Sokha", model.Operates, "Golden Sands Park", ""}}},
		{"someone said to have run them is only a speaker",
			"Golden Sands Park is a compound in Bavet. Heng Sokha said the Chinese tenants manage the compound's daily operations.",
			nil, []rel{{"Heng Sokha", model.Operates, "Golden Sands Park", ""}}},
		{"a person named in the runner's relative clause runs them, not the runner",
			"The Golden Fortune compound lies in Myawaddy. Touch Visoth, who employed Li Ming, a Chinese national who runs the compound's day-to-day operations, declined to comment.",
			[]rel{{"Li Ming", model.Operates, "Golden Fortune Resorts World", ""}}, []rel{{"Touch Visoth", model.Operates, "Golden Fortune Resorts World", ""}}},
	}
	checkRelCases(t, x, cases)
}
