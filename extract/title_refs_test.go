package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTitleReferences holds title_refs.go and the rank and office heads of the
// reference-heads list to descriptions that stand for a titled person, and to ones that must
// stay open. The names are invented.
func TestTitleReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a rank written short before the name",
			"Police questioned Col. Saw Htoo Wah in Myawaddy on Monday. The colonel commands the 2nd Battalion of the Karen National Defence Army.",
			[]rel{{"Saw Htoo Wah", model.Directs, "2nd Battalion of the Karen National Defence Army", ""}},
			nil},
		{"an office written in full before the name, the description possessive",
			"Police questioned Mayor Tan Wei in Kampot on Monday. The mayor's brother, Aung Ko Ko, chairs Silver Cedar Holdings Corp.",
			[]rel{{"Aung Ko Ko", model.FamilyOf, "Tan Wei", ""}},
			nil},
		{"an office told in an apposition",
			"Police questioned Tan Wei, the governor of Kampot, on Monday. Nora Vance is the governor's wife.",
			[]rel{{"Nora Vance", model.FamilyOf, "Tan Wei", ""}},
			nil},
		{"no name carries the office",
			"Police questioned Tan Wei in Kampot on Monday. The mayor owns Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
		{"another rank written short",
			"Police questioned Capt. Tan Wei in Kampot on Monday. The colonel owns Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
	}
	checkRelCases(t, x, cases)
}
