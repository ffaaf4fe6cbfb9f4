package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedBodyTitles holds a staff post titled with the body's own name ("Kylin employee
// named Alex Tan", "Golden Dragon accountant Li Ming") to sentences that make the holder
// staff of the body, and to sentences that must not. The names are invented.
func TestNamedBodyTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an employee named, told by survivors",
			"Two survivors said a Kylin Management Services Co., Ltd. employee named Alex Tan met them in Bangkok.",
			[]rel{{"Alex Tan", model.EmployedBy, "Kylin Management Services Co., Ltd.", model.Alleged}},
			nil},
		{"an accountant titled by the firm",
			"Golden Dragon Trading Co., Ltd. accountant Li Ming was arrested on Monday.",
			[]rel{{"Li Ming", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", model.Reported}},
			nil},
		{"a recruiter called",
			"A Sunrise Pearl Holdings Ltd. recruiter called Maria Santos offered them jobs in Thailand.",
			[]rel{{"Maria Santos", model.EmployedBy, "Sunrise Pearl Holdings Ltd.", ""}},
			nil},
		{"a security supervisor",
			"Lucky Star Entertainment Co., Ltd. security supervisor Chen Bo ordered the guards to lock the gates.",
			[]rel{{"Chen Bo", model.EmployedBy, "Lucky Star Entertainment Co., Ltd.", ""}},
			nil},
		{"an interpreter",
			"Bright Harbour Staffing Pte. Ltd. interpreter Nguyen Thi Lan translated for the workers at the border.",
			[]rel{{"Nguyen Thi Lan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}},
			nil},
		{"a public body's agent with a rank",
			"National Bureau of Investigation agent Ramon Cruz testified that the workers were confined.",
			[]rel{{"Ramon Cruz", model.EmployedBy, "National Bureau of Investigation", ""}},
			nil},
		{"a hedge keeps the tie alleged",
			"Police believe a Kylin Management Services Co., Ltd. employee named Alex Tan met the workers in Bangkok.",
			[]rel{{"Alex Tan", model.EmployedBy, "Kylin Management Services Co., Ltd.", model.Alleged}},
			nil},
		{"a survivor's account keeps the tie alleged",
			"According to one survivor, Kylin Management Services Co., Ltd. employee Alex Tan took their passports.",
			[]rel{{"Alex Tan", model.EmployedBy, "Kylin Management Services Co., Ltd.", model.Alleged}},
			nil},
		{"a victim of the firm is no employee",
			"A Kylin Management Services Co., Ltd. victim named Alex Tan met reporters in Bangkok.",
			nil,
			[]rel{{"Alex Tan", model.EmployedBy, "Kylin Management Services Co., Ltd.", ""}}},
		{"the employee's relative holds no post",
			"The Golden Dragon Trading Co., Ltd. accountant's brother, Li Wei, was arrested on Monday.",
			nil,
			[]rel{{"Li Wei", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", ""}}},
		{"another name after the holder",
			"Golden Dragon Trading Co., Ltd. accountant Li Ming and his cousin Li Wei were arrested on Monday.",
			[]rel{{"Li Ming", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", ""}},
			[]rel{{"Li Wei", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", ""}}},
		{"a leading post is no staff post",
			"Prince Holding Group Co., Ltd. chairman Chen Zhi was sanctioned by the United Kingdom.",
			nil,
			[]rel{{"Chen Zhi", model.EmployedBy, "Prince Holding Group Co., Ltd.", ""}}},
		{"a firm's bare manager is not read as staff",
			"He paid a release fee to a Wanli Entertainment Group Co., Ltd. manager he knew as Lao Chen.",
			nil,
			[]rel{{"Lao Chen", model.EmployedBy, "Wanli Entertainment Group Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
