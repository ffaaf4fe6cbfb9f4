package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedUnitsAndDescribedHolders holds the post in a body named through its parent's
// possessive (possessed_units.go) and the holder described by a noun after "whose ... is"
// (offices.go), and "the organisation" read back to a body (reference-heads.txt), to sentences they must read and sentences where they must stay silent. The
// names are invented.
func TestPossessedUnitsAndDescribedHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an adviser at a ministry's department",
			"Sok Dara, an adviser at the Interior Ministry's General Department of Immigration, declined to comment.",
			[]rel{{"Sok Dara", model.EmployedBy, "General Department of Immigration of Cambodia", ""}},
			[]rel{{"Sok Dara", model.EmployedBy, "Interior Ministry", ""}}},
		{"a staff officer of an army's regional command",
			"The ledger names Aung Ko Lwin, a staff officer of the Myanmar military's Triangle Region Command, as a recipient.",
			[]rel{{"Aung Ko Lwin", model.EmployedBy, "Triangle Region Command", ""}},
			[]rel{{"Aung Ko Lwin", model.EmployedBy, "Myanmar military", ""}}},
		{"an adviser to a ministry's spokesman holds no post in the ministry",
			"Sok Dara, an adviser to the Interior Ministry's spokesman, declined to comment.",
			nil,
			[]rel{{"Sok Dara", model.EmployedBy, "Interior Ministry", ""}}},
		{"a post in the parent itself stays with the parent",
			"Sok Dara, an adviser at the Interior Ministry, declined to comment.",
			[]rel{{"Sok Dara", model.EmployedBy, "Interior Ministry", ""}},
			nil},
		{"a sole shareholder described as a businessman",
			"The hotel is owned by Lanna Crest Capital Pte. Ltd., a Singapore company whose sole shareholder is Thai businessman Prasit Wongsai.",
			[]rel{{"Prasit Wongsai", model.Owns, "Lanna Crest Capital Pte. Ltd.", ""}},
			nil},
		{"an owner described as a tycoon, after a comma",
			"Workers were sent to Red Kapok Trading Co., Ltd., whose owner, tycoon Heng Sovann, denied it.",
			[]rel{{"Heng Sovann", model.Owns, "Red Kapok Trading Co., Ltd.", ""}},
			nil},
		{"a businessman named after a whose-clause that is no post",
			"Workers were sent to Red Kapok Trading Co., Ltd., whose lawyer met businessman Heng Sovann.",
			nil,
			[]rel{{"Heng Sovann", model.Owns, "Red Kapok Trading Co., Ltd.", ""}, {"Heng Sovann", model.EmployedBy, "Red Kapok Trading Co., Ltd.", ""}}},
		{"a post at the organisation named in the sentence before",
			"The rights group Delta Watch has tracked the site since 2021. Chan Sophea, a researcher at the organisation, said the raid came late.",
			[]rel{{"Chan Sophea", model.EmployedBy, "Delta Watch", ""}},
			nil},
		{"the organisation with no body named before it",
			"Golden Reef Holdings Co., Ltd. owns the land. Chan Sophea, a researcher at the organisation, said the raid came late.",
			nil,
			[]rel{{"Chan Sophea", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
