package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHeldStakes holds held_stakes.go: a stake held as security, in trust or as a nominee
// gives the holder no OWNS; the same stake without those words does.
func TestHeldStakes(t *testing.T) {
	x := newTestExtractor(t)
	owns := func(a, b string) rel { return rel{a, model.Owns, b, ""} }
	zw, kg, lm := "Zhao Wenhua", "Kylin Group", "Li Ming"
	cases := []relCase{
		{"a stake held as collateral",
			"Zhao Wenhua holds 30 per cent of Kylin Group as collateral.",
			nil, []rel{owns(zw, kg)}},
		{"a stake held as a nominee for a named person: nothing for anyone",
			"Zhao Wenhua holds 30 per cent of Kylin Group as nominee for Li Ming.",
			nil, []rel{owns(zw, kg), owns(lm, kg)}},
		{"a stake held in trust for a named person",
			"Zhao Wenhua holds 30 per cent of Kylin Group in trust for Li Ming.",
			nil, []rel{owns(zw, kg), owns(lm, kg)}},
		{"a pledged stake stays its owner's (review of round 23)",
			"Zhao Wenhua holds 30 per cent of Kylin Group, pledged to a bank.",
			[]rel{owns(zw, kg)}, nil},
		{"a mortgaged firm stays its owner's",
			"Zhao Wenhua owns Kylin Group, which was mortgaged to a bank.",
			[]rel{owns(zw, kg)}, nil},
		{"as security forces closed in: a time",
			"Zhao Wenhua owned 60 per cent of Kylin Group as security forces closed in.",
			[]rel{owns(zw, kg)}, nil},
		{"as security chief: a time",
			"Zhao Wenhua holds a 40 per cent stake in Kylin Group as security chief Li Ming looks on.",
			[]rel{owns(zw, kg)}, nil},
		{"a stake named as a stake, held as security for a loan",
			"Zhao Wenhua holds a 30 per cent stake in Kylin Group as security for a loan.",
			nil, []rel{owns(zw, kg)}},
		{"a stake a relative clause pledges stays its owner's",
			"Zhao Wenhua owns 30 per cent of Kylin Group, which he has pledged to a bank.",
			[]rel{owns(zw, kg)}, nil},
		{"a stake held as a pledge, reportedly",
			"Zhao Wenhua reportedly holds 30 per cent of Kylin Group as a pledge.",
			nil, []rel{owns(zw, kg)}},
		{"a firm between the holder and the held firm holds it as collateral",
			"Zhao Wenhua, whose lender Golden Reed Holdings PLC holds 30 per cent of Kylin Group as collateral, denied it.",
			nil, []rel{owns("Golden Reed Holdings PLC", kg)}},
		// Recall: the same holdings told plainly.
		{"a plain share",
			"Zhao Wenhua holds 30 per cent of Kylin Group.",
			[]rel{owns(zw, kg)}, nil},
		{"a plain stake",
			"Zhao Wenhua holds a 30 per cent stake in Kylin Group.",
			[]rel{owns(zw, kg)}, nil},
		{"a share held as the largest shareholder",
			"Zhao Wenhua holds 30 per cent of Kylin Group as its largest shareholder.",
			[]rel{owns(zw, kg)}, nil},
	}
	checkRelCases(t, x, cases)
}
