package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDefinedTermEnds holds defined_term_ends.go: a bracketed defined term between a name
// and its apposition, and the copula form of a place used as a firm's modifier.
func TestDefinedTermEnds(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a defined term in straight quotes before an apposition",
			`Bavet Star Investment Co., Ltd. ("Bavet Star"), a company incorporated in Thailand, owned the resort.`,
			[]rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Thailand", ""}}, nil},
		{"a defined term in curly quotes before an apposition",
			"Lotus Crest Holdings Ltd. (“Lotus Crest”), a firm registered in Hong Kong, wired the funds.",
			[]rel{{"Lotus Crest Holdings Ltd.", model.LocatedIn, "Hong Kong", ""}}, nil},
		{"a defined term before a copula",
			`Jade Arrow Capital Ltd. ("Jade Arrow") was a company incorporated in Seychelles.`,
			[]rel{{"Jade Arrow Capital Ltd.", model.LocatedIn, "Seychelles", ""}}, nil},
		{"a place as a firm's modifier after a copula",
			"Northwind Capital Limited is a Singapore company.",
			[]rel{{"Northwind Capital Limited", model.LocatedIn, "Singapore", ""}}, nil},
		{"a limited liability company after a defined term and a copula",
			`Eastgate Digital Assets LLC ("Eastgate") was a Delaware limited liability company.`,
			[]rel{{"Eastgate Digital Assets LLC", model.LocatedIn, "Delaware", ""}}, nil},
		{"a limited liability company in an apposition",
			"Pacific Lotus Trading LLC, a California limited liability company, held the accounts.",
			[]rel{{"Pacific Lotus Trading LLC", model.LocatedIn, "California", ""}}, nil},
		{"a shell after a copula",
			"Northwind Capital Limited was a Hong Kong shell with one director.",
			[]rel{{"Northwind Capital Limited", model.LocatedIn, "Hong Kong", ""}}, nil},
		// Precision.
		{"a negation",
			"Northwind Capital Limited is not a Hong Kong company.",
			nil, []rel{{"Northwind Capital Limited", model.LocatedIn, "Hong Kong", ""}}},
		{"another firm's unit",
			"Northwind Capital Limited is a Hong Kong company's subsidiary.",
			nil, []rel{{"Northwind Capital Limited", model.LocatedIn, "Hong Kong", ""}}},
		{"a person described by a place",
			"Chen Wei is a Hong Kong businessman.",
			nil, []rel{{"Chen Wei", model.LocatedIn, "Hong Kong", ""}}},
		{"a relative clause about another firm after the defined term",
			`Bavet Star Investment Co., Ltd. ("Bavet Star"), which bought a company incorporated in Thailand, owned the resort.`,
			nil, []rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Thailand", ""}}},
		{"a firm whose partner is described by a place",
			`Bavet Star Investment Co., Ltd. ("Bavet Star"), whose partner is a Singapore company, owned the resort.`,
			nil, []rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Singapore", ""}}},
		{"a second name after the defined term takes the apposition",
			`Bavet Star Investment Co., Ltd. ("Bavet Star") and Lotus Crest Holdings Ltd., a company incorporated in Thailand, owned the resort.`,
			[]rel{{"Lotus Crest Holdings Ltd.", model.LocatedIn, "Thailand", ""}},
			[]rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Thailand", ""}}},
		{"a bracket that holds more than a term",
			`Bavet Star Investment Co., Ltd. (a unit of "Lotus Crest"), a company incorporated in Thailand, owned the resort.`,
			nil, []rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Thailand", ""}}},
		{"a hedge lowers the grade",
			`Prosecutors allege that Bavet Star Investment Co., Ltd. ("Bavet Star") was a company incorporated in Thailand.`,
			[]rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Thailand", model.Alleged}}, nil},
	}
	checkRelCases(t, x, cases)
}
