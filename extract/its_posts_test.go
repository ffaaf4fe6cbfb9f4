package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAsidePosts: two posts after "its", an aside between a possessive post and its copula,
// and a description before the holder's name; with precision cases.
func TestAsidePosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two posts after its",
			"Golden Reed Holdings Ltd. built the Riverside Pearl casino in 2019. Its majority shareholder and chairman is Cambodian tycoon Oknha Sok Vanna, whose other holdings include a rice mill.",
			[]rel{{"Sok Vanna", model.Owns, "Golden Reed Holdings Ltd.", ""}, {"Sok Vanna", model.Directs, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"a share set off between post and copula",
			"Golden Reed Holdings Ltd. was registered in Phnom Penh in 2018. Its largest shareholder, with 60 percent, is Lim Boon Keat, a timber trader.",
			[]rel{{"Lim Boon Keat", model.Owns, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"a source set off after a named possessor",
			"Golden Reed Holdings Ltd.'s director, according to the commerce registry, was Lim Boon Keat.",
			[]rel{{"Lim Boon Keat", model.Directs, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"one post after its and a name is no coordination to read",
			"Golden Reed Holdings Ltd. was registered in Phnom Penh in 2018. Its office and warehouse are in Kandal, Lim Boon Keat said.",
			nil, []rel{{"Lim Boon Keat", model.Directs, "Golden Reed Holdings Ltd.", ""}, {"Lim Boon Keat", model.EmployedBy, "Golden Reed Holdings Ltd.", ""}}},
		{"an aside that names another holder is no copula",
			"Golden Reed Holdings Ltd. was registered in Phnom Penh in 2018. Its largest shareholder, with 60 percent, is not known, said Lim Boon Keat, a broker.",
			nil, []rel{{"Lim Boon Keat", model.Owns, "Golden Reed Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
