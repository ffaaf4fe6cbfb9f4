package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShareListRules holds shareLists (share_lists.go) to lists it must read and lists where
// it must stay silent. The names are invented.
func TestShareListRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"shareholders listed with their shares, a firm among them",
			"Registry records list three shareholders in Bright Ocean Holdings Limited:\n\nSok Pisey, 41, a hotel heir, with 55 percent;\n\nLao businesswoman Vilay Keo, with 25 percent;\n\nHarbour Trust Nominees Limited, a secretarial firm holding the remaining 20 percent.",
			[]rel{{"Sok Pisey", model.Owns, "Bright Ocean Holdings Limited", ""}, {"Vilay Keo", model.Owns, "Bright Ocean Holdings Limited", ""}, {"Harbour Trust Nominees Limited", model.Owns, "Bright Ocean Holdings Limited", ""}},
			nil},
		{"a share of the firm registered in the names of the items",
			"According to the findings, 51 percent of Moei Freight Co., Ltd. is registered in the names of two Thai nationals:\n\nMr. Somsak Dee, a council member, holding 26 percent;\n\nMrs. Pranee Dee, his wife, holding 25 percent.",
			[]rel{{"Somsak Dee", model.Owns, "Moei Freight Co., Ltd.", ""}, {"Pranee Dee", model.Owns, "Moei Freight Co., Ltd.", ""}},
			nil},
		{"items without a share hold nothing",
			"Registry records list three shareholders in Bright Ocean Holdings Limited:\n\nThe records were filed late.\n\nSok Pisey, a hotel heir, declined to comment.",
			nil,
			[]rel{{"Sok Pisey", model.Owns, "Bright Ocean Holdings Limited", ""}}},
		{"a list of officers is no list of shares",
			"The ministry named three officers of the Provincial Police Commissariat:\n\nSok Pisey, with 20 years of service;\n\nChan Dara, a colonel.",
			nil,
			[]rel{{"Sok Pisey", model.Owns, "Provincial Police Commissariat", ""}}},
	}
	checkRelCases(t, x, cases)
}
