package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCopulaRelatives holds copula_relatives.go to sentences it must read and sentences where
// it must stay silent. The names are invented.
func TestCopulaRelatives(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site defined with places, owned and operated by a firm",
			"Golden Reed Plaza (the \"Compound\") was a complex of office and residential buildings in Sihanoukville, Cambodia, that was owned and operated by Golden Reed Investment Group Co., Ltd.",
			[]rel{{"Golden Reed Investment Group Co., Ltd.", model.Owns, "Golden Reed Plaza", ""}, {"Golden Reed Investment Group Co., Ltd.", model.Operates, "Golden Reed Plaza", ""}},
			nil},
		{"a firm defined with its registration, owning and operating a site",
			"Mekong Royal Resort Co., Ltd. (\"Mekong Royal\") was a company registered in Laos that owned and operated Phoenix Jade Tower.",
			[]rel{{"Mekong Royal Resort Co., Ltd.", model.Owns, "Phoenix Jade Tower", ""}, {"Mekong Royal Resort Co., Ltd.", model.Operates, "Phoenix Jade Tower", ""}},
			nil},
		// Precision.
		{"a raid is no running",
			"Golden Reed Plaza was a complex of office buildings in Sihanoukville that was raided by Golden Reed Investment Group Co., Ltd.",
			nil,
			[]rel{{"Golden Reed Investment Group Co., Ltd.", model.Operates, "Golden Reed Plaza", ""}, {"Golden Reed Investment Group Co., Ltd.", model.Owns, "Golden Reed Plaza", ""}}},
		{"a tenant is not the owner",
			"Mekong Royal Resort Co., Ltd. was a company registered in Laos that leased floors at Phoenix Jade Tower.",
			nil,
			[]rel{{"Mekong Royal Resort Co., Ltd.", model.Owns, "Phoenix Jade Tower", ""}, {"Mekong Royal Resort Co., Ltd.", model.Operates, "Phoenix Jade Tower", ""}}},
		{"a firm that did business with the owner",
			"Mekong Royal Resort Co., Ltd. was a supplier of a company that owned Phoenix Jade Tower.",
			nil,
			[]rel{{"Mekong Royal Resort Co., Ltd.", model.Owns, "Phoenix Jade Tower", ""}}},
		{"a former owner who sold",
			"Mekong Royal Resort Co., Ltd. was a company registered in Laos that owned Phoenix Jade Tower until it sold the building in 2021.",
			nil,
			[]rel{{"Mekong Royal Resort Co., Ltd.", model.Owns, "Phoenix Jade Tower", ""}}},
		{"the relative belongs to a second firm the first holds shares in",
			"Zhen Ding Holdings Co., Ltd. was a shareholder in a company that owned Golden Fortune Park.",
			nil,
			[]rel{{"Zhen Ding Holdings Co., Ltd.", model.Owns, "Golden Fortune Park", ""}}},
		{"the relative belongs to a firm the first invested in",
			"Zhen Ding Holdings Co., Ltd. was an investor in a firm that operated Golden Fortune Park.",
			nil,
			[]rel{{"Zhen Ding Holdings Co., Ltd.", model.Operates, "Golden Fortune Park", ""}}},
		{"the relative belongs to a firm the first was a partner in",
			"Zhen Ding Holdings Co., Ltd. was a partner in a firm that ran Golden Fortune Park.",
			nil,
			[]rel{{"Zhen Ding Holdings Co., Ltd.", model.Operates, "Golden Fortune Park", ""}}},
		{"the relative belongs to an enclosing site",
			"Golden Fortune Park was a building inside a complex that was owned and operated by Zhen Ding Holdings Co., Ltd.",
			nil,
			[]rel{{"Zhen Ding Holdings Co., Ltd.", model.Owns, "Golden Fortune Park", ""}, {"Zhen Ding Holdings Co., Ltd.", model.Operates, "Golden Fortune Park", ""}}},
		{"the relative belongs to the township after the head",
			"Golden Fortune Park was a compound in a border township that was controlled by the Democratic Karen Buddhist Army.",
			nil,
			[]rel{{"Democratic Karen Benevolent Army", model.Operates, "Golden Fortune Park", ""}}},
		{"the relative belongs to the township after a complex",
			"Golden Fortune Park was a complex in a border township that was run by the Border Guard Force.",
			nil,
			[]rel{{"Karen National Army", model.Operates, "Golden Fortune Park", ""}}},
		{"a description whose head is no firm",
			"Mekong Royal Resort Co., Ltd. was a name on a list that operated Phoenix Jade Tower.",
			nil,
			[]rel{{"Mekong Royal Resort Co., Ltd.", model.Operates, "Phoenix Jade Tower", ""}}},
	}
	checkRelCases(t, x, cases)
}
