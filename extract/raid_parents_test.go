package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidParents holds raid_parents.go: the unit raided, not the body named as its parent in
// the possessive or after "the armed wing of"; a parent that raided in its own name stays.
func TestRaidParents(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a possessor of the unit in a joint raid",
			"Agents of the National Bureau of Investigation and the Philippine National Police's Anti-Cybercrime Group raided Silver Moon Hub on Monday.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Silver Moon Hub", ""}, {"Anti-Cybercrime Group", model.Raided, "Silver Moon Hub", ""}},
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Hub", ""}}},
		{"the body whose armed wing raided, its acronym in brackets",
			"Troops of the Karen National Liberation Army (KNLA), the armed wing of the Karen National Union (KNU), stormed Silver Moon Park in May.",
			[]rel{{"Karen National Liberation Army", model.Raided, "Silver Moon Park", ""}},
			[]rel{{"Karen National Union", model.Raided, "Silver Moon Park", ""}}},
		// Precision: a parent that acts in its own name keeps its raid.
		{"a parent named on its own before the verb",
			"The Philippine National Police raided Silver Moon Hub; the Philippine National Police's spokesman confirmed it.",
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Hub", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
