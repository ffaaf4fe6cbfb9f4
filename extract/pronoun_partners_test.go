package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPronounPartners holds pronoun_partners.go to a partner named after a description that
// follows "his/her partner,", and to the readings it must leave alone. The names are invented.
func TestPronounPartners(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a nationality and 'named' in the same sentence",
			"Maria Dalisay met her business partner, a Thai national named Somchai Rattanakul, in Bangkok.",
			[]rel{{"Maria Dalisay", model.AssociateOf, "Somchai Rattanakul", ""}}, nil},
		{"after 'worked with' and 'identified as'",
			"Maria Dalisay worked with her business partner, a Chinese national identified as Wen Haolin, in Bangkok.",
			[]rel{{"Maria Dalisay", model.AssociateOf, "Wen Haolin", ""}}, nil},
		{"'identified only as' and a quoted nickname at the sentence's end",
			"The workers said they were hired by Maria Dalisay, who called herself a manager, and were taken to the pier by her partner, identified only as \"Toto.\"",
			[]rel{{"Maria Dalisay", model.AssociateOf, "Toto", ""}}, nil},
		{"the previous sentence's one person, a trade noun after the nationality",
			"Arun Vichai chairs Silver Cedar Holdings Corp. His business partner, Thai investor Narong Phet, holds a minority stake in the firm.",
			[]rel{{"Arun Vichai", model.AssociateOf, "Narong Phet", ""}}, nil},
		{"a place read as a reference between the partner noun and the name",
			"Blue Reed Resort is owned by Silver Cedar Holdings Corp. The firm's chairman is Arun Vichai. His business partner in the resort, Thai investor Narong Phet, holds a minority stake in the firm.",
			[]rel{{"Arun Vichai", model.AssociateOf, "Narong Phet", ""}}, nil},
		{"two people before: the second is no subject",
			"Police arrested Maria Dalisay after Liza Marquez testified. Her business partner, a Chinese national named Wen Haolin, fled.",
			nil,
			[]rel{{"Maria Dalisay", model.AssociateOf, "Wen Haolin", ""}, {"Liza Marquez", model.AssociateOf, "Wen Haolin", ""}}},
		{"a lawyer is no partner",
			"Maria Dalisay sued Wen Haolin. Her lawyer, a Filipino national named Liza Marquez, filed the case.",
			nil,
			[]rel{{"Maria Dalisay", model.AssociateOf, "Liza Marquez", ""}, {"Wen Haolin", model.AssociateOf, "Liza Marquez", ""}}},
		{"a fronted phrase with no description",
			"Through her partner, Wen Haolin said nothing.",
			nil,
			[]rel{{"Wen Haolin", model.AssociateOf, "Wen Haolin", ""}}},
		{"a rival described the same way",
			"Maria Dalisay met her rival, a Thai national named Somchai Rattanakul, in Bangkok.",
			nil,
			[]rel{{"Maria Dalisay", model.AssociateOf, "Somchai Rattanakul", ""}}},
		{"a partner of someone else's",
			"Maria Dalisay met her brother's business partner, a Thai national named Somchai Rattanakul, in Bangkok.",
			nil,
			[]rel{{"Maria Dalisay", model.AssociateOf, "Somchai Rattanakul", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
