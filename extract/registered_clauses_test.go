package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRegisteredClauses holds registered_clauses.go to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestRegisteredClauses(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a firm registered abroad that owns a site",
			"Police raided Lotus Reed Park. Ma Lin is listed as a shareholder of Reed Harbour Holdings Co., Ltd., the company registered in Hong Kong that owns the compound.",
			[]rel{{"Reed Harbour Holdings Co., Ltd.", model.Owns, "Lotus Reed Park", ""}},
			nil},
		{"a firm registered abroad that holds a stake in another",
			"Jade Cove Trust Ltd, a company registered in the British Virgin Islands that holds a 30% stake in Poipet Lantern Entertainment Co., Ltd. on behalf of Lin Guowei.",
			[]rel{{"Jade Cove Trust Ltd", model.Owns, "Poipet Lantern Entertainment Co., Ltd.", ""}},
			nil},
		{"a firm registered in a town that is majority-owned by a person",
			"Funds went to Laukkai Kite Trading Co., Ltd., a company registered in Laukkai that is majority-owned by Bao Guolin, a former official.",
			[]rel{{"Bao Guolin", model.Owns, "Laukkai Kite Trading Co., Ltd.", ""}},
			nil},
		{"a firm that owned and operated a site",
			"Lantern Bay Development Co., Ltd., a company registered in Laos that owned and operated Lantern Bay Tower, was named.",
			[]rel{{"Lantern Bay Development Co., Ltd.", model.Owns, "Lantern Bay Tower", ""}, {"Lantern Bay Development Co., Ltd.", model.Operates, "Lantern Bay Tower", ""}},
			nil},
		// Precision.
		{"a firm that supplies guards to a site neither owns nor runs it",
			"Iron Kite Guard Co., Ltd., a firm registered in Burma that supplies armed guards to Lantern Bay Tower, was named.",
			nil,
			[]rel{{"Iron Kite Guard Co., Ltd.", model.Operates, "Lantern Bay Tower", ""}, {"Iron Kite Guard Co., Ltd.", model.Owns, "Lantern Bay Tower", ""}}},
		{"a firm that sold goods to another holds no stake in it",
			"Iron Kite Trading Co., Ltd., a firm registered in Burma that imported cement for Lantern Bay Development Co., Ltd., was named.",
			nil,
			[]rel{{"Iron Kite Trading Co., Ltd.", model.Owns, "Lantern Bay Development Co., Ltd.", ""}}},
		{"a firm that sought to acquire a stake holds none",
			"Jade Cove Trust Ltd, a company registered in Labuan that sought to acquire a 30% stake in Poipet Lantern Entertainment Co., Ltd., withdrew.",
			nil,
			[]rel{{"Jade Cove Trust Ltd", model.Owns, "Poipet Lantern Entertainment Co., Ltd.", ""}}},
		{"a firm that sold its stake holds none",
			"Jade Cove Trust Ltd, a company registered in Labuan that sold its 30% stake in Poipet Lantern Entertainment Co., Ltd. in 2022, was named.",
			nil,
			[]rel{{"Jade Cove Trust Ltd", model.Owns, "Poipet Lantern Entertainment Co., Ltd.", ""}}},
		{"an armed group based in a state that guards a site",
			"The Kayin Shield Army, an armed group based in Kayin State that guards Lantern Bay Tower, denied the claim.",
			nil,
			[]rel{{"Kayin Shield Army", model.Operates, "Lantern Bay Tower", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRegisteredClauseEnds holds a past holding told with an end year to that End: the tie is
// history, not a current one.
func TestRegisteredClauseEnds(t *testing.T) {
	x := newTestExtractor(t)
	cases := []endCase{
		{"a firm that owned a site until a year",
			"Golden Fortune Company, a company registered in Hong Kong that owned KK Park until 2020, said it had no comment.",
			[3]string{"Golden Fortune Company", model.Owns, "KK Park"}, "2020"},
		{"a firm that was owned by a person until a year",
			"Golden Fortune Company, a company registered in Hong Kong that was owned by Li Ming until 2021, said it had no comment.",
			[3]string{"Li Ming", model.Owns, "Golden Fortune Company"}, "2021"},
		{"a firm that owns a site has no end",
			"Golden Fortune Company, a company registered in Hong Kong that owns KK Park, said it had no comment.",
			[3]string{"Golden Fortune Company", model.Owns, "KK Park"}, ""},
	}
	checkEndCases(t, x, cases)
}
