package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestListedPossPosts holds a post a record names through the body's possessive after "as"
// (listed_poss_posts.go), with must-not-fire cases.
func TestListedPossPosts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a register lists the holder as the firm's post", "Company filings list Sok Chanthy as Golden Reef Holdings' sole director.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a kin description set off before the holder", "Corporate records name Chen's wife, Lim Mei Hua, as Jade Harbor Trading Ltd.'s chairwoman since 2021.",
			[]rel{{"Lim Mei Hua", model.Directs, "Jade Harbor Trading Ltd.", ""}}, nil},
		{"a staff post and a description after the holder", "Police identified Wang Lei, a Chinese national, as Golden Reef Holdings' accountant.",
			[]rel{{"Wang Lei", model.EmployedBy, "Golden Reef Holdings", ""}},
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings", ""}}},
		{"no naming verb: a comparison is no post", "Sok Chanthy worked as hard as Golden Reef Holdings' director.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}},
		{"a noun that is no post", "Company filings list Sok Chanthy as Golden Reef Holdings' contact.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}, {"Sok Chanthy", model.EmployedBy, "Golden Reef Holdings", ""}}},
	})
}
