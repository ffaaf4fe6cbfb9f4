package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmHolders: "Its sole shareholder is <firm>", "The company's largest shareholder is
// <firm>" and "<firm A>'s owner is <firm B>" make the firm after the copula the owner; a noun
// that is no holding, and a person holder, are left to other rules.
func TestFirmHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"its sole shareholder, the sentence after",
			"Red River Digital Co., Ltd. was incorporated in Vientiane in 2020. Its sole shareholder is Pearl Mekong Holdings Ltd, a Hong Kong company.",
			[]rel{{"Pearl Mekong Holdings Ltd", model.Owns, "Red River Digital Co., Ltd.", ""}}, nil},
		{"the company's majority shareholder",
			"Red River Digital Co., Ltd. was incorporated in Vientiane in 2020. The company's majority shareholder is Pearl Mekong Holdings Ltd, filings show.",
			[]rel{{"Pearl Mekong Holdings Ltd", model.Owns, "Red River Digital Co., Ltd.", ""}}, nil},
		{"a named firm's parent company",
			"Police say Red River Digital Co., Ltd.'s parent company is Pearl Mekong Holdings Ltd, a Macau firm.",
			[]rel{{"Pearl Mekong Holdings Ltd", model.Owns, "Red River Digital Co., Ltd.", ""}}, nil},
		{"a customer is no holder",
			"Red River Digital Co., Ltd. was incorporated in Vientiane in 2020. Its largest customer is Pearl Mekong Holdings Ltd.",
			nil, []rel{{"Pearl Mekong Holdings Ltd", model.Owns, "Red River Digital Co., Ltd.", ""}}},
		{"no possessive, no holding",
			"Red River Digital Co., Ltd. said the sole shareholder is Pearl Mekong Holdings Ltd's founder.",
			nil, []rel{{"Pearl Mekong Holdings Ltd", model.Owns, "Red River Digital Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
