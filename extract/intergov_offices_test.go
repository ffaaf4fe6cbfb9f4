package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestIntergovOffice holds intergov_offices.go: an intergovernmental body named before a
// town is not placed in the town, while a national body or an institute still is.
func TestIntergovOffice(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a national ministry after at and before its capital",
			"Dewi Lestari, director for consular affairs at the Ministry of Foreign Affairs in Jakarta, said 300 citizens had returned.",
			[]rel{{"Ministry of Foreign Affairs of Indonesia", model.LocatedIn, "Jakarta", ""}}, nil},
		{"an institute after at and before its town",
			`"Nothing has changed," said Mali Chaiwong, a researcher at the Salween Research Institute in Chiang Rai, who has tracked the sites since 2021.`,
			[]rel{{"Salween Research Institute", model.LocatedIn, "Chiang Rai", ""}}, nil},
		// Precision.
		{"an officer with a migration agency in a town",
			`"The routes keep moving," said Amara Nwosu, a protection officer with the International Organization for Migration in Nairobi, who was not involved in the research.`,
			nil, []rel{{"International Organization for Migration", model.LocatedIn, "Nairobi", ""}}},
		{"an analyst at a UN office in a town",
			`"Displacement is the norm," said Anna Lindqvist, a regional analyst at the United Nations Office on Drugs and Crime (UNODC) in Bangkok.`,
			nil, []rel{{"United Nations Office on Drugs and Crime", model.LocatedIn, "Bangkok", ""}}},
		{"a short form and its office in a town",
			"The Lao Women's Union and the IOM office in Vientiane have helped people get out.",
			nil, []rel{{"International Organization for Migration", model.LocatedIn, "Vientiane", ""}}},
	}
	checkRelCases(t, x, cases)
}
