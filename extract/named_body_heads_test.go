package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedBodyHeads holds the body heads of the reference-heads list read only when a name
// carries the noun ("the bank" for Angkor Meridian Bank, "the force" for the Border Guard
// Force, "the exchange", "the chamber"), and the descriptions that must stay open. The names
// are invented.
func TestNamedBodyHeads(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the bank for the one bank named",
			"Investigators traced the transfers to Mekong Meridian Bank Plc. The bank's chief executive, Sok Chanthy, declined to comment.",
			[]rel{{"Sok Chanthy", model.Directs, "Mekong Meridian Bank Plc.", ""}},
			nil},
		{"the bank when no name carries it",
			"Investigators traced the transfers to Lianfeng Digital Payments Pte Ltd. The bank's chief executive, Sok Chanthy, declined to comment.",
			nil,
			[]rel{{"Sok Chanthy", model.Directs, "Lianfeng Digital Payments Pte Ltd", ""}}},
		{"the chamber for the chamber named",
			"The Khmer-Thai Traders Chamber of Commerce was founded in 2018. Its members met on Monday. The chamber's president, Oknha Meas Vanna, said it would await the court's decision.",
			[]rel{{"Meas Vanna", model.Directs, "Khmer-Thai Traders Chamber of Commerce", ""}},
			nil},
		{"the chamber when two chambers were named",
			"The Khmer-Thai Traders Chamber of Commerce and the Lao Chamber of Industry met in 2018. Their members met on Monday. The chamber's president, Oknha Meas Vanna, said it would await the court's decision.",
			nil,
			[]rel{{"Meas Vanna", model.Directs, "Khmer-Thai Traders Chamber of Commerce", ""}, {"Meas Vanna", model.Directs, "Lao Chamber of Industry", ""}}},
		{"the force for the force named",
			"Soldiers of the Thaungyin Peace Force man the checkpoints. The force's commander, Saw Htoo Lay, denied any role.",
			[]rel{{"Saw Htoo Lay", model.Directs, "Thaungyin Peace Force", ""}},
			nil},
		{"the force when the body named carries no such noun",
			"Soldiers of the Democratic Karen Benevolent Army man the checkpoints. The force's commander, Saw Htoo Lay, denied any role.",
			nil,
			[]rel{{"Saw Htoo Lay", model.Directs, "Democratic Karen Benevolent Army", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
