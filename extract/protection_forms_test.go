package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestProtectionForms holds the shapes of protection_forms.go: a protector read from the
// words around its name, and cases where the same words must read nothing.
func TestProtectionForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"under an officer's protection", "Workers said Golden Lotus Park was under Colonel Sok Dara's protection.",
			[]rel{{"Sok Dara", model.Protects, "Golden Lotus Park", ""}}, nil},
		{"under a body's protection, the site first", "Golden Lotus Park operates under the Karen National Army's protection.",
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}, nil},
		{"a security fee paid to a body", "Golden Lotus Park paid a monthly \"security fee\" to the Karen National Army, according to the spreadsheets.",
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}, nil},
		{"a body paid a fee for protection", "Golden Lotus Park pays the Karen National Army a monthly fee for protection.",
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}, nil},
		{"soldiers of a body stationed at a site", "Soldiers of the Karen National Army are stationed at Golden Lotus Park.",
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}, nil},
		{"an officer used his men to guard a site", "Colonel Sok Dara has used officers under his command to guard the perimeter of Golden Lotus Park.",
			[]rel{{"Sok Dara", model.Protects, "Golden Lotus Park", ""}}, nil},
		{"officers under an officer guarded a site", "Officers under Colonel Sok Dara guarded the gates of Golden Lotus Park.",
			[]rel{{"Sok Dara", model.Protects, "Golden Lotus Park", ""}}, nil},
		// Precision: the same words about something else.
		{"a rent paid to a body is no protection", "Golden Lotus Park paid a monthly rent to the Karen National Army.",
			nil, []rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}},
		{"under a body's control of the workers", "Golden Lotus Park operates under the Karen National Army's rules for trade.",
			nil, []rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}},
		{"soldiers of a body stationed elsewhere", "Soldiers of the Karen National Army are stationed near Myawaddy, far from Golden Lotus Park.",
			nil, []rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}},
		{"an officer sent his men to raid a site", "Colonel Sok Dara sent officers under his command to raid Golden Lotus Park.",
			nil, []rel{{"Sok Dara", model.Protects, "Golden Lotus Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
