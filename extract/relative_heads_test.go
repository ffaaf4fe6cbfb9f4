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
		// Recall: the name's own clause.
		{"X with a comma and a relative clause",
			"Chen met the nephew of Li Ming, who owns Ruby Park.",
			[]rel{{"Li Ming", model.Owns, "Ruby Park", ""}}, nil},
		{"X with an apposition the clause restricts",
			"Lacson is a business partner of Li Wenbo, the Chinese investor who co-owns Manila Bay Leisure Corp.",
			[]rel{{"Li Wenbo", model.Owns, "Manila Bay Leisure Corp.", ""}}, nil},
		{"X works for a firm",
			"Li Ming, who works for an agency called Star Link, met Chen.",
			[]rel{{"Li Ming", model.EmployedBy, "Star Link", ""}}, nil},
	})
}
