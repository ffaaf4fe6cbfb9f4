package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOnePost holds the one-post-per-body pass (one_post.go) and the staff posts of the
// role vocabulary: a finance officer and a secretary of state are staff, a leading post is
// DIRECTS alone.
func TestOnePost(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a leading and a lesser post of one body", "Records list Maria Santos Reyes as the director and treasurer of Bright Harbor Outsourcing Corp.",
			[]rel{{"Maria Santos Reyes", model.Directs, "Bright Harbor Outsourcing Corp.", ""}},
			[]rel{{"Maria Santos Reyes", model.EmployedBy, "Bright Harbor Outsourcing Corp.", ""}}},
		{"a lesser post alone stays", "Records list Maria Santos Reyes as the treasurer of Bright Harbor Outsourcing Corp.",
			[]rel{{"Maria Santos Reyes", model.EmployedBy, "Bright Harbor Outsourcing Corp.", ""}},
			[]rel{{"Maria Santos Reyes", model.Directs, "Bright Harbor Outsourcing Corp.", ""}}},
		{"a lesser post in another body stays", "Maria Santos Reyes, the president of Bright Harbor Outsourcing Corp., is also the treasurer of Jade Coast Realty Inc.",
			[]rel{{"Maria Santos Reyes", model.Directs, "Bright Harbor Outsourcing Corp.", ""}, {"Maria Santos Reyes", model.EmployedBy, "Jade Coast Realty Inc.", ""}},
			[]rel{{"Maria Santos Reyes", model.EmployedBy, "Bright Harbor Outsourcing Corp.", ""}}},
		{"a chief financial officer is staff", "Tran Van Minh, a Vietnamese national, served as chief financial officer of Silver Wave Digital Exchange Ltd.",
			[]rel{{"Tran Van Minh", model.EmployedBy, "Silver Wave Digital Exchange Ltd.", ""}},
			[]rel{{"Tran Van Minh", model.Directs, "Silver Wave Digital Exchange Ltd.", ""}}},
		{"a chief executive officer still heads", "Tran Van Minh, a Vietnamese national, served as chief executive officer of Silver Wave Digital Exchange Ltd.",
			[]rel{{"Tran Van Minh", model.Directs, "Silver Wave Digital Exchange Ltd.", ""}},
			[]rel{{"Tran Van Minh", model.EmployedBy, "Silver Wave Digital Exchange Ltd.", ""}}},
		{"a possessed chief financial officer", "Silver Wave Digital Exchange Ltd., a crypto platform whose chief financial officer, Tran Van Minh, fled, moved the funds.",
			[]rel{{"Tran Van Minh", model.EmployedBy, "Silver Wave Digital Exchange Ltd.", ""}},
			[]rel{{"Tran Van Minh", model.Directs, "Silver Wave Digital Exchange Ltd.", ""}}},
		{"a secretary of state is staff of the ministry", "Sam Kanitha is a secretary of state at the Ministry of Economy and Finance.",
			[]rel{{"Sam Kanitha", model.EmployedBy, "Ministry of Economy and Finance", ""}},
			[]rel{{"Sam Kanitha", model.Directs, "Ministry of Economy and Finance", ""}}},
		{"meeting a secretary of state is no post", "Sam Kanitha met a secretary of state at the Ministry of Economy and Finance.",
			nil, []rel{{"Sam Kanitha", model.EmployedBy, "Ministry of Economy and Finance", ""}}},
	}
	checkRelCases(t, x, cases)
}
