package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCounselLines holds a judgment's counsel lines (counsel_lines.go) and must-not-fire cases.
func TestCounselLines(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"two counsel for the prosecution and one for the accused", "Nur Aisyah and Marcus Teo (Attorney-General's Chambers) for the Prosecution; Vikram Nair (Nair & Co LLP) for the accused.",
			[]rel{{"Nur Aisyah", model.EmployedBy, "Attorney-General's Chambers", ""}, {"Marcus Teo", model.EmployedBy, "Attorney-General's Chambers", ""},
				{"Vikram Nair", model.EmployedBy, "Nair & Co LLP", ""}},
			[]rel{{"Vikram Nair", model.EmployedBy, "Attorney-General's Chambers", ""}}},
		{"a title before the counsel, a firm for the appellant", "Mr Harjit Singh (Singh & Partners LLP) for the Appellant.",
			[]rel{{"Harjit Singh", model.EmployedBy, "Singh & Partners LLP", ""}}, nil},
		{"a body in brackets that acts for no party", "Marcus Teo (Attorney-General's Chambers) said the hearing would resume.",
			nil, []rel{{"Marcus Teo", model.EmployedBy, "Attorney-General's Chambers", ""}}},
		{"a firm in brackets that the party is not", "Marcus Teo (Golden Reef Holdings) for the record signed the lease.",
			nil, []rel{{"Marcus Teo", model.EmployedBy, "Golden Reef Holdings", ""}}},
	})
}
