package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPortfolioTitles holds the rule of portfolio_titles.go: a secretary or minister named by
// a portfolio heads the one ministry of the text whose name has the portfolio's words.
func TestPortfolioTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text   string
		want, forbid []rel
	}{
		{"another country's minister after a possessive",
			"The US Department of Justice unsealed the indictment. Thailand's Justice Minister Tawee Sodsong said Bangkok would cooperate.",
			nil, []rel{{"Tawee Sodsong", model.Directs, "US Department of Justice", ""}}},
		{"a former secretary in lower case",
			"The Department of Justice filed charges. former Justice Secretary Leila de Lima said the case was weak.",
			nil, []rel{{"Leila de Lima", model.Directs, "Department of Justice", ""}}},
		{"a deputy minister in lower case",
			"The Department of Justice filed charges, according to a statement. The move was backed by deputy Justice Minister Leila de Lima.",
			nil, []rel{{"Leila de Lima", model.Directs, "Department of Justice", ""}}},
		{"the late secretary",
			"The Department of Justice filed charges against the mayor. Critics compared the case to one brought by the late Justice Secretary Raul Gonzalez.",
			nil, []rel{{"Raul Gonzalez", model.Directs, "Department of Justice", ""}}},
		{"a former minister of a field",
			"The Ministry of Justice filed charges. The case was backed by former Minister of Justice Koy Sok.",
			nil, []rel{{"Koy Sok", model.Directs, "Ministry of Justice", ""}}},
		{"a portfolio secretary, the department named after him",
			"Police raided the hub in Bamban on Monday. Interior Secretary Benhur Abalos said the Department of the Interior and Local Government would file complaints against the mayor.",
			[]rel{{"Benhur Abalos", model.Directs, "Department of the Interior and Local Government", ""}}, nil},
		{"a two-word portfolio",
			"The Department of Migrant Workers suspended the agency's licence. Migrant Workers Secretary Teresita Ocampo reminded jobseekers to check every offer.",
			[]rel{{"Teresita Ocampo", model.Directs, "Department of Migrant Workers", ""}}, nil},
		{"a minister named by his portfolio",
			"The National Committee for Counter Trafficking, chaired by Interior Minister Sar Sokha, did not respond. The Interior Ministry later issued a statement.",
			[]rel{{"Sar Sokha", model.Directs, "Interior Ministry", ""}}, nil},
		{"a secretary for a field",
			"Secretary for Security Peter Lam Chun-wai said the Security Bureau had set up a task force.",
			[]rel{{"Peter Lam Chun-wai", model.Directs, "Security Bureau", ""}}, nil},
		{"a deputy's title is no head's",
			"Deputy Interior Minister Sok Phal said the Ministry of Interior would act. The raid freed 300 workers.",
			nil, []rel{{"Sok Phal", model.Directs, "Ministry of Interior", ""}}},
		{"an under secretary names no portfolio",
			"Under Secretary Daniel Brooks said the Department of the Treasury had acted.",
			nil, []rel{{"Daniel Brooks", model.Directs, "Department of the Treasury", ""}}},
		{"a minister of another country's portfolio",
			"Thai Interior Minister Anutin Charnvirakul met officials of Cambodia's Ministry of Interior on Monday.",
			nil, []rel{{"Anutin Charnvirakul", model.Directs, "Ministry of Interior", ""}}},
		{"a portfolio two ministries share",
			"Justice Secretary Antonio Villaluz spoke after the Department of Justice and the Justice Ministry of Cambodia met.",
			nil, []rel{{"Antonio Villaluz", model.Directs, "Department of Justice", ""}}},
		{"a portfolio no ministry of the text has",
			"Finance Secretary Ralph Recto said the Bureau of Immigration had stopped 40 workers.",
			nil, []rel{{"Ralph Recto", model.Directs, "Bureau of Immigration", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
