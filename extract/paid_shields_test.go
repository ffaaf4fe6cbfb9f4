package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPaidShields holds the rules of paid_shields.go: paid protection (the one paid, not the
// payer), a pronoun clause that points back to the protector, and the progressive; recall
// cases and cases where nothing may be read.
func TestPaidShields(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"paid protection, the payer named in between",
			"Prosecutors said Keo Rithy received monthly payments from Lin Feng in exchange for protecting Orchid Bay Hub from inspections.",
			prot("Keo Rithy", "Orchid Bay Hub"), prot("Lin Feng", "Orchid Bay Hub")},
		{"paid protection of a site referred to",
			"Orchid Bay Hub opened in 2022. Keo Rithy has taken cash each month for shielding the hub from raids.",
			prot("Keo Rithy", "Orchid Bay Hub"), nil},
		{"a pronoun clause after the protector's apposition",
			"The ministry suspended Major Keo Rithy, deputy chief of the Kampot police, over allegations that he provided protection to Orchid Bay Hub.",
			prot("Keo Rithy", "Orchid Bay Hub"), nil},
		{"the progressive after an apposition",
			"Keo Rithy, deputy commander of Takeo Provincial Police, was protecting Orchid Bay Hub.",
			prot("Keo Rithy", "Orchid Bay Hub"), nil},
		{"paid protection, the one paid set off by an apposition",
			"Keo Rithy, a DKBA colonel and the commander of the unit stationed at Payathonzu, has received regular payments from Lin Feng in exchange for guarding Orchid Bay Hub's perimeter.",
			prot("Keo Rithy", "Orchid Bay Hub"), prot("Lin Feng", "Orchid Bay Hub")},
		// Precision.
		{"the body in the apposition of the one paid",
			"Keo Rithy, an officer of the Takeo Provincial Police, received payments from Lin Feng in exchange for protecting Orchid Bay Hub.",
			prot("Keo Rithy", "Orchid Bay Hub"), prot("Lin Feng", "Orchid Bay Hub")},
		{"an apposition whose payment is for something else",
			"Keo Rithy, who received payments from Lin Feng for cleaning, was guarding Orchid Bay Hub.",
			nil, prot("Lin Feng", "Orchid Bay Hub")},
		{"a pronoun clause after a second person",
			"Keo Rithy met Lin Feng, and said he protected Orchid Bay Hub.",
			nil, prot("Keo Rithy", "Orchid Bay Hub")},
		{"payments for something else than protection",
			"Keo Rithy received monthly payments from Lin Feng for cleaning Orchid Bay Hub.",
			nil, prot("Keo Rithy", "Orchid Bay Hub")},
		{"a body named as the protector's unit in the progressive",
			"Keo Rithy of Takeo Provincial Police was protecting Orchid Bay Hub.",
			nil, prot("Takeo Provincial Police", "Orchid Bay Hub")},
	}
	checkRelCases(t, x, cases)
}
