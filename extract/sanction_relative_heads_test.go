package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionRelativeHeads holds sanction_relative_heads.go: a relative clause after an
// apposition that names a second party of the same kind gives the first name no sanction.
func TestSanctionRelativeHeads(t *testing.T) {
	x := newTestExtractor(t)
	ofac, eu, treas := "Office of Foreign Assets Control", "European Union", "US Department of the Treasury"
	cases := []relCase{
		// Precision: an apposition naming a second party before the relative clause.
		{"the daughter of, who", "Lin Mei, the daughter of Zhao Dehai, who was designated by OFAC in 2022, declined to comment.",
			[]rel{{"Zhao Dehai", model.SanctionedBy, ofac, ""}}, []rel{{"Lin Mei", model.SanctionedBy, ofac, ""}}},
		{"the wife of, who", "Lin Mei, the wife of Zhao Dehai, who was sanctioned by the US Treasury in 2022, is a director of Golden Reef Holdings.",
			[]rel{{"Zhao Dehai", model.SanctionedBy, treas, ""}}, []rel{{"Lin Mei", model.SanctionedBy, treas, ""}}},
		{"a business partner of, who", "Lin Mei, a business partner of Zhao Dehai, who has been sanctioned by the European Union, declined to comment.",
			[]rel{{"Zhao Dehai", model.SanctionedBy, eu, ""}}, []rel{{"Lin Mei", model.SanctionedBy, eu, ""}}},
		{"the wife of, whom", "Lin Mei, the wife of Zhao Dehai, whom OFAC sanctioned in 2022, declined to comment.",
			nil, []rel{{"Lin Mei", model.SanctionedBy, ofac, ""}}},
		{"a unit of, which was", "Golden Reef Co., a unit of Apex Holdings, which was sanctioned by the European Union, runs the site.",
			[]rel{{"Apex Holdings", model.SanctionedBy, eu, ""}}, []rel{{"Golden Reef Co.", model.SanctionedBy, eu, ""}}},
		// A nationality apposition with no second party keeps the clause.
		{"a PRC national, who", "Lin Mei, a PRC national, who was designated by the Treasury Department in 2023, runs the casino.",
			[]rel{{"Lin Mei", model.SanctionedBy, treas, ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
