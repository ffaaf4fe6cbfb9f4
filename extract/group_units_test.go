package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGroupUnits holds an officer of an armed group's unit to sentences that make him a
// member of the group, and to sentences that must not. The names are invented.
func TestGroupUnits(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"commands the group's battalion",
			"The Karen Border Guard Force (BGF), an armed group, guards the park. Naw Paw is the wife of Col. Saw Htoo Ler, who commands the BGF's Battalion 1021.",
			[]rel{{"Saw Htoo Ler", model.MemberOf, "Karen National Army", ""}},
			nil},
		{"an officer in the militia's battalion, the militia named before",
			"The Karen National Defence Army, an armed group allied with the military, guards the park. The register lists Major Saw Kyaw Moe, an officer in the militia's 2nd Battalion, as a holder of 5 percent of Dongmei Global Holdings Co., Ltd.",
			[]rel{{"Saw Kyaw Moe", model.MemberOf, "Karen National Defence Army", ""}},
			nil},
		{"a state army's battalion is a job, not a membership",
			"Col. Somchai Rattana, who commands the Royal Thai Army's 3rd Battalion, spoke to reporters.",
			nil,
			[]rel{{"Somchai Rattana", model.MemberOf, "Royal Thai Army", ""}}},
		{"a meeting with the group's unit is no post",
			"The Karen Border Guard Force (BGF), an armed group, guards the park. Saw Htoo Ler met the BGF's Battalion 1021 commanders last week.",
			nil,
			[]rel{{"Saw Htoo Ler", model.MemberOf, "Karen National Army", ""}}},
		{"a lawyer for the group's battalion is no officer",
			"The Karen Border Guard Force (BGF), an armed group, guards the park. Saw Htoo Ler, a lawyer for the BGF's Battalion 1021, denied the claims.",
			nil,
			[]rel{{"Saw Htoo Ler", model.MemberOf, "Karen National Army", ""}}},
	}
	checkRelCases(t, x, cases)
}
