package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDescribedBodies holds the posts of described_bodies.go: a post in a body named after a
// kind noun, a branch or a country's possessive is a tie to that body; a client, a victim, a
// partner or an agent acting in a case is none.
func TestDescribedBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a kind noun before the body", "Mariam Yusof, a case worker with the refugee charity Harbour Light Trust, said the women were sent home.",
			[]rel{{"Mariam Yusof", model.EmployedBy, "Harbour Light Trust", ""}}, nil},
		{"a branch and a kind noun before the body", "Nok Chaiyasit, a researcher at the Chiang Mai office of the rights group Open Border Watch, said the raids had failed.",
			[]rel{{"Nok Chaiyasit", model.EmployedBy, "Open Border Watch", ""}}, nil},
		{"a country's possessive before a ministry", "Prak Sovann, a former secretary of state at Cambodia's Ministry of Commerce, chairs the firm.",
			[]rel{{"Prak Sovann", model.EmployedBy, "Ministry of Commerce of Cambodia", ""}}, nil},
		{"serves as an adviser to a country's body", "Keo Dara also serves as an adviser to Cambodia's Ministry of Interior.",
			[]rel{{"Keo Dara", model.EmployedBy, "Ministry of Interior of Cambodia", ""}}, nil},
		{"a place-based lawyer with a foundation", "Somsri Chaiyo, a Lampang-based lawyer with the Migrant Justice Foundation, said the case would go to court.",
			[]rel{{"Somsri Chaiyo", model.EmployedBy, "Migrant Justice Foundation", ""}}, nil},
		{"an association's lawyer is its member", "Tran Van Minh, a lawyer with the Saigon Bar Association, represents six returnees.",
			[]rel{{"Tran Van Minh", model.MemberOf, "Saigon Bar Association", ""}}, nil},
		{"a client of a described body holds no post", "Mariam Yusof, a client of the refugee charity Harbour Light Trust, said she was sent home.",
			nil, []rel{{"Mariam Yusof", model.EmployedBy, "Harbour Light Trust", ""}}},
		{"a lawyer for a company acts in its case", "Somsri Chaiyo, a lawyer for Golden Bay Holdings Co., Ltd., said the firm denied the charges.",
			nil, []rel{{"Somsri Chaiyo", model.EmployedBy, "Golden Bay Holdings Co., Ltd.", ""}}},
		{"a partner at a described firm is no staff", "Nok Chaiyasit, a former partner at the law firm Siam Legal Group, said the deal was lawful.",
			nil, []rel{{"Nok Chaiyasit", model.EmployedBy, "Siam Legal Group", ""}}},
		{"a victim of a described firm holds no post", "Nok Chaiyasit, a victim of the Thai firm Golden Bay Holdings Co., Ltd., said she was beaten.",
			nil, []rel{{"Nok Chaiyasit", model.EmployedBy, "Golden Bay Holdings Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
