package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPostOfAnotherBody holds posts in an organisation that the named body only owns or deals
// with (other_bodies.go): no DIRECTS or EMPLOYED_BY to the possessor; a post in the body itself,
// or in a unit or part of it, stays.
func TestPostOfAnotherBody(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"a partner agency's employee",
			"Sok Dara is an employee of the Royal Thai Police's partner agency.",
			nil, []rel{{"Sok Dara", model.EmployedBy, "Royal Thai Police", ""}}},
		{"a supplier's chairman",
			"Sok Dara is the chairman of Golden Bay Group's main supplier.",
			nil, []rel{{"Sok Dara", model.Directs, "Golden Bay Group", ""}}},
		{"a subsidiary's director, named after",
			"Sok Dara is a director of Golden Bay Group's subsidiary, Lucky Star Holdings.",
			[]rel{{"Golden Bay Group", model.Owns, "Lucky Star Holdings", ""}}, []rel{{"Sok Dara", model.Directs, "Golden Bay Group", ""}}},
		{"a parent company's chief, odd whitespace",
			"Sok Dara,  the chief executive of Golden Bay Group’s\tparent company, declined to comment.",
			nil, []rel{{"Sok Dara", model.Directs, "Golden Bay Group", ""}}},
		{"a rival's manager",
			"Sok Dara, a manager at Golden Bay Group's rival, spoke to reporters.",
			nil, []rel{{"Sok Dara", model.Directs, "Golden Bay Group", ""}, {"Sok Dara", model.EmployedBy, "Golden Bay Group", ""}}},
		// Recall: the body's own post, or a unit of it.
		{"the body's own post",
			"Sok Dara is the chairman of Golden Bay Group.",
			[]rel{{"Sok Dara", model.Directs, "Golden Bay Group", ""}}, nil},
		{"the body's post told by its possessive",
			"Sok Dara is Golden Bay Group's chairman.",
			[]rel{{"Sok Dara", model.Directs, "Golden Bay Group", ""}}, nil},
		{"a unit of an armed group",
			"Sok Dara commands the DKBA's 5th Brigade.",
			[]rel{{"Sok Dara", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, nil},
	})
}
