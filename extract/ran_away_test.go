package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRanAway holds "ran and fled X" to running away (ranAway): a "ran" coordinated with a
// verb of leaving does not run X; a "ran" beside a verb of holding still does.
func TestRanAway(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Must not fire.
		{"a victim ran and fled, respectively",
			"Lim Dara and his victim Sok Chea ran and fled Golden Bay and Ruby Park, respectively.",
			nil, []rel{{"Sok Chea", model.Operates, "Ruby Park", ""}, {"Sok Chea", model.Directs, "Ruby Park", ""}}},
		{"ran and fled a site",
			"Sok Chea ran and fled Ruby Park.",
			nil, []rel{{"Sok Chea", model.Operates, "Ruby Park", ""}}},
		{"ran and escaped a site",
			"Sok Chea ran and escaped Ruby Park before dawn.",
			nil, []rel{{"Sok Chea", model.Operates, "Ruby Park", ""}}},
		{"two workers ran and left a site",
			"Lim Dara and Sok Chea ran and left Ruby Park.",
			nil, []rel{{"Sok Chea", model.Operates, "Ruby Park", ""}, {"Lim Dara", model.Operates, "Ruby Park", ""}}},
		{"fled and ran a firm",
			"Sok Chea fled and ran from Ruby Park.",
			nil, []rel{{"Sok Chea", model.Operates, "Ruby Park", ""}}},
		// Recall: ran beside a verb of holding.
		{"ran and evacuated a site during fighting",
			"Sok Chea ran and evacuated Ruby Park during the fighting.",
			[]rel{{"Sok Chea", model.Operates, "Ruby Park", ""}}, nil},
		{"built and ran a site",
			"Sok Chea built and ran Ruby Park.",
			[]rel{{"Sok Chea", model.Operates, "Ruby Park", ""}}, nil},
		{"runs and owns a site",
			"Sok Chea runs and owns Ruby Park.",
			[]rel{{"Sok Chea", model.Operates, "Ruby Park", ""}, {"Sok Chea", model.Owns, "Ruby Park", ""}}, nil},
	})
}
