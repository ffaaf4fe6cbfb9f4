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
