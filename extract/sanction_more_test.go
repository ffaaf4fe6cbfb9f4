package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionMore holds the rules of sanction_more.go: a passive designation with an adverb,
// a party put under or facing a body's sanctions, a list named after its body, a party
// targeted in a round of sanctions, a body's sanctions that name their targets; recall cases
// and cases where nothing may be read.
func TestSanctionMore(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(a, b string) []rel { return []rel{{a, model.SanctionedBy, b, ""}} }
	cases := []relCase{
		{"a passive with an adverb of time",
			"Tan Boon Hock was previously sanctioned by the United Kingdom in 2024.",
			sanc("Tan Boon Hock", "United Kingdom"), nil},
		{"a party placed under a body's sanctions",
			"Tan Boon Hock was placed under European Union sanctions in 2023.",
			sanc("Tan Boon Hock", "European Union"), nil},
		{"a party subject to a body's asset freeze",
			"Red Lantern Holdings Co., Ltd. is subject to United Kingdom asset freezes.",
			sanc("Red Lantern Holdings Co., Ltd.", "United Kingdom"), nil},
		{"a party added to a list named after its body",
			"Tan Boon Hock was added to the sanctions list of the Office of Foreign Assets Control in 2024.",
			sanc("Tan Boon Hock", "Office of Foreign Assets Control"), nil},
		{"a body that targeted a party in a round of sanctions",
			"The Office of Foreign Assets Control targeted Tan Boon Hock in a new round of sanctions on Monday.",
			sanc("Tan Boon Hock", "Office of Foreign Assets Control"), nil},
		{"a body's sanctions that name their targets",
			"The sanctions imposed by the European Union target Tan Boon Hock.",
			sanc("Tan Boon Hock", "European Union"), nil},
		// Precision.
		{"a party placed under a body's investigation",
			"Tan Boon Hock was placed under European Union investigation in 2023.",
			nil, sanc("Tan Boon Hock", "European Union")},
		{"a body that targeted a party in a raid",
			"The Office of Foreign Assets Control targeted Tan Boon Hock in a speech on Monday.",
			nil, sanc("Tan Boon Hock", "Office of Foreign Assets Control")},
		{"a party previously praised by a body",
			"Tan Boon Hock was previously praised by the United Kingdom in 2024.",
			nil, sanc("Tan Boon Hock", "United Kingdom")},
		{"a body's police freeze of a firm's accounts asked for, not made (a freeze made is read by account_freezes.go)",
			"The Department of Special Investigation asked a court to freeze the accounts of Red Lantern Holdings Co., Ltd. in May.",
			nil, sanc("Red Lantern Holdings Co., Ltd.", "Department of Special Investigation")},
	}
	checkRelCases(t, x, cases)
}
