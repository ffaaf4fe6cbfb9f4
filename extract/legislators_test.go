package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLegislatorSeats holds legislators.go: a seat in a chamber is a membership of it, a post
// on the chamber's staff stays a post.
func TestLegislatorSeats(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a member of a senate, apposed", "Kong Dara, a member of the Senate of Cambodia, owns the plot.",
			[]rel{{"Kong Dara", model.MemberOf, "Senate of Cambodia", ""}},
			[]rel{{"Kong Dara", model.EmployedBy, "Senate of Cambodia", ""}}},
		{"a seat told by a verb of sitting", "The land belongs to Meas Rotha, who has sat in the National Assembly since 2013.",
			[]rel{{"Meas Rotha", model.MemberOf, "National Assembly", ""}},
			[]rel{{"Meas Rotha", model.EmployedBy, "National Assembly", ""}}},
		{"a lawmaker of a state chamber", "Lawmaker U Tin Hla of the Shan State Hluttaw denied any link to the casino.",
			nil, []rel{{"Tin Hla", model.EmployedBy, "Shan State Hluttaw", ""}}},
		{"a member of a Philippine provincial board (Sangguniang)", "Among the respondents is Jose Ramil Dela Cruz, a member of the Sangguniang Panlalawigan of Cebu.",
			[]rel{{"Jose Ramil Dela Cruz", model.MemberOf, "Sangguniang Panlalawigan of Cebu", ""}},
			[]rel{{"Jose Ramil Dela Cruz", model.EmployedBy, "Sangguniang Panlalawigan of Cebu", ""}}},
		{"a Sangguniang's secretary works for it", "Maria Santos, the secretary of the Sangguniang Panlungsod of Angeles, declined to comment.",
			nil, []rel{{"Maria Santos", model.MemberOf, "Sangguniang Panlungsod of Angeles", ""}}},
		{"a chamber's spokesman works for it", "Chan Vibol, a spokesman for the National Assembly, declined to comment.",
			nil, []rel{{"Chan Vibol", model.MemberOf, "National Assembly", ""}}},
	})
	roles := []struct {
		role string
		want bool
	}{
		{"", true}, {"member", true}, {"former member", true}, {"senator", true}, {"MP", true},
		{"opposition lawmaker", true}, {"spokesman", false}, {"secretary-general", false}, {"adviser", false},
	}
	for _, c := range roles {
		if got := seatRole(c.role); got != c.want {
			t.Errorf("seatRole(%q) = %v, want %v", c.role, got, c.want)
		}
	}
}
