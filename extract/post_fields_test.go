package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFieldPosts holds the posts narrowed by a field of work (post_fields.go): the field
// makes the post staff (EMPLOYED_BY) in every shape that names a post; the bare head and a
// post that is no field keep their reading.
func TestFieldPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a field post after the body's possessive", "Police said Chen Meng, Hengda Group's finance manager, had left Cambodia.",
			[]rel{{"Chen Meng", model.EmployedBy, "Hengda Group", ""}}, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}},
		{"a field post before the name", "Police said Hengda Group sales director Chen Meng had left Cambodia.",
			[]rel{{"Chen Meng", model.EmployedBy, "Hengda Group", ""}}, []rel{{"Chen Meng", model.Directs, "Hengda Group", ""}}},
		{"a two-word field in apposition with at", "Police said Chen Meng, human resources officer at Golden Fortune Co., Ltd., had left Cambodia.",
			[]rel{{"Chen Meng", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"a field post as a predicate", "Court records show Chen Meng was the operations manager of Golden Fortune Co., Ltd. until 2023.",
			[]rel{{"Chen Meng", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"a field post at a site runs nothing", "Police said Chen Meng, the payroll manager at Golden Sands Park, had fled.",
			nil, []rel{{"Chen Meng", model.Operates, "Golden Sands Park", ""}}},
		{"a general manager still heads the firm", "Police said Chen Meng, general manager of Golden Fortune Co., Ltd., had left Cambodia.",
			[]rel{{"Chen Meng", model.Directs, "Golden Fortune Co., Ltd.", ""}}, []rel{{"Chen Meng", model.EmployedBy, "Golden Fortune Co., Ltd.", ""}}},
		{"a field without a post head is no post", "Police said Chen Meng, a finance graduate of Hengda Group's academy, had left Cambodia.",
			nil, []rel{{"Chen Meng", model.EmployedBy, "Hengda Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
