package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSpokenRolesAndAssociates holds the post stated through a reporting clause
// (spoken_roles.go) and an associate noun stated as a predicate to sentences they
// must read and sentences where they must stay silent. The names are invented.
func TestSpokenRolesAndAssociates(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a post the court states inside the relative clause",
			"Lin Meihua, who the court said served as the finance director of Golden Reef Development Co., Ltd., was jailed for six years.",
			[]rel{{"Lin Meihua", model.EmployedBy, "Golden Reef Development Co., Ltd.", ""}},
			nil},
		{"a post the police allege, with a pronoun after the verb",
			"Tep Sokha, who investigators say he was an accountant at Silver Pine Holdings Co., Ltd., was detained at the border.",
			[]rel{{"Tep Sokha", model.EmployedBy, "Silver Pine Holdings Co., Ltd.", ""}},
			nil},
		{"a reported act that is no post",
			"Lin Meihua, who the court said paid an accountant at Golden Reef Development Co., Ltd., was jailed.",
			nil,
			[]rel{{"Lin Meihua", model.EmployedBy, "Golden Reef Development Co., Ltd.", ""}}},
		{"a reported meeting with a firm's officer",
			"Tep Sokha, who police said met the director of Silver Pine Holdings Co., Ltd., was released.",
			nil,
			[]rel{{"Tep Sokha", model.Directs, "Silver Pine Holdings Co., Ltd.", ""}, {"Tep Sokha", model.EmployedBy, "Silver Pine Holdings Co., Ltd.", ""}}},
		{"an associate noun after a verb of becoming",
			"Chan Vuthy became a business partner of Sok Vannak in 2019.",
			[]rel{{"Chan Vuthy", model.AssociateOf, "Sok Vannak", ""}},
			nil},
		{"an associate noun stated of a person through the police",
			"Chan Vuthy, who police say is a close associate of Sok Vannak, fled to Thailand.",
			[]rel{{"Chan Vuthy", model.AssociateOf, "Sok Vannak", ""}},
			nil},
		{"a partner of a firm is no associate of the person named after it",
			"Chan Vuthy became a partner of Blue Lotus Transport Co., Ltd. and later met Sok Vannak.",
			nil,
			[]rel{{"Chan Vuthy", model.AssociateOf, "Sok Vannak", ""}}},
	}
	checkRelCases(t, x, cases)
}
