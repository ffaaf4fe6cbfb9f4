package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPartnerConjuncts holds the shapes of partner_conjuncts.go: a partner noun after an
// apposition and a copula, or last of coordinated nouns, ties the subject to the person after
// "of"; a negation, a clause, another person, a rival's or a lawyer's noun ties no one.
func TestPartnerConjuncts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an apposition before the copula", "Investigators said Lim Heng, a Thai citizen, was a business partner of Chen Zhi.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"the partner noun last of two nouns", "The indictment says Sok Dara was a driver and business associate of Wang Lei.",
			[]rel{{"Sok Dara", model.AssociateOf, "Wang Lei", ""}}, nil},
		{"a post at a firm, then the partner noun", "Prosecutors said Lim Heng, a national of Malaysia, was the finance director of Golden Fortune Co., Ltd. and a long-time associate of Chen Zhi.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a court paper's name in capitals", "The defendant SOK DARA, a Cambodian national, was a recruiter and business associate of WANG LEI.",
			[]rel{{"Sok Dara", model.AssociateOf, "Wang Lei", ""}}, nil},
		{"a negated copula", "Lim Heng, a Thai citizen, was never a business partner of Chen Zhi.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"a rival and critic is no partner", "Lim Heng, a local politician, was a rival and a critic of Chen Zhi.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"a partner of what a person has", "Lim Heng, a Thai citizen, was a business partner of Chen Zhi's brother.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"a clause names another associate", "Lim Heng, a Thai citizen, was the man who met a business associate of Chen Zhi.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}},
		{"co-defendants are not partners", "The defendant SOK DARA, a Cambodian national, was charged together with WANG LEI and a driver.",
			nil, []rel{{"Sok Dara", model.AssociateOf, "Wang Lei", ""}}},
		{"another person between", "Lim Heng, a cousin of Sok Dara, was a business partner of Chen Zhi.",
			nil, []rel{{"Sok Dara", model.AssociateOf, "Chen Zhi", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}

// TestCapitalsTieObject holds the names in capitals after a tie noun and "of"
// (capitalsTieObject): a person's name is one, a firm's in capitals is not.
func TestCapitalsTieObject(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want string
		person           bool
	}{
		{"after an associate noun", "The defendant SOK DARA was a recruiter and business associate of WANG LEI.", "Wang Lei", true},
		{"after a kin noun", "The court found that the defendant LAI MEI was the wife of LUO JIANFEI.", "Luo Jianfei", true},
		{"a firm in capitals after a partner noun", "Lim Heng, a Thai citizen, was a business partner of GOLDEN FORTUNE CO., LTD. in Phnom Penh.", "Golden Fortune", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, d := analyzeText(t, x, c.text)
			found := false
			for _, e := range d.Entities {
				if e.Type == model.Person && NameKey(e.Name) == NameKey(c.want) {
					found = true
				}
			}
			if found != c.person {
				t.Errorf("person %q found = %v, want %v (entities %v)", c.want, found, c.person, d.Entities)
			}
		})
	}
}
