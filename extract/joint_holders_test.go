package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestJointHolders holds joint_holders.go to sentences it must read and sentences where it
// must stay silent. The names are invented.
func TestJointHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two holders after a first verb phrase, jointly holding shares",
			"Mr. Sok Dara and Liu Wen have been business partners since 2018 and jointly hold shares in Poipet Star Trading Co., Ltd., a logistics company.",
			[]rel{{"Sok Dara", model.Owns, "Poipet Star Trading Co., Ltd.", ""}, {"Liu Wen", model.Owns, "Poipet Star Trading Co., Ltd.", ""}},
			nil},
		{"two joint shareholders",
			"Until 2020, Wang Lei and Chea Rithy were joint shareholders in Golden Reef Investment Group, a Phnom Penh developer.",
			[]rel{{"Wang Lei", model.Owns, "Golden Reef Investment Group", ""}, {"Chea Rithy", model.Owns, "Golden Reef Investment Group", ""}},
			nil},
		// Precision.
		{"joint posts are no joint holding",
			"Sok Dara and Liu Wen were joint organisers of a trip for Poipet Star Trading Co., Ltd. staff.",
			nil,
			[]rel{{"Sok Dara", model.Owns, "Poipet Star Trading Co., Ltd.", ""}, {"Liu Wen", model.Owns, "Poipet Star Trading Co., Ltd.", ""}}},
		{"a firm named as a possessor is not what is held",
			"Sok Dara and Liu Wen jointly hold shares in Poipet Star Trading Co., Ltd.'s parent, records show.",
			nil,
			[]rel{{"Sok Dara", model.Owns, "Poipet Star Trading Co., Ltd.", ""}}},
		{"joint work is no joint holding",
			"Sok Dara and Liu Wen have been business partners since 2018 and jointly ran recruitment for Poipet Star Trading Co., Ltd.",
			nil,
			[]rel{{"Sok Dara", model.Owns, "Poipet Star Trading Co., Ltd.", ""}, {"Liu Wen", model.Owns, "Poipet Star Trading Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
