package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSingularAppos holds an apposition after a list's last item (singular_appos.go): in the
// singular it is that item's alone, in the plural each item's.
func TestSingularAppos(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a singular apposition after the last owner", "Horizon Talent Solutions Ltd is co-owned by Peter Omondi and Grace Achieng, a member of the Kisumu County Assembly.",
			[]rel{{"Grace Achieng", model.MemberOf, "Kisumu County Assembly", ""}, {"Peter Omondi", model.Owns, "Horizon Talent Solutions Ltd", ""}},
			[]rel{{"Peter Omondi", model.MemberOf, "Kisumu County Assembly", ""}}},
		{"'the' and a singular post", "The hub was run by Wang Lei and Sok Chanthy, the treasurer of Golden Reef Holdings.",
			[]rel{{"Sok Chanthy", model.EmployedBy, "Golden Reef Holdings", ""}},
			[]rel{{"Wang Lei", model.EmployedBy, "Golden Reef Holdings", ""}}},
		{"a plural apposition is each item's", "The hub was run by Wang Lei and Sok Chanthy, directors of Golden Reef Holdings.",
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings", ""}, {"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}, nil},
	})
	for gap, want := range map[string]bool{", a member of ": true, ", the owner of ": true, ", the owners of ": false,
		", directors of ": false, ", the boss of ": true, " and ": false, ", a thai businessman, ran ": false} {
		if got := singularAppos(gap); got != want {
			t.Errorf("singularAppos(%q) = %v, want %v", gap, got, want)
		}
	}
}
