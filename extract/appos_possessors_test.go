package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposedPossessor holds kin appositions whose possessor is a description ("the
// tycoon's") to sentences where the description stands for someone named before, and to
// sentences where it must stand for no one. The names are invented.
func TestApposedPossessor(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a tycoon's nephew set off after his name",
			"Oknha Lim Kosal, a Chinese-born tycoon, is named in the complaint. Registry filings list Lim Dara, the tycoon's nephew, as sole director of Golden Reed Trading Co., Ltd.",
			[]rel{{"Lim Dara", model.FamilyOf, "Lim Kosal", ""}},
			nil},
		{"a son-in-law set off before his own clause",
			"Oknha Chea Sopheap, a Phnom Penh tycoon, owns the resort. Keo Vuthy, the tycoon's son-in-law, also owns Vuthy Exchange Co., Ltd.",
			[]rel{{"Chea Sopheap", model.FamilyOf, "Keo Vuthy", ""}},
			nil},
		{"a senator's daughter after a first apposition",
			"Senator Lim Sokha owns the land. Records list Heng Dara's wife, Lim Srey, the senator's eldest daughter, as the firm's majority shareholder.",
			[]rel{{"Lim Sokha", model.FamilyOf, "Lim Srey", ""}},
			nil},
		{"the only tycoon is the apposition's own name: no tie",
			"Police named Lim Dara, the tycoon's nephew, as a suspect in the case.",
			nil,
			[]rel{{"Lim Dara", model.FamilyOf, "Lim Dara", ""}}},
		{"an apposition without a possessive is the name itself",
			"Oknha Lim Kosal, a tycoon, owns the land. Sok Dara, the tycoon, denied any role.",
			nil,
			[]rel{{"Lim Kosal", model.FamilyOf, "Sok Dara", ""}, {"Lim Kosal", model.AssociateOf, "Sok Dara", ""}}},
	}
	checkRelCases(t, x, cases)
}
