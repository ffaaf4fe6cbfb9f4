package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDefinedTermEnds holds defined_term_ends.go: a bracketed defined term between a name
// and its apposition. A place before a firm noun after a copula ("X is a Singapore company")
// is not read: the name is often inside the subject ("The sole shareholder of X is a
// Singapore company") and the noun often not the phrase's head ("a Singapore bank customer").
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
		{"a limited liability company in an apposition",
			"Pacific Lotus Trading LLC, a California limited liability company, held the accounts.",
			[]rel{{"Pacific Lotus Trading LLC", model.LocatedIn, "California", ""}}, nil},
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
		{"a bracketed term that names another person",
			`Chen Baoli ("Wang Lixin") owns Blue Lagoon Park.`,
			nil, []rel{{"Chen Baoli", model.Owns, "Blue Lagoon Park", ""}}},
		{"the firm inside the copula's subject",
			"The sole shareholder of Golden Harbor Holdings Co., Ltd. is a Singapore company.",
			nil, []rel{{"Golden Harbor Holdings Co., Ltd.", model.LocatedIn, "Singapore", ""}}},
		{"a place before a noun that is not the phrase's head",
			"Golden Harbor Holdings Co., Ltd. is a Singapore bank customer.",
			nil, []rel{{"Golden Harbor Holdings Co., Ltd.", model.LocatedIn, "Singapore", ""}}},
		{"a hedge lowers the grade",
			`Prosecutors allege that Bavet Star Investment Co., Ltd. ("Bavet Star") was a company incorporated in Thailand.`,
			[]rel{{"Bavet Star Investment Co., Ltd.", model.LocatedIn, "Thailand", model.Alleged}}, nil},
	}
	checkRelCases(t, x, cases)
}
