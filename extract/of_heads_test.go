package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposOfHeads holds the readers of of_heads.go to sentences where the head before "of"
// acts and sentences where the name after it must stay silent. The names are invented.
func TestApposOfHeads(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a relative clause after an apposed kin title is the head's",
			"The Golden Sands Resort is owned by Touch Rithisak. Touch Visoth, son of Touch Rithisak, who manages the resort's day-to-day operations, declined to comment.",
			[]rel{{"Touch Visoth", model.Operates, "Golden Sands Resort", ""}},
			[]rel{{"Touch Rithisak", model.Operates, "Golden Sands Resort", ""}}},
		{"a verb after an apposed subsidiary is the subsidiary's",
			"The Golden Sands Resort is owned by LVR Group. Bay Star Co., a subsidiary of LVR Group, manages the resort's operations.",
			[]rel{{"Bay Star Co.", model.Operates, "Golden Sands Resort", ""}},
			[]rel{{"LVR Group", model.Operates, "Golden Sands Resort", ""}}},
		{"a copula opens a clause, not an apposition: the last clause is the object's",
			"The firm's deputy general manager, Chen Hao, is the nephew of Chen Jinlong, who heads the Golden Orchid Casino Group.",
			[]rel{{"Chen Jinlong", model.Directs, "Golden Orchid Casino Group", ""}},
			[]rel{{"Chen Hao", model.Directs, "Golden Orchid Casino Group", ""}}},
		{"a bare of after the last listed name is that name's alone",
			"Workers said the barangay captain of Maligaya, Rolando Manalo, and Police Major Edgar Sisante of the Capas Municipal Police Station visited the compound.",
			[]rel{{"Edgar Sisante", model.EmployedBy, "Capas Municipal Police Station", ""}},
			[]rel{{"Rolando Manalo", model.EmployedBy, "Capas Municipal Police Station", ""}}},
	})
}
