package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestClausePairs holds twoClauses: two names joined by ", and" close and open two clauses;
// the second clause's tie is not shared with the first clause's object. Lists of two without
// the comma and of three with it are still shared.
func TestClausePairs(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"coordinated subjects, each with an apposition, share the verb",
			"Sok Dara, 52, and Wang Li, a Chinese national, ran Silver Bay Park.",
			[]rel{{"Sok Dara", model.Operates, "Silver Bay Park", ""}, {"Wang Li", model.Operates, "Silver Bay Park", ""}}, nil},
		{"a verb of report before coordinated subjects",
			"Investigators alleged Sok Dara, 52, and Wang Li, a Chinese national, ran Silver Bay Park.",
			[]rel{{"Sok Dara", model.Operates, "Silver Bay Park", model.Alleged}}, nil},
		{"a list of two as the subject",
			"Golden Reed Co., Ltd. and Blue Tide Digital Co., Ltd. own Silver Bay Park.",
			[]rel{{"Golden Reed Co., Ltd.", model.Owns, "Silver Bay Park", ""}, {"Blue Tide Digital Co., Ltd.", model.Owns, "Silver Bay Park", ""}}, nil},
		{"a list of three with a serial comma",
			"Golden Reed Co., Ltd., Blue Tide Digital Co., Ltd., and Wang Li own Silver Bay Park.",
			[]rel{{"Golden Reed Co., Ltd.", model.Owns, "Silver Bay Park", ""}, {"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"each clause keeps its own tie",
			"Wang Li chairs Golden Reed Co., Ltd., and Chen Haoran runs Silver Bay Park.",
			[]rel{{"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}, {"Chen Haoran", model.Operates, "Silver Bay Park", ""}}, nil},
		// Precision.
		{"the first clause's object does not share the second clause's verb",
			"Wang Li chairs Golden Reed Co., Ltd., and Chen Haoran runs Silver Bay Park.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"a site closing one clause, a firm opening the next",
			"Police raided Silver Bay Park, and Blue Tide Digital Co., Ltd. owns Kirin Bay Park.",
			nil, []rel{{"Blue Tide Digital Co., Ltd.", model.Owns, "Silver Bay Park", ""}}},
		{"a person closing one clause, a person opening the next",
			"The court heard from Sok Dara, and Wang Li chairs Golden Reed Co., Ltd.",
			nil, []rel{{"Sok Dara", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"a verb's object closing one clause, a person opening the next",
			"Police arrested Sok Dara, and Wang Li chairs Golden Reed Co., Ltd.",
			nil, []rel{{"Sok Dara", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"the object of a preposition with a title",
			"Officials met with General Sok Dara, 52, and Wang Li, a Chinese national, runs Silver Bay Park.",
			nil, []rel{{"Sok Dara", model.Operates, "Silver Bay Park", ""}}},
	})
}
