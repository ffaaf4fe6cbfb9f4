package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposedRunners holds the "it" of a firm's apposition that ran or built it ("X Co., Ltd.,
// the company that built it"): the site named or described before, and nothing when no firm's
// name is set off before the apposition. The names are invented.
func TestApposedRunners(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the site named in the sentence before",
			"Police raided Golden Bay Park on Monday. Survivors said they worked for Lotus Reed Development Co., Ltd., the company that built it in 2021.",
			[]rel{{"Lotus Reed Development Co., Ltd.", model.Operates, "Golden Bay Park", ""}},
			nil},
		{"the site a description earlier in the sentence stands for",
			"Police raided Golden Bay Park in March. Two years later, Tan Wei leased the property where the hub stands to Silver Kite Technologies Inc., the company that operated it, in 2021.",
			[]rel{{"Silver Kite Technologies Inc.", model.Operates, "Golden Bay Park", ""}},
			nil},
		{"no firm named before the description: it stands for nothing",
			"Police raided Golden Bay Park on Monday. Workers said the company that built it had left.",
			nil,
			[]rel{{"Golden Bay Park", model.Operates, "Golden Bay Park", ""}}},
		{"a firm's own object is not read as the site",
			"Police raided Golden Bay Park on Monday. Lotus Reed Co., Ltd. sold a hotel to Silver Kite Co., Ltd., the company that runs it now.",
			nil,
			[]rel{{"Silver Kite Co., Ltd.", model.Operates, "Golden Bay Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
