package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRankShapes holds the shapes of rank_shapes.go: a rank written after an armed group's
// name, held by a person set off by commas or named after the rank.
func TestRankShapes(t *testing.T) {
	x := newTestExtractor(t)
	dkba := "Democratic Karen Benevolent Army"
	cases := []relCase{
		{"a person set off by commas is a group's major",
			"Her cousin, Saw Lay Htoo, is a DKBA major who runs the checkpoint.",
			[]rel{{"Saw Lay Htoo", model.MemberOf, dkba, ""}}, nil},
		{"a group's officer known by rank and name",
			"Workers said a DKBA officer they knew as Captain Saw Eh Kaw took the payments.",
			[]rel{{"Saw Eh Kaw", model.MemberOf, dkba, ""}}, nil},
		{"a group's battalion commander called by name",
			"The land was leased from an MNDAA battalion commander called Yang Shaoming in 2021.",
			[]rel{{"Yang Shaoming", model.MemberOf, "Myanmar National Democratic Alliance Army", ""}}, nil},
		// Must not fire.
		{"a group's critic is no rank",
			"Workers said a DKBA critic called Saw Eh Kaw had warned them.",
			nil, []rel{{"Saw Eh Kaw", model.MemberOf, dkba, ""}}},
		{"a police officer holds no rank in an armed group",
			"Survivors said a Royal Thai Police officer called Somchai Dee took the payments.",
			nil, []rel{{"Somchai Dee", model.MemberOf, "Royal Thai Police", ""}}},
		{"a former major is history",
			"Her cousin, Saw Lay Htoo, is a former DKBA major who now runs a shop.",
			nil, []rel{{"Saw Lay Htoo", model.MemberOf, dkba, ""}}},
	}
	checkRelCases(t, x, cases)
}
