package extract

import (
	"testing"
)

// TestAssociationAndKindAcronym: a members' body whose trade ends like a firm's name is a
// body; an acronym introduced by a kind noun is kept; elsewhere neither rule fires.
func TestAssociationAndKindAcronym(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a chamber of a trade that ends like a firm",
			"Her father sits on the Mekong Chamber of Commerce and Industry.",
			[]string{"Organization:Mekong Chamber of Commerce and Industry"},
			[]string{"Company:Mekong Chamber of Commerce and Industry"}},
		{"a federation of industries",
			"The Federation of Lao Garment Industries denied any link.",
			[]string{"Organization:Federation of Lao Garment Industries"},
			nil},
		{"precision: a firm named industries stays a firm",
			"The land was bought by Golden Union Industries in 2020.",
			[]string{"Company:Golden Union Industries"},
			nil},
		{"an NGO's acronym after its kind noun",
			"Rights group KHRF has counted nine deaths at the site.",
			[]string{"Organization:KHRF"},
			nil},
		{"precision: a lone acronym without a kind noun",
			"The KHRF footage was never released.",
			nil,
			[]string{"Organization:KHRF"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
