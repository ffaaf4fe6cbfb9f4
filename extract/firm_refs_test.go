package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmRefRules holds each rule of firm_refs.go to texts it must read and texts where it
// must stay silent. The names are invented.
func TestFirmRefRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"its sole shareholder, described",
			"Jade Orchid Gaming Co., Ltd. was registered in Vientiane in 2020. Its sole shareholder is Meiguang Holdings Ltd, a Macau company.",
			[]rel{{"Meiguang Holdings Ltd", model.Owns, "Jade Orchid Gaming Co., Ltd.", ""}},
			nil},
		{"its parent company",
			"Kampot Sunrise Trading Co., Ltd. imports building materials. Its parent company is Harbourline Capital Pte Ltd.",
			[]rel{{"Harbourline Capital Pte Ltd.", model.Owns, "Kampot Sunrise Trading Co., Ltd.", ""}},
			nil},
		{"its shareholders, a list of people",
			"Kampot Sunrise Trading Co., Ltd. imports building materials. Its shareholders are Chea Bopha, Lim Sokha and Touch Vanna.",
			[]rel{{"Chea Bopha", model.Owns, "Kampot Sunrise Trading Co., Ltd.", ""}, {"Lim Sokha", model.Owns, "Kampot Sunrise Trading Co., Ltd.", ""}, {"Touch Vanna", model.Owns, "Kampot Sunrise Trading Co., Ltd.", ""}},
			nil},
		{"a singular post takes only the first of a list",
			"Kampot Sunrise Trading Co., Ltd. imports building materials. Its owner is Chea Bopha, and Lim Sokha is its accountant.",
			[]rel{{"Chea Bopha", model.Owns, "Kampot Sunrise Trading Co., Ltd.", ""}},
			[]rel{{"Lim Sokha", model.Owns, "Kampot Sunrise Trading Co., Ltd.", ""}}},
		{"its chairman is no owner",
			"Jade Orchid Gaming Co., Ltd. was registered in Vientiane in 2020. Its chairman is Meng Sokun.",
			nil,
			[]rel{{"Meng Sokun", model.Owns, "Jade Orchid Gaming Co., Ltd.", ""}}},
		{"its lawyer is no owner",
			"Jade Orchid Gaming Co., Ltd. was registered in Vientiane in 2020. Its lawyer is Meng Sokun, who denied the claims.",
			nil,
			[]rel{{"Meng Sokun", model.Owns, "Jade Orchid Gaming Co., Ltd.", ""}}},
		{"a body is no firm's owner here",
			"The Interior Ministry opened an inquiry. Its spokesman is Meng Sokun.",
			nil,
			[]rel{{"Meng Sokun", model.Owns, "Interior Ministry", ""}}},
	}
	checkRelCases(t, x, cases)
}
