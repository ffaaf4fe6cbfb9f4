package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRefInterveners: a pronoun that passes over a person description to reach a name stands
// for the description's entity, or for no one when the description stands unresolved in a
// sentence naming nobody; with the pronoun read as before when nothing stands between. The
// names are invented.
func TestRefInterveners(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"his after the mayor's is the mayor's",
			"Titles show the land belongs to Tierra Alta Realty Corp. Mayor Ernesto Dimas has run the town since 2016. The firm's president, Lorna Cruz, is the mayor's younger sister, and his son, Carlo Dimas, sits on its board.",
			[]rel{{"Carlo Dimas", model.FamilyOf, "Ernesto Dimas", ""}},
			[]rel{{"Carlo Dimas", model.FamilyOf, "Lorna Cruz", ""}}},
		{"his after a sentence of the tycoon's family is no earlier name's",
			"The resort is owned by Heng Lay Development Co., Ltd., the company of Heng Bun, a tycoon who holds rubber concessions. Management of the site was leased to Xinyuan Tech Services, whose director, a Chinese national named Qiu Han, was detained. The raid has turned attention to the tycoon's family. His daughter, Heng Srey, is married to a police officer.",
			nil,
			[]rel{{"Heng Srey", model.FamilyOf, "Qiu Han", ""}, {"Qiu Han", model.FamilyOf, "Heng Srey", ""}}},
		{"his with nothing between",
			"Gao Ming founded Golden Reed Co., Ltd. in 2015. His son, Gao Wei, runs the firm.",
			[]rel{{"Gao Ming", model.FamilyOf, "Gao Wei", ""}}, nil},
		{"his past a sentence naming only a firm",
			"Gao Ming founded Golden Reed Co., Ltd. in 2015. The company has offices in Phnom Penh. His son, Gao Wei, runs the firm.",
			[]rel{{"Gao Ming", model.FamilyOf, "Gao Wei", ""}}, nil},
	}
	checkRelCasesEitherWay(t, x, cases)
}
