package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRefGender: a title or a particle written with a name says its bearer's gender, and a
// pronoun of the other gender never stands for that person; with recall cases.
func TestRefGender(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"binti names a woman: his is not hers",
			"Siti Hajar binti Ahmad, a police inspector, gave evidence on Monday. His uncle, Tan Boon Huat, runs a hardware shop in Johor Bahru.",
			nil, []rel{{"Siti Hajar binti Ahmad", model.FamilyOf, "Tan Boon Huat", ""}}},
		{"bin names a man: his is his",
			"Mohd Faizal bin Rahman, a clerk, gave evidence on Monday. His uncle, Tan Boon Huat, runs a hardware shop in Johor Bahru.",
			[]rel{{"Mohd Faizal bin Rahman", model.FamilyOf, "Tan Boon Huat", ""}}, nil},
		{"Ms names a woman: her brother is hers",
			"Ms Lim Mei Ling was arrested on Monday. Her brother, Lim Boon Keat, owns a jade shop in Mandalay.",
			[]rel{{"Lim Mei Ling", model.FamilyOf, "Lim Boon Keat", ""}}, nil},
		{"Ms names a woman: his brother is not hers",
			"Ms Lim Mei Ling was arrested on Monday. His brother, Lim Boon Keat, owns a jade shop in Mandalay.",
			nil, []rel{{"Lim Mei Ling", model.FamilyOf, "Lim Boon Keat", ""}}},
		{"Mr names a man: he still stands for him",
			"Mr Somchai Rakdee was arrested on Monday. He chairs Golden Reed Holdings Ltd., a property firm.",
			[]rel{{"Somchai Rakdee", model.Directs, "Golden Reed Holdings Ltd.", ""}}, nil},
	}
	checkRelCasesEitherWay(t, x, cases)
}
