package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGuardCommanders holds the rule of guard_commanders.go: the officer under whose command
// men guard the one site of the sentence; recall cases and cases where nothing may be read.
func TestGuardCommanders(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	cases := []relCase{
		{"a site guarded by soldiers under a colonel's command",
			"The defendant knew that Silver Crane Park was guarded by soldiers under the command of Colonel Sok Dara of the Royal Cambodian Armed Forces.",
			[]rel{prot("Sok Dara", "Silver Crane Park")}, nil},
		{"security provided by a unit's soldiers under a named commander",
			"Armed security at Silver Crane Park was provided by soldiers of an army brigade under the command of General Sok Dara, the court found.",
			[]rel{prot("Sok Dara", "Silver Crane Park")}, nil},
		// Precision.
		{"men under a commander who raided the site",
			"Silver Crane Park was stormed on Monday and its managers were arrested by soldiers under the command of Colonel Sok Dara.",
			nil, []rel{prot("Sok Dara", "Silver Crane Park")}},
		{"two sites in the sentence",
			"Workers moved from Silver Crane Park to Golden Dune Park, which was guarded by soldiers under the command of Colonel Sok Dara.",
			nil, []rel{prot("Sok Dara", "Silver Crane Park")}},
		{"a command with no guarding",
			"Silver Crane Park sits near a base of soldiers under the command of Colonel Sok Dara.",
			nil, []rel{prot("Sok Dara", "Silver Crane Park")}},
	}
	checkRelCases(t, x, cases)
}
