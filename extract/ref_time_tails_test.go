package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTimeTails: a span of time after a description's head ("ran the compound day to day")
// leaves the description whole; a noun that goes on the phrase ("the compound day shift")
// still ends it elsewhere, and two sites named before leave it open.
func TestTimeTails(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"'day to day' after the head: the site named before",
			"Police raided Coral Gate Park in Bavet in March. Four survivors said Zhao Minghui ran the compound day to day.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}, nil},
		{"'around the clock' after the head",
			"Police raided Coral Gate Park in Bavet in March. Survivors said Zhao Minghui ran the compound around the clock.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}, nil},
		{"two sites named before: open",
			"Police raided Coral Gate Park and Silver Moon Park in Bavet in March. Survivors said Zhao Minghui ran the compound day to day.",
			nil,
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}, {"Zhao Minghui", model.Operates, "Silver Moon Park", ""}}},
		{"a noun after the head that is no span of time: the phrase goes on",
			"Police raided Coral Gate Park in Bavet in March. Survivors said Zhao Minghui ran the compound day shift.",
			nil,
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}},
	})
}
