package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCopulaKin: "Y is his wife." after a sentence naming the possessor; with precision cases.
func TestCopulaKin(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the one other person of the sentence before",
			"Arun Phrom manages Golden Reed Co., Ltd. Nisa Kaew is his wife.",
			[]rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", model.Reported}}, nil},
		{"an adjective before the kin noun, two sentences on",
			"Arun Phrom manages Golden Reed Co., Ltd. The firm was set up in 2019. Nisa Kaew is his younger sister.",
			[]rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", ""}}, nil},
		{"another person before the copula may be the possessor: open",
			"Arun Phrom manages Golden Reed Co., Ltd. Lek Dee said Nisa Kaew is his wife.",
			nil, []rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", ""}}},
		{"a kin noun that goes on to a name is read as 'his son, Y', not as the copula's",
			"Arun Phrom manages Golden Reed Co., Ltd. The director is his son, Chai Phrom.",
			nil, []rel{{"Arun Phrom", model.FamilyOf, "Golden Reed Co., Ltd.", ""}}},
		{"a second predicate after the kin noun",
			"Arun Phrom manages Golden Reed Co., Ltd. Nisa Kaew is his sister-in-law and served as its corporate secretary.",
			[]rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", ""}}, nil},
		{"a second clause after the kin noun's comma",
			"Arun Phrom manages Golden Reed Co., Ltd. Nisa Kaew is his wife, and the couple own a villa in Bangkok.",
			[]rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", ""}}, nil},
		{"a second clause does not open the pronoun when another person stands before",
			"Arun Phrom manages Golden Reed Co., Ltd. Lek Dee said Nisa Kaew is his wife and runs the shop.",
			nil, []rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", ""}}},
		{"two people in the sentence before leave the pronoun open",
			"Police said Arun Phrom met Somchai Dee in Bangkok. Nisa Kaew is his wife and runs the shop.",
			nil, []rel{{"Arun Phrom", model.FamilyOf, "Nisa Kaew", ""}, {"Somchai Dee", model.FamilyOf, "Nisa Kaew", ""}}},
		{"a firm as the copula's subject is no relative",
			"Arun Phrom was arrested. Golden Reed Co., Ltd. is his company.",
			nil, []rel{{"Arun Phrom", model.FamilyOf, "Golden Reed Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
