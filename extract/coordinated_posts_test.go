package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoordinatedPosts holds the shapes of coordinated_posts.go: a second post joined by
// "and" after a first body, and "and of" repeating the first post; and sentences that must
// give no second post.
func TestCoordinatedPosts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a rank in one body and commander of another", "Sok Pisey, a colonel in the Royal Cambodian Armed Forces and commander of Infantry Battalion 412, took the payments.",
			[]rel{{"Sok Pisey", model.Directs, "Infantry Battalion 412", ""}}, nil},
		{"an office and president of an association", "The chairman is Lim Dara, who is at the same time a secretary of state at the Ministry of Commerce and president of the Mekong Border Trade Association.",
			[]rel{{"Lim Dara", model.Directs, "Mekong Border Trade Association", ""}}, nil},
		{"a director of one and of another", "His wife, Chan Mealea, is a director of Blue Reef Holdings Co., Ltd. and of Golden Reef Development Co., Ltd.",
			[]rel{{"Chan Mealea", model.Directs, "Golden Reef Development Co., Ltd.", ""}}, nil},
		// Must not fire.
		{"a former post covers both", "Sok Pisey, a former director of Blue Reef Holdings Co., Ltd. and of Golden Reef Development Co., Ltd., spoke.",
			nil, []rel{{"Sok Pisey", model.Directs, "Golden Reef Development Co., Ltd.", ""}}},
		{"the second body's possessed unit", "Sok Pisey, a colonel in the Royal Cambodian Armed Forces and commander of Golden Reef Development Co., Ltd.'s guard unit, spoke.",
			nil, []rel{{"Sok Pisey", model.Directs, "Golden Reef Development Co., Ltd.", ""}}},
		{"a client, no post", "Sok Pisey, a client of Blue Reef Holdings Co., Ltd. and critic of Golden Reef Development Co., Ltd., spoke.",
			nil, []rel{{"Sok Pisey", model.Directs, "Golden Reef Development Co., Ltd.", ""}}},
	})
}
