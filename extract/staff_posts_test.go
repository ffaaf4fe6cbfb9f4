package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStaffPosts holds the staff posts of internal/lexicon/staff-posts.txt (a post without
// leadership named with a body is EMPLOYED_BY it; the post alone, or a head's post, reads
// nothing more) and the posts stated with a time of timed_posts.go.
func TestStaffPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a scientist at a university, in apposition", "Dennis Ocampo, a political scientist at the University of the Philippines, said the case was typical.",
			[]rel{{"Dennis Ocampo", model.EmployedBy, "University of the Philippines", ""}}, nil},
		{"a consultant for a firm, as a predicate", "Arif Setiawan is a consultant for Bright Harbour Staffing Pte. Ltd. in Singapore.",
			[]rel{{"Arif Setiawan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}}, nil},
		{"a team leader of a police unit", "Mark Delos Reyes, team leader of the Anti-Cybercrime Group, testified on Monday.",
			[]rel{{"Mark Delos Reyes", model.EmployedBy, "Anti-Cybercrime Group", ""}}, nil},
		{"a post with no body named", "Arif Setiawan, a consultant, met officials of Bright Harbour Staffing Pte. Ltd. in May.",
			nil, []rel{{"Arif Setiawan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}}},
		{"a chief executive still heads the firm", "Arif Setiawan, chief executive of Bright Harbour Staffing Pte. Ltd., said the firm was clean.",
			[]rel{{"Arif Setiawan", model.Directs, "Bright Harbour Staffing Pte. Ltd.", ""}}, []rel{{"Arif Setiawan", model.EmployedBy, "Bright Harbour Staffing Pte. Ltd.", ""}}},
		// A post stated with a time between the verb and the post (timed_posts.go).
		{"an adviser until last year, after an apposition", "Her husband, U Myo Thant, was until last year an adviser to the Ministry of Interior.",
			[]rel{{"Myo Thant", model.EmployedBy, "Ministry of Interior", ""}}, nil},
		{"served since a year as an adviser", "Heng Vuthy has served since 2023 as an adviser to the Council of Ministers.",
			[]rel{{"Heng Vuthy", model.EmployedBy, "Council of Ministers", ""}}, nil},
		{"a director between two years set off by commas", "Lim Heng was, from 2016 to 2021, a director of Golden Fortune Co., Ltd.",
			[]rel{{"Lim Heng", model.Directs, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"a partner for years", "Lim Heng has for years been a partner of Chen Zhi.",
			[]rel{{"Lim Heng", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a visitor is no post", "Lim Heng was in 2019 a visitor to Golden Fortune Co., Ltd.",
			nil, []rel{{"Lim Heng", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}},
		{"the name ending an inserted phrase is not the subject", "Hun To, a cousin of Prime Minister Hun Manet, was once a director of Huione Pay PLC.",
			nil, []rel{{"Hun Manet", model.Directs, "Huione Pay PLC", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
