package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHyphenedHeads holds hyphened_heads.go: an apposition headed by a hyphened noun whose
// last part is a site or business noun places the name; a hyphened word whose last part is
// another noun, and a hyphened head placed only "near", place nothing.
func TestHyphenedHeads(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site described as a resort turned compound",
			"The man sat in a guarded room at Crystal Bay Park, a gated resort-turned-compound in Teuk Chhou district of Kampot province.",
			[]rel{{"Crystal Bay Park", model.LocatedIn, "Teuk Chhou", ""}}, nil},
		{"a site described as a casino-hotel",
			"Managers were moved to Golden Sands Club, a casino-hotel in Tachileik.",
			[]rel{{"Golden Sands Club", model.LocatedIn, "Tachileik", ""}}, nil},
		// Precision.
		{"a hyphened word whose last part is no site or business noun",
			"Payments went to Silver Tide Trading Co., Ltd., a Chinese-run scheme in Bangkok.",
			nil, []rel{{"Silver Tide Trading Co., Ltd.", model.LocatedIn, "Bangkok", ""}}},
		{"a hyphened site noun placed only near a town",
			"The man sat in a guarded room at Crystal Bay Park, a gated resort-turned-compound near Kampot.",
			nil, []rel{{"Crystal Bay Park", model.LocatedIn, "Kampot", ""}}},
	}
	checkRelCases(t, x, cases)
}
