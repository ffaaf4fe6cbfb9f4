package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGenderedPossessors holds gendered_possessors.go and the kin modifiers of possessedNoun
// to the one person a possessive can only mean, and to the readings it must leave alone. The
// names are invented.
func TestGenderedPossessors(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two people before, only one of the pronoun's gender",
			"The permit was arranged by Ms Malai Chanthala, who introduced Mr Tang Hailin to district officials. Her brother-in-law, Somphet Keola, ran the district office.",
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}}, nil},
		{"'his older brother' after the one person named",
			"Renato Bacalso, 52, owns the lot. His older brother, Efren Bacalso, chairs the firm.",
			[]rel{{"Renato Bacalso", model.FamilyOf, "Efren Bacalso", ""}}, nil},
		{"two people of unknown gender before",
			"The permit was arranged by Malai Chanthala, who introduced Vong Sana to district officials. Her brother-in-law, Somphet Keola, ran the district office.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}, {"Vong Sana", model.FamilyOf, "Somphet Keola", ""}}},
		{"two people of the pronoun's gender before",
			"Police questioned Ms Malai Chanthala and Ms Dara Vong in Vientiane. Her brother, Somphet Keola, ran the district office.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}, {"Dara Vong", model.FamilyOf, "Somphet Keola", ""}}},
		{"a paragraph break before the pronoun",
			"The permit was arranged by Malai Chanthala, who introduced Mr Tang Hailin to district officials.\n\nHer brother-in-law, Somphet Keola, ran the district office.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}}},
		{"a quotation naming the people before",
			"\"Malai Chanthala never met Mr Tang Hailin,\" the official said. Her brother, Somphet Keola, ran the district office.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}}},
		{"a lawyer is no relative",
			"The permit was arranged by Malai Chanthala, who introduced Mr Tang Hailin to district officials. Her lawyer, Somphet Keola, denied it.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}, {"Malai Chanthala", model.AssociateOf, "Somphet Keola", ""}}},
		{"a person named before the pronoun in its own sentence",
			"Malai Chanthala introduced Mr Tang Hailin to officials. Later Dara Keo said her brother, Somphet Keola, ran the office.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}}},
		{"the pronoun's own gender is the other one's",
			"The permit was arranged by Ms Malai Chanthala, who introduced Mr Tang Hailin to district officials. His brother, Somphet Keola, ran the district office.",
			nil,
			[]rel{{"Malai Chanthala", model.FamilyOf, "Somphet Keola", ""}}},
		{"the named person is the only one of the pronoun's gender",
			"The permit was arranged by Ms Malai Chanthala, who introduced Mr Tang Hailin to district officials. His business partner, Tang Hailin, ran the district office.",
			nil,
			[]rel{{"Tang Hailin", model.AssociateOf, "Tang Hailin", ""}, {"Malai Chanthala", model.AssociateOf, "Tang Hailin", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
