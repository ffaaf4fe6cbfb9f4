package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionLifted holds the shapes of sanction_lifted.go: a sanction lifted in the same
// sentence, or in a clause after a semicolon whose subject is the party or the sanction,
// gives no current SANCTIONED_BY; a sanction upheld, not lifted, or a lifting of another
// party's sanction keeps it.
func TestSanctionLifted(t *testing.T) {
	x := newTestExtractor(t)
	s := model.SanctionedBy
	checkRelCases(t, x, []relCase{
		// recall
		{"upheld", "Li Ming was sanctioned by the US Treasury in 2020, a decision upheld in 2023.",
			[]rel{{"Li Ming", s, "US Department of the Treasury", ""}}, nil},
		{"not lifted", "Li Ming was sanctioned by the US Treasury in 2020, and the sanctions have not been lifted.",
			[]rel{{"Li Ming", s, "US Department of the Treasury", ""}}, nil},
		{"another party delisted", "Li Ming was sanctioned by the US Treasury in 2020, while Golden Lotus Co., Ltd. was delisted in 2022.",
			[]rel{{"Li Ming", s, "US Department of the Treasury", ""}}, nil},
		{"calls to lift", "The US Treasury sanctioned Li Ming in 2020 despite calls for the sanctions to be lifted.",
			[]rel{{"Li Ming", s, "US Department of the Treasury", ""}}, nil},
		{"another party after a semicolon", "OFAC designated Li Ming in 2019; Wang Wei was delisted in 2022.",
			[]rel{{"Li Ming", s, "Office of Foreign Assets Control", ""}}, nil},
		{"not delisted after a semicolon", "OFAC designated Li Ming in 2019; he was not delisted.",
			[]rel{{"Li Ming", s, "Office of Foreign Assets Control", ""}}, nil},
		// must not fire
		{"lifted before", "Li Ming was sanctioned by the US Treasury in 2020 before the sanctions were lifted in 2023.",
			nil, []rel{{"Li Ming", s, "US Department of the Treasury", ""}}},
		{"removed from the list", "The UK sanctioned Golden Lotus Co., Ltd. in 2021 and removed it from the list in 2023.",
			nil, []rel{{"Golden Lotus Co., Ltd.", s, "United Kingdom", ""}}},
		{"delisted after a semicolon", "OFAC designated Li Ming in 2019; he was delisted in 2022.",
			nil, []rel{{"Li Ming", s, "Office of Foreign Assets Control", ""}}},
		{"measures revoked", "The EU sanctioned Wang Wei in 2022; the measures were revoked a year later.",
			nil, []rel{{"Wang Wei", s, "European Union", ""}}},
		{"hedged and lifted", "Li Ming was reportedly sanctioned by the US Treasury in 2020, but the sanctions were later lifted.",
			nil, []rel{{"Li Ming", s, "US Department of the Treasury", ""}}},
	})
}
