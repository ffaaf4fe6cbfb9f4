package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWhoAntecedents holds "who" after a firm's name: the firm is not the subject of the
// clause, while "which" and a person before "who" still are. The names are invented.
func TestWhoAntecedents(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"'who' after the firm the person chairs does not give the firm the land",
			"Lim Dara, the chairman of Golden Reed Group, who owns the land on which the Lotus Lake compound stands, was designated.",
			nil,
			[]rel{{"Golden Reed Group", model.Owns, "Lotus Lake", ""}}},
		{"'which' after the firm gives it the land",
			"Lim Dara, chairman of Golden Reed Group, which owns the land on which the Lotus Lake compound stands, was designated.",
			[]rel{{"Golden Reed Group", model.Owns, "Lotus Lake", ""}},
			nil},
		{"'who' after a person gives the person the land",
			"Police named Reynaldo Maglaya, who owns the land on which the Sunrise Hub compound stands.",
			[]rel{{"Reynaldo Maglaya", model.Owns, "Sunrise Hub", ""}},
			nil},
	}
	checkRelCases(t, x, cases)
}
