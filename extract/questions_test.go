package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPolarQuestions holds polarQuestion: a yes/no question asks whether a tie holds and
// gives none; a question word's question and the statement after it are read.
func TestPolarQuestions(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"a statement after a question word's question",
			"Who owns Silver Bay Park? Records show Wang Li owns it.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"a statement before a question",
			"Wang Li owns Silver Bay Park. Did he know?",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"a statement with a question mark inside a title is no question",
			"Wang Li, who owns Silver Bay Park, wrote a book called Why Not?, police said.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"a relative clause the asker states",
			"Will Wang Li, who owns Silver Bay Park, be extradited to China?",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		// Precision.
		{"a question about a post after an apposition",
			"Is Wang Li, a tycoon from Fujian, the owner of Silver Bay Park?",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"did X run Y",
			"Did Lim Heng run Silver Bay Park?",
			nil, []rel{{"Lim Heng", model.Operates, "Silver Bay Park", ""}}},
		{"is X the owner of Y",
			"Is Golden Reed Co., Ltd. the owner of Silver Bay Park?",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Owns, "Silver Bay Park", ""}, {"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"a quoted question",
			"\"Does Wang Li own Silver Bay Park?\" a reporter asked.",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"a passive question",
			"Was Silver Bay Park raided by the Royal Thai Police?",
			nil, []rel{{"Royal Thai Police", model.Raided, "Silver Bay Park", ""}}},
		{"a negative question",
			"Isn't Wang Li the chairman of Golden Reed Co., Ltd.?",
			nil, []rel{{"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}}},
	})
	for _, s := range []string{"Did he?", "“Is it run by Y?”", "Could Wang Li own it? "} {
		if !polarQuestion(s) {
			t.Errorf("polarQuestion(%q) = false", s)
		}
	}
	for _, s := range []string{"Who owns it?", "He did.", "Is", "Wang Li owns it (does he?)."} {
		if polarQuestion(s) {
			t.Errorf("polarQuestion(%q) = true", s)
		}
	}
}

// TestStatementQuestions holds statementQuestion: a statement ending in a question mark, as a
// headline asks it, gives no typed tie; a relative clause inside it, the statement after it
// and where a place is are read.
func TestStatementQuestions(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"the statement after the question",
			"Thai police raid Golden Lotus Park? Records show Chen Wei owns Golden Lotus Park.",
			[]rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}}, nil},
		{"a relative clause the asker states",
			"Chen Wei, who owns Golden Lotus Park, to be extradited?",
			[]rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}}, nil},
		{"where a place is, asked in passing",
			"My brother is at Golden Lotus Park in Myawaddy, can anyone help?",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Myawaddy", ""}}, nil},
		// Recall (review of r22-sweep).
		{"a question in a parenthesis",
			"Thai police raided Blue Harbour Park on Monday (what took them so long?)",
			[]rel{{"Royal Thai Police", model.Raided, "Blue Harbour Park", ""}}, nil},
		{"a question in a quote",
			"The DKBA guards Blue Harbour Park, a villager said, asking: \"What can we do?\"",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Blue Harbour Park", model.Alleged}}, nil},
		{"a question clause after the statement",
			"The DKBA guards Blue Harbour Park and my cousin cannot leave, can anyone help?",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Blue Harbour Park", ""}}, nil},
		// Precision.
		{"a headline quoted whole",
			"\"Thai police raid Blue Harbour Park?\" Not yet, says minister.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Blue Harbour Park", ""}}},
		{"a tie inside the question clause",
			"Villagers are afraid, does the DKBA guard Blue Harbour Park?",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Protects, "Blue Harbour Park", ""}}},
		{"a headline raid with a question mark",
			"Thai police raid Golden Lotus Park? Not yet, says minister.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Golden Lotus Park", ""}}},
		{"a headline owner with a question mark",
			"Golden Lotus Park owner Chen Wei? Officials deny link.",
			nil, []rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}}},
		{"a statement asked back",
			"So Chen Wei runs Golden Lotus Park now?",
			nil, []rel{{"Chen Wei", model.Operates, "Golden Lotus Park", ""}}},
		{"a post asked",
			"Chen Wei the new chairman of Sunrise Holdings Co., Ltd.?",
			nil, []rel{{"Chen Wei", model.Directs, "Sunrise Holdings Co., Ltd.", ""}}},
	})
}
