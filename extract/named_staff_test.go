package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedStaff holds the shape of named_staff.go ("a Kylin employee named X") with its
// precision cases.
func TestNamedStaff(t *testing.T) {
	x := newTestExtractor(t)
	emp := func(a, b string) []rel { return []rel{{a, model.EmployedBy, b, ""}} }
	checkRelCases(t, x, []relCase{
		{"an employee named", "Two survivors said a Golden Harbour Co., Ltd. employee named Alex Tan met them in Bangkok.",
			[]rel{{"Alex Tan", model.EmployedBy, "Golden Harbour Co., Ltd.", model.Alleged}}, nil},
		{"a recruiter known as, set off", "One Golden Harbour Co., Ltd. recruiter, known as Somchai Rattana, promised high pay.",
			emp("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"an officer of a body", "A Royal Thai Police officer named Somchai Rattana escorted the group to the river.",
			emp("Somchai Rattana", "Royal Thai Police"), nil},
		{"a hedge lowers the grade", "A Blue River Holdings Ltd. accountant named Nguyen Van An allegedly moved the money, police said.",
			[]rel{{"Nguyen Van An", model.EmployedBy, "Blue River Holdings Ltd.", model.Alleged}}, nil},
		{"a manager among several", "He paid a release fee to a Golden Harbour Co., Ltd. manager he knew as Lao Chen.",
			emp("Lao Chen", "Golden Harbour Co., Ltd."), []rel{{"Lao Chen", model.Directs, "Golden Harbour Co., Ltd.", ""}}},
		// Must not fire.
		{"a client is no staff", "A Golden Harbour Co., Ltd. client named Somchai Rattana complained about the fees.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a partner is no staff", "A Golden Harbour Co., Ltd. partner named Somchai Rattana complained about the fees.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"an employee of the firm's contractor", "An employee of a Golden Harbour Co., Ltd. contractor named Somchai Rattana complained.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a possessed name", "A Golden Harbour Co., Ltd. employee named Somchai Rattana's brother, Nguyen Van An, as the boss.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a verb of naming, not a participle", "The Golden Harbour Co., Ltd. employee named Somchai Rattana as the boss.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a second noun phrase between", "A Golden Harbour Co., Ltd. employee and a guard named Somchai Rattana met them.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
	})
}

// TestOwnershipWidenings holds the widened shapes of stake_shapes.go ("a 30 percent stake in
// B is held by A"), leases.go ("A leased the four-hectare property where S stands to B"),
// holdings.go ("X, a Myanmar national employed as a border broker by Y") and work_ties.go ("a
// man called X who works for an agency in Yangon called Y"), with their precision cases.
func TestOwnershipWidenings(t *testing.T) {
	x := newTestExtractor(t)
	own := func(a, b string) []rel { return []rel{{a, model.Owns, b, ""}} }
	emp := func(a, b string) []rel { return []rel{{a, model.EmployedBy, b, ""}} }
	checkRelCases(t, x, []relCase{
		{"a stake in B held by a person", "Filings show that a 30 percent stake in Golden Harbour Co., Ltd. is held by Somchai Rattana.",
			own("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"a majority stake, an apposition after", "A majority stake in Golden Harbour Co., Ltd. is held by Somchai Rattana, a businessman from Trat.",
			own("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"a stake in words", "A thirty percent stake in Golden Harbour Co., Ltd. was held by Somchai Rattana until 2022.",
			own("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"a hedged stake", "A 30 percent stake in Golden Harbour Co., Ltd. is reportedly held by Somchai Rattana.",
			[]rel{{"Somchai Rattana", model.Owns, "Golden Harbour Co., Ltd.", model.Alleged}}, nil},
		{"a stake held by a relative of another", "A 30 percent stake in Golden Harbour Co., Ltd. is held by Somchai Rattana's wife, Nguyen Thi An.",
			own("Nguyen Thi An", "Golden Harbour Co., Ltd."), own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a stake sold", "A stake in Golden Harbour Co., Ltd. was sold by Somchai Rattana in 2020.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a stake sought", "A stake in Golden Harbour Co., Ltd. is sought by Somchai Rattana.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"interest shown", "The interest in Golden Harbour Co., Ltd. shown by Somchai Rattana surprised analysts.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a lessor of the land where the site stands", "Somchai Rattana leased the four-hectare property where Golden Harbour Resort stands to Blue River Holdings Ltd. in 2021.",
			own("Somchai Rattana", "Golden Harbour Resort"), own("Blue River Holdings Ltd.", "Golden Harbour Resort")},
		{"a lessor after an apposition", "Somchai Rattana, a former councillor, leased the plot where Golden Harbour Resort stands to Blue River Holdings Ltd.",
			own("Somchai Rattana", "Golden Harbour Resort"), nil},
		{"a tenant leases from", "Blue River Holdings Ltd. leased the land where Golden Harbour Resort stands from Somchai Rattana.",
			nil, own("Blue River Holdings Ltd.", "Golden Harbour Resort")},
		{"a visit is no lease", "Somchai Rattana visited the property where Golden Harbour Resort stands.",
			nil, own("Somchai Rattana", "Golden Harbour Resort")},
		{"employed as a post by", "Kyaw Zin Oo, 36, a Myanmar national employed as a border broker by Golden Harbour Co., Ltd., was arrested.",
			emp("Kyaw Zin Oo", "Golden Harbour Co., Ltd."), nil},
		{"employed as a post by, no description", "Kyaw Zin Oo, employed as a driver by Golden Harbour Co., Ltd., was arrested.",
			emp("Kyaw Zin Oo", "Golden Harbour Co., Ltd."), nil},
		{"employed by a person is no body's post", "Kyaw Zin Oo, a driver employed as a courier by Nguyen Van An, was arrested.",
			nil, emp("Kyaw Zin Oo", "Nguyen Van An")},
		{"who works for, no comma", "The recruiter was a man called Somchai Rattana who works for an agency in Yangon called Golden Harbour Co., Ltd.",
			emp("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"works for a firm owned by another", "Somchai Rattana who works for a company owned by Golden Harbour Co., Ltd. was arrested.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
	})
}
