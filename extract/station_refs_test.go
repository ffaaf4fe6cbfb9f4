package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStationRefs: "the station" stands only for a body whose name ends in "Station"; a
// station named by no such body (a bus station) points back to nothing.
func TestStationRefs(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a police station named before",
			"Investigators asked whether officers of the Tanauan Municipal Police Station had tipped off the operators. The station's chief, Police Major Ramil Ocampo, was relieved.",
			[]rel{{"Ramil Ocampo", model.Directs, "Tanauan Municipal Police Station", ""}}, nil},
		{"no station among the names before",
			"Investigators from the Tanauan Municipal Police questioned the drivers. The station's chief, Police Major Ramil Ocampo, was relieved.",
			nil,
			[]rel{{"Ramil Ocampo", model.Directs, "Tanauan Municipal Police", ""}}},
	})
}
