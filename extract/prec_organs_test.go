package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecOrgans holds the guards against a post in a body's organ filed as a body and a
// short name told apart by "the younger": each must-not-fire case beside a must-fire one of
// the right shape.
func TestPrecOrgans(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a chair of its board heads the firm, not a body called the board",
			"Blue Harbor Outsourcing Corp. ran the hub, and Chen Bo was its President and the Chairman of its Board of Directors.",
			[]rel{{"Chen Bo", model.Directs, "Blue Harbor Outsourcing Corp.", ""}},
			[]rel{{"Chen Bo", model.Directs, "Board of Directors", ""}}},
		{"the younger of two bearers of a name is neither read",
			"Police detained Wei Long and his son Wei Jian on Monday. The younger Wei is chairman of Golden Kapok Development Group.",
			[]rel{{"Wei Jian", model.FamilyOf, "Wei Long", ""}},
			[]rel{{"Wei Long", model.Directs, "Golden Kapok Development Group", ""}, {"Wei Jian", model.Directs, "Golden Kapok Development Group", ""}}},
		{"the younger with the full name is read",
			"Police detained Wei Long and his son Wei Jian on Monday. The younger Wei Jian is chairman of Golden Kapok Development Group.",
			[]rel{{"Wei Jian", model.Directs, "Golden Kapok Development Group", ""}},
			[]rel{{"Wei Long", model.Directs, "Golden Kapok Development Group", ""}}},
		{"posts matched one to a name by respectively are not one name's",
			"Nora Vance and Tan Wei, chairman and accountant of Silver Cedar Holdings Corp. respectively, were arrested.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}, {"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}},
			[]rel{{"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}, {"Nora Vance", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}}},
		{"two posts of one name in one body: the leading one is read (one_post.go)",
			"Tan Wei, chairman and accountant of Silver Cedar Holdings Corp., was arrested.",
			[]rel{{"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}},
			[]rel{{"Tan Wei", model.EmployedBy, "Silver Cedar Holdings Corp.", ""}}},
		{"a short name with one bearer is read",
			"Police detained Wei Long on Monday. Wei is chairman of Golden Kapok Development Group.",
			[]rel{{"Wei Long", model.Directs, "Golden Kapok Development Group", ""}},
			nil},
	})
	for _, c := range []struct {
		pred, name string
		want       bool
	}{
		{model.Directs, "Board of Directors", true},
		{model.MemberOf, "Executive Committee", true},
		{model.Directs, "Central Executive Committee", false},
		{model.Directs, "Board of Investment", false},
		{model.Owns, "Board of Directors", false},
	} {
		if got := organOfBody(c.pred, c.name); got != c.want {
			t.Errorf("organOfBody(%s, %q) = %v, want %v", c.pred, c.name, got, c.want)
		}
	}
}
