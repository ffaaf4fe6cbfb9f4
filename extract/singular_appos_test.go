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
		{"a definite singular post after two names is the last name's",
			"The real controllers were Huang Zhiqiang and his business partner Fu Lianjie, the president of Evergreen Agri-Land Corp., which owns the land.",
			[]rel{{"Fu Lianjie", model.Directs, "Evergreen Agri-Land Corp.", ""}},
			[]rel{{"Huang Zhiqiang", model.Directs, "Evergreen Agri-Land Corp.", ""}}},
		{"a definite singular chairman after two brothers",
			"The owners are Tan Wei and his brother Tan Bo, the chairman of Silver Reef Holdings Ltd.",
			[]rel{{"Tan Bo", model.Directs, "Silver Reef Holdings Ltd.", ""}},
			[]rel{{"Tan Wei", model.Directs, "Silver Reef Holdings Ltd.", ""}}},
		{"a definite plural post after two names is both names'",
			"The hub was set up by Lim Kok and Chan Wing, the directors of Red Lotus Trading Co., Ltd.",
			[]rel{{"Lim Kok", model.Directs, "Red Lotus Trading Co., Ltd.", ""}, {"Chan Wing", model.Directs, "Red Lotus Trading Co., Ltd.", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
