package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDescribedKin holds described_kin.go to a relative or partner named after "a Chinese
// man called", and to the readings it must leave alone. The names are invented.
func TestDescribedKin(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a bare nationality before 'named'",
			"Workers said the park belongs to a tycoon named Sok Dara, and that his brother-in-law, a Chinese named Wen Haolin, runs the firm that rents out the buildings.",
			[]rel{{"Wen Haolin", model.FamilyOf, "Sok Dara", ""}}, nil},
		{"a nationality and a noun before 'called'",
			"The land belongs to Oknha Keo Rithy, and the boss inside is his son-in-law, a Chinese man called Lin Bo, who runs the place.",
			[]rel{{"Keo Rithy", model.FamilyOf, "Lin Bo", ""}}, nil},
		{"a named possessor with its 's",
			"Keo Rithy's nephew, a young trader called Lin Bo, collects the rent.",
			[]rel{{"Keo Rithy", model.FamilyOf, "Lin Bo", ""}}, nil},
		{"a copula before the description",
			"Keo Rithy owns the land, and his partner is a Chinese boss called Lin Bo who runs the park.",
			[]rel{{"Keo Rithy", model.AssociateOf, "Lin Bo", ""}}, nil},
		{"a partner in life",
			"Keo Rithy owns the land, and his partner is a woman called Lin Bo, whom he married in 2015.",
			nil,
			[]rel{{"Keo Rithy", model.AssociateOf, "Lin Bo", ""}}},
		{"a description that ties the name to someone else",
			"The land belongs to Oknha Keo Rithy, and the boss is his son-in-law, a friend of the governor called Lin Bo.",
			nil,
			[]rel{{"Keo Rithy", model.FamilyOf, "Lin Bo", ""}}},
		{"two persons the pronoun could stand for, one sentence before",
			"Chen Hao met Lim Bo in Bangkok. His partner, a Chinese named Liu Jun, was absent.",
			nil,
			[]rel{{"Chen Hao", model.AssociateOf, "Liu Jun", ""}, {"Lim Bo", model.AssociateOf, "Liu Jun", ""}}},
		{"two persons the pronoun could stand for, a family tie",
			"Chen Hao spoke of Lim Bo. His brother-in-law, a Chinese named Liu Jun, was absent.",
			nil,
			[]rel{{"Chen Hao", model.FamilyOf, "Liu Jun", ""}, {"Lim Bo", model.FamilyOf, "Liu Jun", ""}}},
		{"one person the pronoun stands for",
			"Chen Hao went to Bangkok. His brother-in-law, a Chinese named Liu Jun, was absent.",
			[]rel{{"Chen Hao", model.FamilyOf, "Liu Jun", ""}}, nil},
		{"a closing attribution reaches the apposed description",
			"Lim Bo's brother, a Chinese man called Liu Jun, was arrested, police said.",
			[]rel{{"Lim Bo", model.FamilyOf, "Liu Jun", model.Alleged}}, nil},
		{"a closing attribution reaches the copula's description",
			"Lim Bo's brother was a Chinese man called Liu Jun, police said.",
			[]rel{{"Lim Bo", model.FamilyOf, "Liu Jun", model.Alleged}}, nil},
		{"a former partner",
			"Keo Rithy owns the land, and his partner, a former banker called Lin Bo, left in 2020.",
			nil,
			[]rel{{"Keo Rithy", model.AssociateOf, "Lin Bo", ""}}},
		{"a lawyer is no partner",
			"Keo Rithy owns the land, and his partner, a lawyer called Lin Bo, filed the case.",
			nil,
			[]rel{{"Keo Rithy", model.AssociateOf, "Lin Bo", ""}}},
		{"two people before the pronoun: no one to own it",
			"Sok Dara met Keo Rithy in Bavet, and his son-in-law, a Chinese man called Lin Bo, came too.",
			nil,
			[]rel{{"Sok Dara", model.FamilyOf, "Lin Bo", ""}, {"Keo Rithy", model.FamilyOf, "Lin Bo", ""}}},
		{"the name speaks",
			"Keo Rithy owns the land, and his nephew, a young trader called Lin Bo said, collects the rent.",
			nil,
			[]rel{{"Keo Rithy", model.FamilyOf, "Lin Bo", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
