package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPlaceRunAsides holds place_run_asides.go and the acronym step of co_agents.go: a site's
// apposition that ends in a run of places lets the participle after it read, and a second
// agent joined after the first agent's acronym raided too; a body that opens its own clause
// and a run with a piece that is no place are not read.
func TestPlaceRunAsides(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a participle after an apposition ending in a town and province, two agents",
			"Charges were filed against seven people linked to Jade Meadow Compound, a former offshore gaming site in Capas, Tarlac, raided in April by the Presidential Anti-Organized Crime Commission (PAOCC) and the Philippine National Police Anti-Cybercrime Group (PNP-ACG).",
			[]rel{{"Presidential Anti-Organized Crime Commission", model.Raided, "Jade Meadow Compound", ""},
				{"Philippine National Police Anti-Cybercrime Group", model.Raided, "Jade Meadow Compound", ""}}, nil},
		{"a second agent after an acronym and a possessor",
			"The operator ran Greenpeak Technology Hub until it was raided in March last year by the Presidential Anti-Organized Crime Commission (PAOCC) and the Philippine National Police's Criminal Investigation and Detection Group (CIDG).",
			[]rel{{"Criminal Investigation and Detection Group", model.Raided, "Greenpeak Technology Hub", ""}},
			[]rel{{"Philippine National Police", model.Raided, "Greenpeak Technology Hub", ""}}},
		// Precision.
		{"a body after the acronym that opens its own clause",
			"Greenpeak Technology Hub was raided by the Presidential Anti-Organized Crime Commission (PAOCC) and the Department of Justice said charges would follow.",
			nil, []rel{{"Department of Justice", model.Raided, "Greenpeak Technology Hub", ""}}},
		{"a run of places before a passive of another act",
			"Workers from Jade Meadow Compound, a former gaming site in Capas, Tarlac, were flown to Manila by the Bureau of Immigration.",
			nil, []rel{{"Bureau of Immigration", model.Raided, "Jade Meadow Compound", ""}}},
	}
	checkRelCases(t, x, cases)
}
