package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRelativeOfTie holds a restrictive relative clause after "the N of X" to N
// (relativeOfTie): the brother, the driver, the associate works or owns, not X. With a
// comma, or when X is the clause's subject, X's own clause is still read.
func TestRelativeOfTie(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Must not fire.
		{"the brother of X who works for a firm",
			"Chen met the brother of Li Ming who works for an agency called Star Link.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Star Link", ""}}},
		{"the driver of X who worked as a guard",
			"Chen met the driver of Li Ming who worked as a guard at Star Link Co.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Star Link Co.", ""}}},
		{"the son of X who owns a site",
			"Chen met the son of Li Ming who owns Ruby Park.",
			nil, []rel{{"Li Ming", model.Owns, "Ruby Park", ""}}},
		{"a business associate of X who runs a site",
			"Police questioned a business associate of Li Ming who runs Ruby Park.",
			nil, []rel{{"Li Ming", model.Operates, "Ruby Park", ""}}},
		{"the wife of X who is a director",
			"Chen met the wife of Li Ming who is a director of Star Link Co.",
			nil, []rel{{"Li Ming", model.Directs, "Star Link Co.", ""}}},
		{"the lawyer of X who was employed by a firm",
			"Chen met the lawyer of Li Ming who was employed by Star Link Co.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Star Link Co.", ""}}},
		{"the brother of X who was hired by a firm",
			"Chen met the brother of Li Ming who was hired by Star Link Co.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Star Link Co.", ""}}},
		{"a descriptor between of and X",
			"Police questioned the brother of businessman Li Ming who works for Star Link Co., Ltd.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Star Link Co., Ltd.", ""}}},
		{"a title and place between of and X",
			"The daughter of Kokang warlord Bai Suocheng who commands the MNDAA was detained.",
			nil, []rel{{"Bai Suocheng", model.Directs, "Myanmar National Democratic Alliance Army", ""}}},
		{"a headline without an article",
			"Brother of Li Ming who runs KK Park arrested",
			nil, []rel{{"Li Ming", model.Operates, "KK Park", ""}}},
		{"the company of X which runs a site",
			"The company of Li Ming which runs KK Park was sanctioned.",
			nil, []rel{{"Li Ming", model.Operates, "KK Park", ""}}},
		{"a firm of X that owns a firm",
			"A firm of Li Ming that owns Star Link Co., Ltd. was fined.",
			nil, []rel{{"Li Ming", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"plural bodyguards with a plural verb",
			"Chen met the bodyguards of Li Ming who own Ruby Park.",
			nil, []rel{{"Li Ming", model.Owns, "Ruby Park", ""}}},
		// Recall: the name's own clause.
		{"plural sons with a singular verb",
			"Reporters spoke to the sons of Chen Zhi who owns Prince Holding Group.",
			[]rel{{"Chen Zhi", model.Owns, "Prince Holding Group", ""}}, nil},
		{"one of the bodyguards with a singular verb",
			"One of the bodyguards of Li Ming who heads Star Link Co., Ltd. was arrested.",
			[]rel{{"Li Ming", model.Directs, "Star Link Co., Ltd.", ""}}, nil},
		{"X with a comma and a relative clause",
			"Chen met the nephew of Li Ming, who owns Ruby Park.",
			[]rel{{"Li Ming", model.Owns, "Ruby Park", ""}}, nil},
		{"X with an apposition the clause restricts",
			"Lacson is a business partner of Li Wenbo, the Chinese investor who co-owns Manila Bay Leisure Corp.",
			[]rel{{"Li Wenbo", model.Owns, "Manila Bay Leisure Corp.", ""}}, nil},
		{"a body's troops that guard a site",
			"The troops of the Karen National Army that guard KK Park were paid.",
			[]rel{{"Karen National Army", model.Protects, "KK Park", ""}}, nil},
		{"a firm's unit that runs a site",
			"A unit of Star Link Co., Ltd. that runs Ruby Park was closed.",
			[]rel{{"Star Link Co., Ltd.", model.Operates, "Ruby Park", ""}}, nil},
		{"a warlord's militia that protects a site is his protection",
			"The militia of Saw Chit Thu that protects KK Park clashed with troops.",
			[]rel{{"Saw Chit Thu", model.Protects, "KK Park", ""}}, nil},
		{"X works for a firm",
			"Li Ming, who works for an agency called Star Link, met Chen.",
			[]rel{{"Li Ming", model.EmployedBy, "Star Link", ""}}, nil},
	})
}
