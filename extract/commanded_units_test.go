package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestCommandedUnits(t *testing.T) {
	x := newTestExtractor(t)
	d, e := model.Directs, model.EmployedBy
	checkRelCases(t, x, []relCase{
		{"unit of a force under a command", "Guards at the park were soldiers of Battalion 311 of the Royal Cambodian Army under the command of Colonel Heng Rithy.",
			[]rel{{"Heng Rithy", d, "Battalion 311", ""}}, []rel{{"Heng Rithy", d, "Royal Cambodian Army", ""}}},
		{"brigade of a force", "The gate was kept by troops of Brigade 19 of the Lao People's Army, under the command of General Khamla Vong.",
			[]rel{{"Khamla Vong", d, "Brigade 19", ""}}, []rel{{"Khamla Vong", d, "Lao People's Army", ""}}},
		{"a body with no unit before it", "The Svay Rieng Provincial Police under the command of General Keo Vannak raided the site.",
			[]rel{{"Keo Vannak", d, "Svay Rieng Provincial Police", ""}}, nil},
		{"whose post after a relative clause", "The site is leased from the Kayin Border Army, an armed group that holds this part of the river and whose commander, Colonel Saw Ba Tun, signed the lease.",
			[]rel{{"Saw Ba Tun", d, "Kayin Border Army", ""}}, []rel{{"Saw Ba Tun", e, "Kayin Border Army", ""}}},
		{"whose post after a plain clause of a firm", "Cash went through Morning Star Remittance Co., Ltd., a money changer that opened in 2019 and whose manager, Mr. Boonsri Kaew, was arrested.",
			[]rel{{"Boonsri Kaew", d, "Morning Star Remittance Co., Ltd.", ""}}, nil},
		// must not fire: the clause names another body, which "whose" may be about.
		{"clause naming another body", "The land is rented from the Kayin Border Army, an armed group that guards Golden Lake Park and whose commander, Colonel Saw Ba Tun, signed the lease.",
			nil, []rel{{"Saw Ba Tun", d, "Golden Lake Park", ""}, {"Saw Ba Tun", model.Operates, "Golden Lake Park", ""}}},
	})
}

func TestWhoseAfterClause(t *testing.T) {
	for _, c := range []struct{ gap, want string }{
		{", an armed group that holds this part of the river and whose commander, colonel ", "commander"},
		{", a lender that opened in 2019 and whose chairman, ", "chairman"},
		{", an armed group that guards site and whose commander, ", ""},
		{", a company that hired person and whose director, ", ""},
		{", an armed group whose commander, ", ""}, // read by the older rules
		{" said that it holds land and whose commander, ", ""},
	} {
		if got := whoseAfterClause(c.gap); got != c.want {
			t.Errorf("whoseAfterClause(%q) = %q, want %q", c.gap, got, c.want)
		}
	}
}
