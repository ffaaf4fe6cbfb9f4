package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinPastDescription: a relative coordinated after the first person's age or home, and a
// kin description coordinated after an office in apposition; with precision cases.
func TestKinPastDescription(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an age, then 'and her husband'",
			"Ms Suda Wongsa, 41, and her husband Mr Anan Wongsa, 45, were held at their shop.",
			[]rel{{"Anan Wongsa", model.FamilyOf, "Suda Wongsa", model.Reported}}, nil},
		{"an age and a home district, then 'and his wife,'",
			"Officers froze the accounts of Somsak Chaiyo, 60, of Mae Ramat district, and his wife, Mrs. Ratree Chaiyo.",
			[]rel{{"Ratree Chaiyo", model.FamilyOf, "Somsak Chaiyo", ""}}, nil},
		{"an age after the second of two people: the kin is the nearer person's, not the first's",
			"Ms Suda Wongsa, 41, and Mr Anan Pholsri, 45, and his wife Nong Pholsri were held.",
			nil, []rel{{"Nong Pholsri", model.FamilyOf, "Suda Wongsa", ""}}},
		{"a body between the people stops the reading",
			"Ms Suda Wongsa, 41, of Siam Star Recruitment Co., Ltd., and her husband Mr Anan Wongsa were held.",
			nil, []rel{{"Anan Wongsa", model.FamilyOf, "Suda Wongsa", ""}}},
		{"an office in apposition, then 'and a cousin of'",
			"Colonel Hun Sarin, the commander of Brigade 31 of the Royal Cambodian Armed Forces and a cousin of Ly Sokha, signed the contract.",
			[]rel{{"Hun Sarin", model.FamilyOf, "Ly Sokha", ""}, {"Hun Sarin", model.Directs, "Brigade 31", ""}}, nil},
		{"another person inside the first description: the second one may be theirs",
			"Sok Dara, the lawyer of Chen Wei and a cousin of Lim Heng, spoke to reporters.",
			nil, []rel{{"Lim Heng", model.FamilyOf, "Sok Dara", ""}}},
	}
	checkRelCases(t, x, cases)
}
