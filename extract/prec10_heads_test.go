package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecPhraseHeads holds what a phrase's head owns: a command over a numbered unit of a
// force is the unit's, and "whose" after "a subsidiary of P" describes the subsidiary.
func TestPrecPhraseHeads(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a brigade of an army under a colonel's command",
			"Guards at Golden Reed Park were soldiers of Brigade 17 of the Royal Lao Army under the command of Colonel Vong Sisavath.",
			nil,
			[]rel{{"Vong Sisavath", model.Directs, "Royal Lao Army", ""}}},
		{"a battalion of a militia under a major's command",
			"The gates are held by the 9th Battalion of the Karen Frontier Army under the command of Major Saw Ler Moo.",
			nil,
			[]rel{{"Saw Ler Moo", model.Directs, "Karen Frontier Army", ""}}},
		{"a force under its commander's command",
			"The raid was carried out by the Tak Provincial Police under the command of Major General Somchai Ritthirong.",
			[]rel{{"Somchai Ritthirong", model.Directs, "Tak Provincial Police", ""}},
			nil},
		{"whose after a subsidiary of a parent",
			"Silver Fern Park is run by Heyuan Digital Co., Ltd., a wholly owned subsidiary of Mekong Star Group whose chief executive is Chen Wei.",
			nil,
			[]rel{{"Chen Wei", model.Directs, "Mekong Star Group", ""}}},
		{"whose after the parent itself",
			"Silver Fern Park is run by Heyuan Digital Co., Ltd., a firm owned by Mekong Star Group, whose chief executive is Chen Wei.",
			[]rel{{"Chen Wei", model.Directs, "Mekong Star Group", ""}},
			nil},
	})
}

// TestPrecFrontedPreposition holds names inside a preposition that opens the sentence out
// of the list of subjects of the clause after the comma.
func TestPrecFrontedPreposition(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"through a group and its subsidiaries, a person owns",
			"Through Mekong Star Group and its subsidiaries, Chen Wei owns Golden Reed Park in Bavet.",
			[]rel{{"Chen Wei", model.Owns, "Golden Reed Park", ""}},
			[]rel{{"Mekong Star Group", model.Owns, "Golden Reed Park", ""}}},
		{"with a firm and its partners, a person runs",
			"With Heyuan Digital Co., Ltd. and its partners, Chen Wei runs Silver Fern Park.",
			[]rel{{"Chen Wei", model.Operates, "Silver Fern Park", ""}},
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Silver Fern Park", ""}}},
		{"a plain list of owners still owns",
			"Mekong Star Group and its chairman, Chen Wei, own Golden Reed Park in Bavet.",
			[]rel{{"Mekong Star Group", model.Owns, "Golden Reed Park", ""}},
			nil},
	})
}

// TestPrecWhosePostBeforeRank holds the post a "whose" clause names before a rank set off by
// a comma ("whose commander, Colonel X") as the tie, not the rank.
func TestPrecWhosePostBeforeRank(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"whose commander, then a rank, after an inserted clause",
			"The land is leased from the Karen Frontier Army, an armed group that holds this stretch of the river and whose commander, Colonel Saw Ler Moo, signed the lease.",
			[]rel{{"Saw Ler Moo", model.Directs, "Karen Frontier Army", ""}},
			[]rel{{"Saw Ler Moo", model.EmployedBy, "Karen Frontier Army", ""}, {"Saw Ler Moo", model.MemberOf, "Karen Frontier Army", ""}}},
	})
}
