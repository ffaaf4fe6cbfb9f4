package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFalseTies holds the guards of false_ties.go: a "whose" clause tells of the name's kin,
// and a partner or investor "for" a firm is not its staff; beside each, a shape that still
// gives the tie.
func TestFalseTies(t *testing.T) {
	x := newTestExtractor(t)
	emp := func(a, b string) []rel { return []rel{{a, model.EmployedBy, b, ""}} }
	checkRelCases(t, x, []relCase{
		// Must fire.
		{"hired by, in a who clause", "Ly Yong Phat, who was hired by Huione Group, owns the O Smach resort.",
			emp("Ly Yong Phat", "Huione Group"), nil},
		{"worked as a driver for", "Sok Pisey worked as a driver for Huione Group before 2020.",
			emp("Sok Pisey", "Huione Group"), nil},
		{"worked for", "Sok Pisey worked for Huione Group before 2020.",
			emp("Sok Pisey", "Huione Group"), nil},
		// Must not fire.
		{"a whose clause about a son", "Ly Yong Phat, whose son was hired by Huione Group, owns the O Smach resort.",
			[]rel{{"Ly Yong Phat", model.Owns, "O Smach", ""}}, emp("Ly Yong Phat", "Huione Group")},
		{"a whose clause about a daughter", "Ly Yong Phat, whose daughter is employed by Huione Group, owns the O Smach resort.",
			nil, emp("Ly Yong Phat", "Huione Group")},
		{"worked as a partner for", "Sok Pisey worked as a partner for Huione Group before 2020.",
			nil, emp("Sok Pisey", "Huione Group")},
		{"worked as an investor for", "Sok Pisey has worked as an investor for Huione Group.",
			nil, emp("Sok Pisey", "Huione Group")},
	})
}
