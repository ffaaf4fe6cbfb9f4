package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAssociationAndKindAcronym: a members' body whose trade ends like a firm's name is a
// body; an acronym introduced by a kind noun is kept; elsewhere neither rule fires.
func TestAssociationAndKindAcronym(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
