package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionObjects holds sanction_objects.go: a site named after "behind" or a
// participle in a designation's object is not designated; the parties listed still are.
func TestSanctionObjects(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// Recall: a plain list and a list with a firm described by its site.
		{"a list of parties after the verb",
			"The UK has today sanctioned Khun Sophanith, Seang Chanthou and Rachana Trading Co., Ltd.",
			[]rel{{"Khun Sophanith", model.SanctionedBy, "United Kingdom", ""}, {"Seang Chanthou", model.SanctionedBy, "United Kingdom", ""}}, nil},
		{"a listed firm then a listed person",
			"OFAC designated Harbor Crest Holdings, and Tan Boon Kiat, its chairman.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Tan Boon Kiat", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		// Precision.
		{"the site the designated are behind",
			"The UK has today sanctioned six people and two companies behind Mekong Pearl City, a walled complex in Kandal province.",
			nil, []rel{{"Mekong Pearl City", model.SanctionedBy, "United Kingdom", ""}}},
		{"the site of coordinated participles",
			"Today, the Office of Foreign Assets Control (OFAC) designated two individuals and three entities responsible for building, operating, and protecting Harbour Star Resort, a compound in Sihanoukville.",
			nil, []rel{{"Harbour Star Resort", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a participle after a conjunction",
			"The European Union sanctioned four people financing and guarding Golden Sands Park.",
			nil, []rel{{"Golden Sands Park", model.SanctionedBy, "European Union", ""}}},
		{"a clause opened by a conjunction after the object",
			"In 2024 the Office of Foreign Assets Control sanctioned a neighbouring casino operator over forced-labour allegations, although Mekong Star Development itself has not been designated.",
			nil, []rel{{"Mekong Star Development", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a listed name the text says was not designated",
			"OFAC designated Harbor Crest Holdings and Tan Boon Kiat, who was not designated in 2023.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a name said to be spared right after the verb's object",
			"The European Union sanctioned Harbor Crest Holdings, but Tan Boon Kiat was not sanctioned.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "European Union", ""}},
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}}},
	}
	checkRelCases(t, x, cases)
}
