package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedStaff holds named_staff.go to a body's staff post named after the post, and to
// the shapes where it is not read. The names are invented.
func TestNamedStaff(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an employee named",
			"Two survivors said a Golden Reef Holdings Co., Ltd. employee named Dara Sok met them at the airport.",
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}},
			nil},
		{"a recruiter called",
			"The workers were approached by a Silver Crane Manpower Co., Ltd. recruiter called Lara Chan.",
			[]rel{{"Lara Chan", model.EmployedBy, "Silver Crane Manpower Co., Ltd.", ""}},
			nil},
		{"a security guard known only as",
			"Beatings were given by a Blue River Development Co., Ltd. security guard known only as Tan Bo.",
			[]rel{{"Tan Bo", model.EmployedBy, "Blue River Development Co., Ltd.", ""}},
			nil},
		{"a clerk identified as",
			"Police arrested a Golden Reef Holdings Co., Ltd. clerk identified as Mina Sok on Monday.",
			[]rel{{"Mina Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}},
			nil},
		{"a former employee",
			"A former Golden Reef Holdings Co., Ltd. employee named Dara Sok told us the floors were locked.",
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}},
			nil},
		{"a pretence before the post",
			"A man posing as a Golden Reef Holdings Co., Ltd. employee named Dara Sok collected the fees.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
		{"a client is no staff",
			"A Golden Reef Holdings Co., Ltd. client named Dara Sok sued the firm.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
		{"a victim is no staff",
			"A Golden Reef Holdings Co., Ltd. victim named Dara Sok was held for months.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
		{"the possessive of the named one",
			"A Golden Reef Holdings Co., Ltd. guard named Dara Sok's brother drove the van.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
		{"a staff post of an armed group is not read as employment",
			"A Karen National Army officer named Saw Dara collected the cash.",
			nil,
			[]rel{{"Saw Dara", model.EmployedBy, "Karen National Army", ""}}},
		{"a manager is left to the lead readers",
			"He paid the fee to a Golden Reef Holdings Co., Ltd. manager he knew as Dara Sok.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
		{"no article before the body",
			"Golden Reef Holdings Co., Ltd. employee turnover named in the report worried Dara Sok.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Golden Reef Holdings Co., Ltd.", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
