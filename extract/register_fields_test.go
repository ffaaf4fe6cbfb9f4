package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRegisterFieldRules holds the rule of register_fields.go to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestRegisterFieldRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"fields after a colon",
			"A user posted the registry entry for Mekong Jade Trading Co., Ltd.: director Wen Haoyu, shareholder Pacific Rim Nominees Ltd.",
			[]rel{{"Pacific Rim Nominees Ltd.", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}},
			nil},
		{"fields after a registration, a share and a described firm",
			"Mekong Jade Trading Co., Ltd. was registered in 2020, director Wen Haoyu, 60% shareholder a Samoa company called Pacific Rim Nominees Ltd.",
			[]rel{{"Pacific Rim Nominees Ltd.", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}},
			nil},
		{"a person as the only field",
			"Registry extract for Mekong Jade Trading Co., Ltd.: sole shareholder Wen Haoyu.",
			[]rel{{"Wen Haoyu", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}},
			nil},
		{"a shareholder of another firm is no field",
			"Mekong Jade Trading Co., Ltd., a shareholder of Pacific Rim Nominees Ltd., denied the claims.",
			nil,
			[]rel{{"Pacific Rim Nominees Ltd.", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}}},
		{"a director field is no share",
			"A user posted the registry entry for Mekong Jade Trading Co., Ltd.: director Wen Haoyu, secretary Lim Siew Hoon.",
			nil,
			[]rel{{"Wen Haoyu", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}, {"Lim Siew Hoon", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}}},
		{"a shareholder meeting is no holder",
			"Mekong Jade Trading Co., Ltd.: shareholders met Wen Haoyu in May.",
			nil,
			[]rel{{"Wen Haoyu", model.Owns, "Mekong Jade Trading Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
