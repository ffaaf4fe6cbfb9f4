package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCounselLines holds the line of appearances of counsel_lines.go: counsel named with
// their chambers or firm and the party they stand for work there; a firm in brackets after a
// name that no party follows, or a party named without a body, makes no post.
func TestCounselLines(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"one counsel per side", "Marcus Teo (Attorney-General's Chambers) for the Prosecution; Daniel Yeo (Yeo & Partners LLP) for the accused.",
			[]rel{{"Marcus Teo", model.EmployedBy, "Attorney-General's Chambers", ""}, {"Daniel Yeo", model.EmployedBy, "Yeo & Partners LLP", ""}}, nil},
		{"two counsel joined by and", "Priya Nair and Shaun Lim (Attorney-General's Chambers) for the respondent.",
			[]rel{{"Priya Nair", model.EmployedBy, "Attorney-General's Chambers", ""}, {"Shaun Lim", model.EmployedBy, "Attorney-General's Chambers", ""}}, nil},
		{"a firm after Messrs", "Mr Rajan Pillai (Messrs Pillai & Partners) for the appellant.",
			[]rel{{"Rajan Pillai", model.EmployedBy, "Messrs Pillai & Partners", ""}}, nil},
		{"the body set off by commas", "Counsel: Deputy Public Prosecutor Nurul Huda binti Omar, Attorney-General's Chambers, for the prosecution.",
			[]rel{{"Nurul Huda binti Omar", model.EmployedBy, "Attorney-General's Chambers", ""}}, nil},
		{"a firm in brackets with no party after it", "The director, Lim Boon Hock (Golden Bay Holdings Pte. Ltd.), denied that he knew of the transfers.",
			nil, []rel{{"Lim Boon Hock", model.EmployedBy, "Golden Bay Holdings Pte. Ltd.", ""}}},
		{"a person between who is not joined as counsel", "Lim Boon Hock told Marcus Teo (Attorney-General's Chambers) for the Prosecution that he had signed.",
			nil, []rel{{"Lim Boon Hock", model.EmployedBy, "Attorney-General's Chambers", ""}}},
	}
	checkRelCases(t, x, cases)
}
