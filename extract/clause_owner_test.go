package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestClauseOwner holds a relative clause or an apposition to the noun it follows: a post in
// "an ally whose commander, X" is the ally's, and a passive in "A, a firm chaired by B" is
// said of A, not of a name before A. The names are invented.
func TestClauseOwner(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a post after whose belongs to the ally, not to the army it allies with",
			"The casino sits in land held by the Golden Hill Defence Army, a Northern Shan Army ally whose commander, Sai Kham Leng, has ruled the town since 1995.",
			[]rel{{"Sai Kham Leng", model.Directs, "Golden Hill Defence Army", ""}},
			[]rel{{"Sai Kham Leng", model.Directs, "Northern Shan Army", ""}}},
		{"a title before a name still reads without a relative clause",
			"Northern Shan Army commander Sai Kham Leng denied the report.",
			[]rel{{"Sai Kham Leng", model.Directs, "Northern Shan Army", ""}},
			nil},
		{"an apposition's passive is said of the firm it describes",
			"Lotus Bay Park was raided in May. The resort, which had been licensed as a hotel, is run by Golden Reed Leisure Corp., a firm chaired by businessman Tan Boon Heng.",
			[]rel{{"Tan Boon Heng", model.Directs, "Golden Reed Leisure Corp.", ""}, {"Golden Reed Leisure Corp.", model.Operates, "Lotus Bay Park", ""}},
			[]rel{{"Tan Boon Heng", model.Operates, "Lotus Bay Park", ""}}},
		{"a passive after a closing comma is still said of the subject before the clause",
			"Tan Boon Heng, who owns Golden Reed Leisure Corp., was sanctioned by the Office of Foreign Assets Control.",
			[]rel{{"Tan Boon Heng", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Golden Reed Leisure Corp.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
	}
	checkRelCases(t, x, cases)
}
