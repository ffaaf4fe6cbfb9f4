package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOwnedPosts holds the posts of owned_posts.go: the head of a body's part works for it, a
// post given "as" the body's is held, a post at the site is the body's; a visit to a part, a
// board, or a description as the body's victim makes no post.
func TestOwnedPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the head of a body's department", "Xu Ming, who headed Golden Lotus Co., Ltd.'s finance department, moved the money.",
			[]rel{{"Xu Ming", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}, []rel{{"Xu Ming", model.Directs, "Golden Lotus Co., Ltd.", ""}}},
		{"the leader of a body's team", "Peng Wei leads Golden Lotus Co., Ltd.'s security team, workers said.",
			[]rel{{"Peng Wei", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}, nil},
		{"a kin apposition before the clause", "Xu Bo, Xu Ming's nephew, who headed Golden Lotus Co., Ltd.'s finance department, fled to Dubai.",
			[]rel{{"Xu Bo", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}, []rel{{"Xu Ming", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}},
		{"a post a record gives after as", "Dang Thi Mai, who was listed as Hongxin Gaming Inc.'s treasurer, was not charged.",
			[]rel{{"Dang Thi Mai", model.EmployedBy, "Hongxin Gaming Inc.", ""}}, nil},
		{"a post held at the site", "Sanxin Group Co., Ltd.'s finance manager at the site is Zhang Bo, workers said.",
			[]rel{{"Zhang Bo", model.EmployedBy, "Sanxin Group Co., Ltd.", ""}}, nil},
		{"a body's board is no part of its staff", "Xu Ming, who headed Golden Lotus Co., Ltd.'s board, denied the charges.",
			nil, []rel{{"Xu Ming", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}},
		{"a visit to a department is no post", "Lim Heng, who visited Golden Lotus Co., Ltd.'s finance department, was arrested.",
			nil, []rel{{"Lim Heng", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}},
		{"described as a body's victim", "Lim Heng, who was described as Golden Lotus Co., Ltd.'s latest victim, was freed.",
			nil, []rel{{"Lim Heng", model.EmployedBy, "Golden Lotus Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
