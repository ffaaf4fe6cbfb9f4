package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAssignedPosts: an officer's posting told by "assigned to" after the person or in the
// person's own copula; and what must not be read so.
func TestAssignedPosts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"set off after the name",
			"Workers said Sergeant Ramon Dizon, assigned to the Cebu City Police Office, escorted the vans.",
			[]rel{{"Ramon Dizon", model.EmployedBy, "Cebu City Police Office", ""}}, nil},
		{"a copula naming the force, then the unit",
			"Ramon Dizon is an active member of the Philippine National Police assigned to the Angeles City Police Station.",
			[]rel{{"Ramon Dizon", model.EmployedBy, "Angeles City Police Station", ""}}, nil},
		{"who was attached to",
			"The permits were signed by Ramon Dizon, who was attached to the Bureau of Immigration at the time.",
			[]rel{{"Ramon Dizon", model.EmployedBy, "Bureau of Immigration", ""}}, nil},
		{"officers another person assigned: no post for that person",
			"Colonel Ramon Dizon said officers assigned to the Cebu City Police Office had been suspended.",
			nil, []rel{{"Ramon Dizon", model.EmployedBy, "Cebu City Police Office", ""}}},
		{"a victim assigned to a firm's floor is no officer of a company",
			"Maria Santos was assigned to Golden Bay Technology Inc. as a typist after she arrived.",
			nil, []rel{{"Maria Santos", model.EmployedBy, "Golden Bay Technology Inc.", ""}}},
		{"a case assigned to a court names no staff",
			"The complaint against Ramon Dizon was assigned to the Regional Trial Court of Cebu City.",
			nil, []rel{{"Ramon Dizon", model.EmployedBy, "Regional Trial Court of Cebu City", ""}}},
		{"another holder in the copula's noun phrase: the gang's posting, not the victim's",
			"Somchai Wongsakul was the victim of a gang attached to the Border Guard Force.",
			nil, []rel{{"Somchai Wongsakul", model.EmployedBy, "Karen National Army", ""}}},
		{"a rival's posting",
			"Somchai Wongsakul is the rival of a colonel posted to the Border Guard Force.",
			nil, []rel{{"Somchai Wongsakul", model.EmployedBy, "Karen National Army", ""}}},
		{"the accuser's posting",
			"Ramon Dizon was accused by the sergeant attached to the Cebu City Police Office.",
			nil, []rel{{"Ramon Dizon", model.EmployedBy, "Cebu City Police Office", ""}}},
	})
}
