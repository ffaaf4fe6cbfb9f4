package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestClassedSources(t *testing.T) {
	x := newTestExtractor(t)
	e := model.EmployedBy
	checkRelCases(t, x, []relCase{
		{"kind before the body", "Sok Chenda of the rights group ADHOC said the case was weak.",
			[]rel{{"Sok Chenda", e, "ADHOC", ""}}, nil},
		{"from the watchdog", "Mary Lee from the watchdog Global Witness said the firm had lied.",
			[]rel{{"Mary Lee", e, "Global Witness", ""}}, nil},
		{"of set off by a comma", "Mr Lim Boon Hock, of the Lotus Foundation, said the victims were freed.",
			[]rel{{"Lim Boon Hock", e, "Lotus Foundation", ""}}, nil},
		// must not fire
		{"a client of a firm", "Tran Van Long, a client of the remittance company Asia Link Co., Ltd., said he lost his savings.",
			nil, []rel{{"Tran Van Long", e, "Asia Link Co., Ltd.", ""}}},
		{"the body's office, possessed", "Sok Chenda of the rights group ADHOC's Battambang office said the case was weak.",
			nil, []rel{{"Sok Chenda", model.Directs, "ADHOC", ""}}},
		{"a place, not a body", "Sok Dara, of Kampot province, said the guards beat him.",
			nil, []rel{{"Sok Dara", e, "Kampot", ""}}},
	})
}

func TestOfClassedBody(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want bool
	}{
		{" of the rights group ", true},
		{" from the watchdog ", true},
		{" of the human rights watchdog ", true},
		{", of the ", true},
		{", a client of the company ", false},
		{" of the ", false}, // the plain form is reOfBody's
		{" said the group ", false},
	} {
		if got := ofClassedBody(c.gap); got != c.want {
			t.Errorf("ofClassedBody(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}
