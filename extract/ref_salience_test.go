package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRelativeClauseSalience: a description reaching into the sentence before passes over a
// name that stands in a relative clause there for the fitting name of the main clause; a
// name after the clause has closed, or with no fitting name before the clause, is still read.
func TestRelativeClauseSalience(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"the owner in the main clause, not the lessee in the relative clause",
			"The four towers are owned by Coral Bend Realty Inc., which leased them to Brightwave Data Corp. in 2021. The company's president, Rosario Tan Lim, declined to comment.",
			[]rel{{"Rosario Tan Lim", model.Directs, "Coral Bend Realty Inc.", ""}},
			[]rel{{"Rosario Tan Lim", model.Directs, "Brightwave Data Corp.", ""}}},
		{"a 'who' clause: the firm before it",
			"Lakeshore Vista Holdings Ltd. hired Peng Shaowei, who had worked for Amber Crest Gaming Ltd. for years. The firm's chairman, Tan Boon Hock, signed the deal.",
			[]rel{{"Tan Boon Hock", model.Directs, "Lakeshore Vista Holdings Ltd.", ""}},
			[]rel{{"Tan Boon Hock", model.Directs, "Amber Crest Gaming Ltd.", ""}}},
		{"no fitting name before the clause: the name in it is read",
			"The workers were moved in May, which suited Amber Crest Gaming Ltd. well. The firm's chairman, Tan Boon Hock, denied it.",
			[]rel{{"Tan Boon Hock", model.Directs, "Amber Crest Gaming Ltd.", ""}}, nil},
	})
}

// TestItContinuesSubject: "it" after a sentence naming two fitting entities stands for the
// one that opens that sentence, its subject; when the subject does not fit, it stays open.
func TestItContinuesSubject(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"the site that opens the sentence before",
			"Coral Gate Resort is a casino in Bavet run by Lantern Peak Holdings Ltd., a Macau firm. It is owned by tycoon Chhay Rithy.",
			[]rel{{"Chhay Rithy", model.Owns, "Coral Gate Resort", ""}},
			[]rel{{"Chhay Rithy", model.Owns, "Lantern Peak Holdings Ltd.", ""}}},
		{"the subject is a person: open",
			"Sok Dara said Coral Gate Resort was run by Lantern Peak Holdings Ltd. It is owned by tycoon Chhay Rithy.",
			nil,
			[]rel{{"Chhay Rithy", model.Owns, "Coral Gate Resort", ""}, {"Chhay Rithy", model.Owns, "Lantern Peak Holdings Ltd.", ""}}},
	})
}
