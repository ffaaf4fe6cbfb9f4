package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinNameLeads: "his wife, Datin Sri Y" and "her brother, Gen. Y" tie the titled relative
// to the person the pronoun stands for, a sentence back or in its own sentence; a post or
// partner word so followed is no relative, and two people in the sentence before leave the
// pronoun open.
func TestKinNameLeads(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"an honorific phrase before the wife's name",
			"Records show that Azman Rashid holds 40% of the firm directly. His wife, Datin Sri Noraini Yusof, holds the rest.",
			[]rel{{"Noraini Yusof", model.FamilyOf, "Azman Rashid", ""}}, nil},
		{"the relative inside a whose clause",
			"Records show that Azman Rashid holds 40% of the firm. The other 60% is held by Orkid Labuan Ltd, a company whose sole shareholder is his wife, Datin Sri Noraini Yusof.",
			[]rel{{"Noraini Yusof", model.FamilyOf, "Azman Rashid", ""}}, nil},
		{"a rank with its dot before the brother's name",
			"Oknha Heng Sopheap owns the Golden Reed casino. His brother, Gen. Chan Vuthy, commands the provincial guard.",
			[]rel{{"Chan Vuthy", model.FamilyOf, "Heng Sopheap", ""}}, nil},
		{"a rank and an honorific before the son's name",
			"Oknha Heng Sopheap owns the Golden Reed casino. His eldest son, Col. Oknha Heng Dara, manages it.",
			[]rel{{"Heng Dara", model.FamilyOf, "Heng Sopheap", ""}}, nil},
		{"a deputy is no relative",
			"Oknha Heng Sopheap owns the Golden Reed casino. His deputy, Gen. Chan Vuthy, commands the provincial guard.",
			nil,
			[]rel{{"Chan Vuthy", model.FamilyOf, "Heng Sopheap", ""}}},
		{"two people before leave the pronoun open",
			"The casino is co-owned by Oknha Heng Sopheap and Tan Sri Lim Boon Keat, filings show. Later, at a dinner, his wife, Datin Sri Noraini Yusof, spoke.",
			nil,
			[]rel{{"Noraini Yusof", model.FamilyOf, "Heng Sopheap", ""}, {"Noraini Yusof", model.FamilyOf, "Lim Boon Keat", ""}}},
	})
}
