package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTipOffs holds the rules of tipoffs.go: a person or body that warned a site's managers
// of raids, and a person accused of shielding a site; recall cases and cases where nothing may
// be read.
func TestTipOffs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an officer who visited a site and warned its managers of inspections",
			"Workers said a police captain, Somsak Intharat, visited Golden Reed Park every week and warned managers of inspections.",
			[]rel{{"Somsak Intharat", model.Protects, "Golden Reed Park", ""}}, nil},
		{"a warning of raids after the site's sentence",
			"Hundreds of people were held at Golden Reed Park. Former workers said Colonel Somsak Intharat tipped off the bosses about upcoming raids.",
			[]rel{{"Somsak Intharat", model.Protects, "Golden Reed Park", ""}}, nil},
		{"a person accused, with an apposition, of shielding a site",
			"Returnees accused Bounthavy Keola, the deputy chairman of the zone's committee, of shielding Jade Gate Plaza.",
			[]rel{{"Bounthavy Keola", model.Protects, "Jade Gate Plaza", ""}}, nil},
		// Precision.
		{"a warning to workers, not to a site's managers",
			"Somsak Intharat visited Golden Reed Park and warned workers of the risks.",
			nil, []rel{{"Somsak Intharat", model.Protects, "Golden Reed Park", ""}}},
		{"a warning by one person told by another",
			"Somsak Intharat said that Chen Baoli, a manager at Golden Reed Park, warned managers of inspections.",
			nil, []rel{{"Somsak Intharat", model.Protects, "Golden Reed Park", ""}}},
		{"a person accused of defrauding a site's investors",
			"Returnees accused Bounthavy Keola of defrauding Jade Gate Plaza.",
			nil, []rel{{"Bounthavy Keola", model.Protects, "Jade Gate Plaza", ""}}},
		{"a warning whose site noun names another site than the sentence before",
			"Hundreds were held at Golden Reed Park. Somsak Intharat visited the tower next door and warned managers of inspections.",
			nil, []rel{{"Somsak Intharat", model.Protects, "Golden Reed Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
