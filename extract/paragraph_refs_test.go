package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestParagraphRefRules holds the readers that carry "its" back across sentences
// (postAntecedent, shareAntecedent, "its chief executive") to a paragraph break: a new
// paragraph opening "Its chairman, X, ..." speaks of a new topic, not of the firm the
// paragraph before ended on; inside one paragraph the same words read the firm. (A
// description, "the company's chairman, X", still reaches across: held there, it lost
// development edges.) The names are invented.
func TestParagraphRefRules(t *testing.T) {
	x := newTestExtractor(t)
	firm := "Mirador Verde Realty Corp."
	lead := "Police said the lot beside the park is leased by Mirador Verde Realty Corp."
	cases := []relCase{
		// "Its chairman, X, ..." (possessive before a titled post, reference_posts.go).
		{"its chairman, X: one paragraph",
			lead + " Its chairman, Paolo Salcedo, denied any link to the park.",
			[]rel{{"Paolo Salcedo", model.Directs, firm, ""}}, nil},
		{"its chairman, X: a new paragraph about another firm",
			lead + "\n\nIts chairman, Paolo Salcedo, says the trading company he founded in 2015 ships only rice.",
			nil, []rel{{"Paolo Salcedo", model.Directs, firm, ""}}},
		// "Its chairman is X" (itsPost, reference_posts.go).
		{"its chairman is X: one paragraph",
			lead + " Its chairman is Paolo Salcedo.",
			[]rel{{"Paolo Salcedo", model.Directs, firm, ""}}, nil},
		{"its chairman is X: a new paragraph",
			lead + "\n\nIts chairman is Paolo Salcedo, according to the trading company's own website.",
			nil, []rel{{"Paolo Salcedo", model.Directs, firm, ""}}},
		// "its director, X" (possessive before a board post).
		{"its director, X: one paragraph",
			lead + " Its director, Paolo Salcedo, did not reply.",
			[]rel{{"Paolo Salcedo", model.Directs, firm, ""}}, nil},
		{"its director, X: a new paragraph",
			lead + "\n\nIts director, Paolo Salcedo, runs a shipping company registered in Manila.",
			nil, []rel{{"Paolo Salcedo", model.Directs, firm, ""}}},
		// "its chief executive, X" (a firm's post, subjectAntecedent).
		{"its chief executive, X: one paragraph",
			lead + " Its chief executive, Paolo Salcedo, did not reply.",
			[]rel{{"Paolo Salcedo", model.Directs, firm, ""}}, nil},
		{"its chief executive, X: a new paragraph",
			lead + "\n\nIts chief executive, Paolo Salcedo, runs a shipping company registered in Manila.",
			nil, []rel{{"Paolo Salcedo", model.Directs, firm, ""}}},
		// "holds 60 percent of its shares" (shareAntecedent, share_holders.go).
		{"its shares: one paragraph",
			lead + " Paolo Salcedo holds 60 percent of its shares.",
			[]rel{{"Paolo Salcedo", model.Owns, firm, ""}}, nil},
		{"its shares: a new paragraph",
			lead + "\n\nA shipping company was registered in Manila in 2015. Paolo Salcedo holds 60 percent of its shares.",
			nil, []rel{{"Paolo Salcedo", model.Owns, firm, ""}}},
		// "the company's chairman, X" (a description read back).
		{"the company's chairman: one paragraph",
			lead + " The company's chairman, Paolo Salcedo, did not reply.",
			[]rel{{"Paolo Salcedo", model.Directs, firm, ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
