package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestServedAsPosts: a post told after "as" in the person's own relative clause, with the
// body as the post's possessor; and what must not be read so.
func TestServedAsPosts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"who served as the firm's head of finance",
			"Chen Hao reported to Wang Fang, who served as Shenglong Holdings Co., Ltd.'s head of finance.",
			[]rel{{"Wang Fang", model.EmployedBy, "Shenglong Holdings Co., Ltd.", ""}}, nil},
		{"an apposition, then whom others described as the firm's manager",
			"Among those arrested was Tran Thi Ngoc, a Vietnamese national whom the police described as Xinrui Technology Inc.'s human resources manager.",
			[]rel{{"Tran Thi Ngoc", model.EmployedBy, "Xinrui Technology Inc.", ""}}, nil},
		{"who works as the agency's recruiter",
			"The workers were met by Lam Thi Hoa, who works as Star Harbour Manpower Co., Ltd.'s recruiter in Hanoi.",
			[]rel{{"Lam Thi Hoa", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}}, nil},
		{"a leader's post is a leader's post",
			"The land was leased to Dang Minh, who served as Star Harbour Manpower Co., Ltd.'s chairman until 2022.",
			nil, []rel{{"Dang Minh", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}}},
		{"another person's clause: no post for the first",
			"Dang Minh met Lam Thi Hoa, who said Wang Fang served as Star Harbour Manpower Co., Ltd.'s recruiter.",
			nil, []rel{{"Lam Thi Hoa", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}}},
		{"a client, not a post",
			"Dang Minh, who was described as Star Harbour Manpower Co., Ltd.'s biggest client, was not charged.",
			nil, []rel{{"Dang Minh", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}}},
		{"a victim, not a post",
			"Lam Thi Hoa, who was trafficked as Star Harbour Manpower Co., Ltd.'s recruit, testified.",
			nil, []rel{{"Lam Thi Hoa", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}}},
		{"a long relative clause ending in employed by",
			"The workers named Lam Thi Hoa, a Vietnamese national who recruits drivers and is employed by Star Harbour Manpower Co., Ltd.",
			[]rel{{"Lam Thi Hoa", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}}, nil},
		{"who, they said, worked for the firm",
			"Survivors described a manager called \"Brother Long\" who, they said, worked for Crown Royal Entertainment Co., Ltd. and set quotas.",
			[]rel{{"Brother Long", model.EmployedBy, "Crown Royal Entertainment Co., Ltd.", ""}}, nil},
		{"a victim forced to work for the firm holds no post",
			"Nguyen Van An, a student who was forced to work for Crown Royal Entertainment Co., Ltd., escaped in May.",
			nil, []rel{{"Nguyen Van An", model.EmployedBy, "Crown Royal Entertainment Co., Ltd.", ""}}},
		{"another body's clause: employed by the first body only",
			"Dang Minh, who was hired by Star Harbour Manpower Co., Ltd., later sued Crown Royal Entertainment Co., Ltd.",
			[]rel{{"Dang Minh", model.EmployedBy, "Star Harbour Manpower Co., Ltd.", ""}},
			[]rel{{"Dang Minh", model.EmployedBy, "Crown Royal Entertainment Co., Ltd.", ""}}},
		// Must not fire: a denial, or another person's post, among the clause's words.
		{"who was not employed as",
			"Li Ming, who was not employed as the Golden Fortune Company's bookkeeper, was released.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Golden Fortune Company", ""}}},
		{"who never worked as",
			"Li Ming, who never worked as the Golden Fortune Company's bookkeeper, was released.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Golden Fortune Company", ""}}},
		{"who said his wife worked as",
			"Li Ming, who said his wife worked as the Golden Fortune Company's bookkeeper, was released.",
			nil, []rel{{"Li Ming", model.EmployedBy, "Golden Fortune Company", ""}}},
	})
}
