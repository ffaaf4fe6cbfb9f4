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
		{"apposition after an age closes with the posting",
			"Anan Boonmee, 41, a police sergeant attached to the Mae Sai Police Station, was detained on Thursday.",
			[]rel{{"Anan Boonmee", model.EmployedBy, "Mae Sai Police Station", ""}}, nil},
		{"apposition without an age",
			"Marlon Reyes, a customs examiner posted to the Bureau of Customs, signed the clearances.",
			[]rel{{"Marlon Reyes", model.EmployedBy, "Bureau of Customs", ""}}, nil},
		{"aged and seconded",
			"Kittipong Srisuk, aged 45, an inspector seconded to the Chiang Rai Provincial Police, was transferred.",
			[]rel{{"Kittipong Srisuk", model.EmployedBy, "Chiang Rai Provincial Police", ""}}, nil},
		{"apposition naming the force, then the unit",
			"Jose Manalo, a member of the Philippine Coast Guard detailed to the Bureau of Immigration, escorted the vans.",
			[]rel{{"Jose Manalo", model.EmployedBy, "Bureau of Immigration", ""}}, nil},
		{"the second of two people, each with a clause of its own",
			"Jomar Santos met Ramil Cruz, a sergeant assigned to the Cebu City Police Office, at the gate.",
			[]rel{{"Ramil Cruz", model.EmployedBy, "Cebu City Police Office", ""}},
			[]rel{{"Jomar Santos", model.EmployedBy, "Cebu City Police Office", ""}}},
		{"a relative of the officer holds no post",
			"Arnel Cruz, the brother of a sergeant attached to the Mae Sot Police Station, rented the trucks.",
			nil, []rel{{"Arnel Cruz", model.EmployedBy, "Mae Sot Police Station", ""}}},
		{"a kin noun in an apposition with a",
			"Arnel Cruz, a nephew of a sergeant attached to the Mae Sot Police Station, rented the trucks.",
			nil, []rel{{"Arnel Cruz", model.EmployedBy, "Mae Sot Police Station", ""}}},
		{"a former posting",
			"Lito Ramos, a former officer attached to the Cebu City Police Office, now runs a security firm.",
			nil, []rel{{"Lito Ramos", model.EmployedBy, "Cebu City Police Office", ""}}},
		{"a suspect handed to a unit",
			"Ben Tan, a suspect assigned to the Cebu City Police Office for questioning, was released.",
			nil, []rel{{"Ben Tan", model.EmployedBy, "Cebu City Police Office", ""}}},
		{"the officer is another person in the apposition",
			"Dao Minh, a driver for a colonel attached to the Tay Ninh Provincial Police, was questioned.",
			nil, []rel{{"Dao Minh", model.EmployedBy, "Tay Ninh Provincial Police", ""}}},
		{"a clause inside the apposition",
			"Carlo Reyes, a lawyer whose client was attached to the Bureau of Immigration, spoke to reporters.",
			nil, []rel{{"Carlo Reyes", model.EmployedBy, "Bureau of Immigration", ""}}},
		{"a hedge inside the apposition",
			"Somchai Rakdee, a man police said was attached to the Mae Sot Police Station, fled the country.",
			nil, []rel{{"Somchai Rakdee", model.EmployedBy, "Mae Sot Police Station", ""}}},
		{"a denied posting",
			"Anan Suk, a sergeant never attached to the Mae Sot Police Station, was named in error.",
			nil, []rel{{"Anan Suk", model.EmployedBy, "Mae Sot Police Station", ""}}},
		{"a plural apposition is other people's posting",
			"Anan Suk, a cousin of two sergeants attached to the Mae Sot Police Station, was named.",
			nil, []rel{{"Anan Suk", model.EmployedBy, "Mae Sot Police Station", ""}}},
		{"a company's floor is no posting",
			"Maria Santos, a typist assigned to Golden Bay Technology Inc., escaped in May.",
			nil, []rel{{"Maria Santos", model.EmployedBy, "Golden Bay Technology Inc.", ""}}},
		{"a case assigned to a court names no staff",
			"The complaint against Ramon Dizon was assigned to the Regional Trial Court of Cebu City.",
			nil, []rel{{"Ramon Dizon", model.EmployedBy, "Regional Trial Court of Cebu City", ""}}},
	})
}
