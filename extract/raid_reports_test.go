package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidReports holds the shape of raid_reports.go: a ministry or police command that
// reports its forces' raid after it is credited with the raid; other reporters are not.
func TestRaidReports(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a ministry reports a provincial force's raid",
			"Kampot Provincial Police raided Golden Sands Park on Tuesday, detaining 300 people, the Ministry of Interior said.",
			[]rel{{"Ministry of Interior", model.Raided, "Golden Sands Park", ""}}, nil},
		{"a police command reports a sweep, with an aside after the verb",
			"Officers detained 500 people in a sweep of the Lucky Star Hub, the Royal Thai Police said on Sunday, in the largest operation this year.",
			[]rel{{"Royal Thai Police", model.Raided, "Lucky Star Hub", ""}}, nil},
		// Must not fire.
		{"a rights group only reports the raid",
			"Police raided Golden Sands Park on Tuesday, the Cambodian Center for Human Rights said.",
			nil, []rel{{"Cambodian Center for Human Rights", model.Raided, "Golden Sands Park", ""}}},
		{"an embassy only reports the raid",
			"Police raided Golden Sands Park on Tuesday, the Embassy of India said.",
			nil, []rel{{"Embassy of India", model.Raided, "Golden Sands Park", ""}}},
		{"no raid in the report",
			"Workers fled Golden Sands Park on Tuesday, the Ministry of Interior said.",
			nil, []rel{{"Ministry of Interior", model.Raided, "Golden Sands Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
