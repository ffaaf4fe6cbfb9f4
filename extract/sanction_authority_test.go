package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionAuthority holds the designator check of sanction_authority.go: a government,
// regulator, intergovernmental body or country designates in every shape; a rights group, an
// outlet, a firm or an armed group that "blacklists" or "designates" someone in the same
// shape credits no sanction.
func TestSanctionAuthority(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(a, b string) []rel { return []rel{{a, model.SanctionedBy, b, ""}} }
	cases := []relCase{
		{"a treasury office that blacklisted two parties",
			"The Office of Foreign Assets Control, which blacklisted Tan Boon Hock and Red Lantern Holdings Co., Ltd., gave no further details.",
			[]rel{{"Tan Boon Hock", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Red Lantern Holdings Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"two governments that jointly designated a party",
			"The United Kingdom and the European Union jointly designated Tan Boon Hock on Friday.",
			[]rel{{"Tan Boon Hock", model.SanctionedBy, "United Kingdom", ""}, {"Tan Boon Hock", model.SanctionedBy, "European Union", ""}}, nil},
		{"a passive designation by a ministry",
			"Tan Boon Hock was sanctioned by the Ministry of Foreign Affairs in 2024.",
			sanc("Tan Boon Hock", "Ministry of Foreign Affairs"), nil},
		// Precision: bodies that cannot sanction.
		{"a rights group that blacklisted two parties",
			"Human Rights Watch, which blacklisted Tan Boon Hock and Red Lantern Holdings Co., Ltd., gave no further details.",
			nil, []rel{{"Tan Boon Hock", model.SanctionedBy, "Human Rights Watch", ""}, {"Red Lantern Holdings Co., Ltd.", model.SanctionedBy, "Human Rights Watch", ""}}},
		{"an outlet and a rights group that jointly designated a party",
			"Radio Free Asia and Amnesty International jointly designated Tan Boon Hock on Friday.",
			nil, []rel{{"Tan Boon Hock", model.SanctionedBy, "Radio Free Asia", ""}, {"Tan Boon Hock", model.SanctionedBy, "Amnesty International", ""}}},
		{"a party sanctioned by an outlet",
			"Tan Boon Hock was blacklisted by Radio Free Asia in 2024.",
			nil, sanc("Tan Boon Hock", "Radio Free Asia")},
		{"an armed group that blacklisted a firm",
			"The Karen National Army, which blacklisted Red Lantern Holdings Co., Ltd. last year, denied the report.",
			nil, sanc("Red Lantern Holdings Co., Ltd.", "Karen National Army")},
		{"an armed group's sanctions on a party",
			"Tan Boon Hock was sanctioned by the Democratic Karen Buddhist Army in 2024.",
			nil, sanc("Tan Boon Hock", "Democratic Karen Buddhist Army")},
		{"a firm that blacklisted a party",
			"Tan Boon Hock was blacklisted by Golden Lotus Holdings in 2024.",
			nil, sanc("Tan Boon Hock", "Golden Lotus Holdings")},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionAuthorityKinds checks the designator test on bodies of each kind.
func TestSanctionAuthorityKinds(t *testing.T) {
	cases := []struct {
		name, typ string
		want      bool
	}{
		{"Office of Foreign Assets Control", model.Organization, true},
		{"European Union", model.Organization, true},
		{"Anti-Money Laundering Office", model.Organization, true},
		{"Ministry of Public Security", model.Organization, true},
		{"United Kingdom", model.Location, true},
		{"Human Rights Watch", model.Organization, false},
		{"Radio Free Asia", model.Organization, false},
		{"Karen National Army", model.Organization, false},
		{"Golden Lotus Holdings", model.Organization, false},
		{"World Bank Group", model.Organization, true},
		{"Supreme Court", model.Organization, true},
		{"Senate", model.Organization, true},
		{"Human Rights Watch", model.Location, false},
		{"Arakan Army", model.Organization, false},
		{"Chulalongkorn University", model.Organization, false},
		{"Red Lantern Trading Co., Ltd.", model.Organization, false},
		{"Red Lantern Trading Co., Ltd.", model.Company, false},
		{"Tan Boon Hock", model.Person, false},
		{"Sihanoukville", model.Location, false},
	}
	for _, c := range cases {
		if got := sanctionAuthority(&docEntity{name: c.name, typ: c.typ}); got != c.want {
			t.Errorf("sanctionAuthority(%q, %s) = %v, want %v", c.name, c.typ, got, c.want)
		}
	}
}
