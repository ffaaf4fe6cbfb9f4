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
		{"a relative in the first apposition, then a post with its article", "SENG Vannak, brother of SENG Rithy and a director of Poipet Sapphire Entertainment Co., Ltd., the company that operates the resort;",
			[]rel{{"SENG Vannak", model.Directs, "Poipet Sapphire Entertainment Co., Ltd.", ""}}, []rel{{"SENG Rithy", model.Directs, "Poipet Sapphire Entertainment Co., Ltd.", ""}}},
		{"a relative in the first apposition, then a deputy post", "Chea Sokha, younger brother of Chea Vibol and deputy commander of the Koh Kong Provincial Gendarmerie.",
			[]rel{{"Chea Sokha", model.Directs, "Koh Kong Provincial Gendarmerie", ""}}, []rel{{"Chea Vibol", model.Directs, "Koh Kong Provincial Gendarmerie", ""}}},
		// Must not fire.
		{"the first post is a relative's", "Li Ming, the son of the chairman of Prince Holding Group and also a director of Star Link Co., Ltd., was arrested.",
			nil, []rel{{"Li Ming", model.Directs, "Star Link Co., Ltd.", ""}, {"Li Ming", model.Directs, "Prince Holding Group", ""}}},
		{"the first post is another's post", "Li Ming, the deputy of the chairman of Prince Holding Group and also a director of Star Link Co., Ltd., was arrested.",
			nil, []rel{{"Li Ming", model.Directs, "Prince Holding Group", ""}}},
		{"the second body names a noun's modifier", "Lin Mei, the younger sister of Lin Hao and deputy head of the Kylin Resources probe, spoke.",
			nil, []rel{{"Lin Mei", model.Directs, "Kylin Resources", ""}}},
		{"the second body owns the noun after it", "Wang Tao, brother of Hun To and director of Kylin Resources' parent firm, was arrested.",
			nil, []rel{{"Wang Tao", model.Directs, "Kylin Resources", ""}}},
		{"the post's holder named after the body", "Wang Tao, brother of Hun To and chairman of Kylin Resources, Le Mai, spoke.",
			nil, []rel{{"Wang Tao", model.Directs, "Kylin Resources", ""}}},
		{"the relative's own apposition: the post is the relative's", "Lim Sreymom, the wife of Heng Vichet, chairwoman of Sokhom Heng Development Co., Ltd., declined to comment.",
			nil, []rel{{"Lim Sreymom", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"the relative of the other's driver", "Lim Sreymom, the wife of Heng Vichet's driver and a director of Sokhom Heng Development Co., Ltd., declined to comment.",
			nil, []rel{{"Lim Sreymom", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}, {"Heng Vichet", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"a friend is no relative", "Lim Sreymom, a friend of Heng Vichet and a director of Sokhom Heng Development Co., Ltd., declined to comment.",
			nil, []rel{{"Heng Vichet", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"a former post after the relative", "Lim Sreymom, the wife of Heng Vichet and a former director of Sokhom Heng Development Co., Ltd., declined to comment.",
			nil, []rel{{"Heng Vichet", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"a stake after the relative is no post", "Lim Sreymom, the sister of Heng Vichet and a shareholder of Sokhom Heng Development Co., Ltd., declined to comment.",
			nil, []rel{{"Lim Sreymom", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}, {"Heng Vichet", model.Directs, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"a former post covers both", "Sok Pisey, a former director of Blue Reef Holdings Co., Ltd. and of Golden Reef Development Co., Ltd., spoke.",
			nil, []rel{{"Sok Pisey", model.Directs, "Golden Reef Development Co., Ltd.", ""}}},
		{"the second body's possessed unit", "Sok Pisey, a colonel in the Royal Cambodian Armed Forces and commander of Golden Reef Development Co., Ltd.'s guard unit, spoke.",
			nil, []rel{{"Sok Pisey", model.Directs, "Golden Reef Development Co., Ltd.", ""}}},
		{"a client, no post", "Sok Pisey, a client of Blue Reef Holdings Co., Ltd. and critic of Golden Reef Development Co., Ltd., spoke.",
			nil, []rel{{"Sok Pisey", model.Directs, "Golden Reef Development Co., Ltd.", ""}}},
	})
}

// TestSecondPostAfterOtherBody holds "X, chairman of A's subsidiary and also a director of A"
// to X DIRECTS A through the second post (coordinatedPostPair): the first post, in a body A
// owns, gives A nothing (other_bodies.go), the second does.
func TestSecondPostAfterOtherBody(t *testing.T) {
	x := newTestExtractor(t)
	dir := []rel{{"Wang Lei", model.Directs, "Kylin Group", ""}}
	checkRelCases(t, x, []relCase{
		{"chairman of a subsidiary and also a director", "Wang Lei, chairman of Kylin Group's subsidiary and also a director of Kylin Group, spoke.", dir, nil},
		{"a clause with the two posts", "Wang Lei is chairman of Kylin Group's subsidiary and also a director of Kylin Group.", dir, nil},
		{"a bare first post and a second body", "Wang Lei, chairman of Star Link Co. and also a director of Kylin Group, spoke.",
			[]rel{{"Wang Lei", model.Directs, "Kylin Group", ""}, {"Wang Lei", model.Directs, "Star Link Co.", ""}}, nil},
		// Must not fire.
		{"the first post only, in the subsidiary", "Wang Lei, chairman of Kylin Group's subsidiary, spoke.", nil, dir},
		{"a second post in the partner", "Wang Lei, chairman of Kylin Group's subsidiary and of Kylin Group's partner firm, spoke.", nil, dir},
		{"a supplier, not a post", "Wang Lei, chairman of Kylin Group's subsidiary and a supplier of Kylin Group, spoke.", nil, dir},
		{"a former second post", "Wang Lei, chairman of Kylin Group's subsidiary and a former director of Kylin Group, spoke.", nil, dir},
	})
}
