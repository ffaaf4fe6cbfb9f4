package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStaffJobs holds the staff job nouns of roleWords (assistant, inspector, receptionist,
// lecturer, interpreter, translator, bookkeeper, cashier) to sentences that make a post in the
// body, and to sentences that must not. The names are invented.
func TestStaffJobs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a personal assistant at a firm",
			"Noraini Salleh, 47, was a personal assistant at Teratai Brothers Capital Bhd.",
			[]rel{{"Noraini Salleh", model.EmployedBy, "Teratai Brothers Capital Bhd.", ""}},
			nil},
		{"an inspector at an immigration office",
			"Police Major Anusorn Thongkham was an inspector at the Tak Provincial Immigration Office.",
			[]rel{{"Anusorn Thongkham", model.EmployedBy, "Tak Provincial Immigration Office", ""}},
			nil},
		{"a lecturer at a university",
			`"Lenders cannot claim to be passive," said Siti Nurhaliza Rahman, a lecturer at Universiti Malaya.`,
			[]rel{{"Siti Nurhaliza Rahman", model.EmployedBy, "Universiti Malaya", ""}},
			nil},
		{"a bookkeeper of a travel agency",
			"Lin Mei-hua, the bookkeeper of Xingyue Travel Agency Co., Ltd., received the payments.",
			[]rel{{"Lin Mei-hua", model.EmployedBy, "Xingyue Travel Agency Co., Ltd.", ""}},
			nil},
		{"the inspector of an inspectorate heads it",
			"Police Colonel Touch Sovann, Inspector of the Kampot District Police Inspectorate, received three complaints.",
			[]rel{{"Touch Sovann", model.Directs, "Kampot District Police Inspectorate", ""}},
			[]rel{{"Touch Sovann", model.EmployedBy, "Kampot District Police Inspectorate", ""}}},
		{"quoting a lecturer is no post",
			"Nurul Aina Zahari, who quoted a lecturer at Universiti Malaya, said the lenders were not passive.",
			nil,
			[]rel{{"Nurul Aina Zahari", model.EmployedBy, "Universiti Malaya", ""}}},
		{"hiring an interpreter from a firm is no post in it",
			"Chen Wei hired an interpreter from Golden Bridge Staffing Co., Ltd. for the trip.",
			nil,
			[]rel{{"Chen Wei", model.EmployedBy, "Golden Bridge Staffing Co., Ltd.", ""}}},
		{"an assistant director is not read as an assistant",
			"Mark Dela Paz, an assistant director of Golden Bridge Staffing Co., Ltd., declined to comment.",
			nil,
			[]rel{{"Mark Dela Paz", model.Directs, "Golden Bridge Staffing Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
