package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSingularAppos holds singular_appos.go: an apposition in the singular after a list's
// last name is that name's alone; a plural one is every name's.
func TestSingularAppos(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a singular apposition after two owners", "Harbour Talent Ltd. is co-owned by Peter Otieno and Mary Achieng, a member of the Kisumu County Assembly.",
			[]rel{{"Mary Achieng", model.MemberOf, "Kisumu County Assembly", ""}},
			[]rel{{"Peter Otieno", model.MemberOf, "Kisumu County Assembly", ""}}},
		{"a singular adviser after two holders", "Land records list Peter Otieno and Mary Achieng, an adviser to the Ministry of Lands, as its owners.",
			nil, []rel{{"Peter Otieno", model.EmployedBy, "Ministry of Lands", ""}}},
		{"a plural apposition after two names", "The agency was founded by Peter Otieno and Mary Achieng, members of the Kisumu County Assembly.",
			[]rel{{"Peter Otieno", model.MemberOf, "Kisumu County Assembly", ""}, {"Mary Achieng", model.MemberOf, "Kisumu County Assembly", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
