package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionRelatives holds sanction_relatives.go: a relative clause right after a name
// that says a body sanctioned it gives SANCTIONED_BY; reported speech, another verb and a
// clause on another noun do not.
func TestSanctionRelatives(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an object relative right after the name",
			"Its chief executive is the same Zhou Bin whom OFAC sanctioned in 2024 over a Sihanoukville compound.",
			[]rel{{"Zhou Bin", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"an object relative on the apposition's noun",
			"Phoenix Valley Park sits on land held by the Karen National Army (KNA), a militia that OFAC designated in 2024.",
			[]rel{{"Karen National Army", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a passive relative after an apposition",
			"The company is chaired by Chen Zhiyuan, a Chinese national, who was previously designated by OFAC in 2023.",
			[]rel{{"Chen Zhiyuan", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		// Precision.
		{"reported speech, not a relative clause",
			"Zhou Bin said that OFAC sanctioned his rival in 2024.",
			nil, []rel{{"Zhou Bin", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a relative clause with another verb",
			"Lim Heng, whom OFAC investigators interviewed in 2023, denied any role.",
			nil, []rel{{"Lim Heng", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a passive relative with another verb",
			"Lim Heng, who was questioned by OFAC in 2023, denied any role.",
			nil, []rel{{"Lim Heng", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a designation as a post is no sanction",
			"He is the same Lim Sovann whom the Ministry of Interior designated as its spokesman in 2020.",
			nil, []rel{{"Lim Sovann", model.SanctionedBy, "Ministry of Interior", ""}}},
		{"a designation as a partner is no sanction",
			"The Karen National Army, a militia that Thailand designated as a partner in border talks, guards the site.",
			nil, []rel{{"Karen National Army", model.SanctionedBy, "Thailand", ""}}},
		{"a designation as a terrorist organization is a sanction",
			"The Karen National Army, a militia that OFAC designated as a transnational criminal organization in 2024, guards the site.",
			[]rel{{"Karen National Army", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
