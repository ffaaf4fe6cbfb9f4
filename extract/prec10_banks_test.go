package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecMoneyAtBank holds a person "at" a bank after words about money held there as the
// bank's customer, while a person at a bank with no money named still works there.
func TestPrecMoneyAtBank(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"accounts held by a firm and a person at two banks",
			"The court froze the accounts held by Heyuan Digital Co., Ltd. and Chen Wei at Mekong Capital Bank and Golden Delta Bank.",
			nil,
			[]rel{{"Chen Wei", model.EmployedBy, "Mekong Capital Bank", ""}, {"Chen Wei", model.EmployedBy, "Golden Delta Bank", ""}}},
		{"deposits of a person at a bank",
			"Investigators traced deposits of 4 million baht made by Somchai Ritthirong at Siam Harbour Bank.",
			nil,
			[]rel{{"Somchai Ritthirong", model.EmployedBy, "Siam Harbour Bank", ""}}},
		{"a banker at a bank",
			"A compliance officer, Somchai Ritthirong at Siam Harbour Bank, flagged the transfers in 2023.",
			[]rel{{"Somchai Ritthirong", model.EmployedBy, "Siam Harbour Bank", ""}},
			nil},
		{"a person at a body that is no bank, after money words",
			"Investigators said the funds were moved by Chen Wei of Heyuan Digital Co., Ltd. last year.",
			[]rel{{"Chen Wei", model.EmployedBy, "Heyuan Digital Co., Ltd.", ""}},
			nil},
	})
}
