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
		{"an age and a home town, then 'whose husband,'",
			`"Nobody tried after that," said Nguyen Thi Thu Trang, 31, from Can Tho, whose husband, Tran Quoc Bao, remains inside.`,
			[]rel{{"Nguyen Thi Thu Trang", model.FamilyOf, "Tran Quoc Bao", model.Reported}}, nil},
		{"an age, then 'whose son,'",
			"Maria Santos, 45, whose son, Paolo Santos, was trafficked to Myawaddy, spoke to reporters.",
			[]rel{{"Maria Santos", model.FamilyOf, "Paolo Santos", ""}}, nil},
		{"whose relative's employer is no relative",
			"Maria Santos, 45, whose husband's employer, Jun Reyes, ran the agency, said she had no news.",
			nil, []rel{{"Jun Reyes", model.FamilyOf, "Maria Santos", ""}}},
		{"a description of the relative naming another person",
			"Maria Santos, 45, whose husband, a driver for Jun Reyes, disappeared, said she had no news.",
			nil, []rel{{"Jun Reyes", model.FamilyOf, "Maria Santos", ""}}},
		{"an attribution between the kin noun and the name",
			"Maria Santos, 45, whose husband, according to police, is Jun Reyes, said nothing.",
			nil, []rel{{"Jun Reyes", model.FamilyOf, "Maria Santos", model.Reported}}},
		{"a firm between the age and whose",
			"Maria Santos, 45, of Golden Reed Co., Ltd., whose husband, Jun Reyes, ran the agency, said nothing.",
			nil, []rel{{"Jun Reyes", model.FamilyOf, "Maria Santos", ""}}},
		{"an office in apposition, then 'and a cousin of'",
			"Colonel Hun Sarin, the commander of Brigade 31 of the Royal Cambodian Armed Forces and a cousin of Ly Sokha, signed the contract.",
			[]rel{{"Hun Sarin", model.FamilyOf, "Ly Sokha", ""}, {"Hun Sarin", model.Directs, "Brigade 31", ""}}, nil},
		{"another person inside the first description: the second one may be theirs",
			"Sok Dara, the lawyer of Chen Wei and a cousin of Lim Heng, spoke to reporters.",
			nil, []rel{{"Lim Heng", model.FamilyOf, "Sok Dara", ""}}},
	}
	checkRelCases(t, x, cases)
}
