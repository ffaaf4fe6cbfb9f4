package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRunnerOfIt holds "the company running it is X" to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestRunnerOfIt(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the site in the sentence before, the runner after the copula",
			"My cousin is inside a place called Jade Orchid Park. She says the company running it is Golden Reed Technology and the guards carry guns.",
			[]rel{{"Golden Reed Technology", model.Operates, "Jade Orchid Park", ""}},
			nil},
		{"a relative clause for the runner, a hedge after the copula",
			"Police raided Jade Orchid Park on Monday. The firm that operates it is reportedly Golden Reed Technology Co., Ltd., a Chinese-owned company.",
			[]rel{{"Golden Reed Technology Co., Ltd.", model.Operates, "Jade Orchid Park", ""}},
			nil},
		{"the outfit behind it, the site in the same sentence",
			"Workers fled Jade Orchid Park, and the outfit behind it was Golden Reed Technology, according to the survivors.",
			[]rel{{"Golden Reed Technology", model.Operates, "Jade Orchid Park", ""}},
			nil},
		{"the runner's possessive names someone else's tie",
			"My cousin is inside a place called Jade Orchid Park. The company running it is Golden Reed Technology's local partner.",
			nil,
			[]rel{{"Golden Reed Technology", model.Operates, "Jade Orchid Park", ""}}},
		{"a firm named before the copula with another verb is no runner",
			"My cousin is inside a place called Jade Orchid Park. The company running it hired Golden Reed Technology to recruit workers.",
			nil,
			[]rel{{"Golden Reed Technology", model.Operates, "Jade Orchid Park", ""}}},
		{"it standing for a deal, not a site",
			"Silver Crane Holdings signed the deal in 2021. The company behind it is Golden Reed Technology.",
			nil,
			[]rel{{"Golden Reed Technology", model.Operates, "Silver Crane Holdings", ""}}},
		{"the runner's name given as what it is called",
			"Now he is inside a compound called Jade Orchid Park across the river. He says the company running it is called Golden Reed Group and the bosses are Chinese.",
			[]rel{{"Golden Reed Group", model.Operates, "Jade Orchid Park", ""}},
			nil},
		{"a firm named earlier is not the company running it",
			"The recruiter was a woman from Silver Crane Manpower Inc. in Quezon City. Now he is inside a compound called Jade Orchid Park. He says the company running it is called Golden Reed Group.",
			[]rel{{"Golden Reed Group", model.Operates, "Jade Orchid Park", ""}},
			[]rel{{"Silver Crane Manpower Inc.", model.Operates, "Jade Orchid Park", ""}}},
		{"a firm named earlier is not the company running it (plain copula)",
			"The recruiter was a woman from Silver Crane Manpower Inc. in Quezon City. Now he is inside a compound called Jade Orchid Park. He says the company running it is Golden Reed Group.",
			[]rel{{"Golden Reed Group", model.Operates, "Jade Orchid Park", ""}},
			[]rel{{"Silver Crane Manpower Inc.", model.Operates, "Jade Orchid Park", ""}}},
		{"two sites named before: it stands for neither",
			"He was moved from Jade Orchid Park to Silver Moon Park. He says the company running it is called Golden Reed Group.",
			nil,
			[]rel{{"Golden Reed Group", model.Operates, "Jade Orchid Park", ""}, {"Golden Reed Group", model.Operates, "Silver Moon Park", ""}}},
		{"a negated copula before called",
			"Now he is inside a compound called Jade Orchid Park. The company running it is not called Golden Reed Group, the guards told him.",
			nil,
			[]rel{{"Golden Reed Group", model.Operates, "Jade Orchid Park", ""}}},
		{"a former runner: the time between it and the copula",
			"Now he is inside a compound called Jade Orchid Park. The company that ran it until 2021 is called Golden Reed Group.",
			nil,
			[]rel{{"Golden Reed Group", model.Operates, "Jade Orchid Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
