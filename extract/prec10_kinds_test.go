package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecReferenceKinds holds a description's kind against the nearest name of the type:
// "the militia" is an armed body, never the rights group or police named last, and "the
// building" is one structure, never the zone that holds it.
func TestPrecReferenceKinds(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"the militia is not the NGO the survivors spoke to",
			"Golden Reed Park lies on the river south of the town, according to Mekong Rights Watch. The militia's gunmen patrol its fences, survivors told Mekong Rights Watch.",
			nil,
			[]rel{{"Mekong Rights Watch", model.Protects, "Golden Reed Park", ""}}},
		{"the army is not the police force named last",
			"The Tak Provincial Police said 40 workers crossed back from Silver Fern Park on Monday. The army's soldiers guard the park, the workers said.",
			nil,
			[]rel{{"Tak Provincial Police", model.Protects, "Silver Fern Park", ""}}},
		{"the militia is still the armed group named before",
			"Golden Reed Park was built in 2021 on land held by the Karen Frontier Army. The militia's soldiers guard the gates of Golden Reed Park, survivors said.",
			[]rel{{"Karen Frontier Army", model.Protects, "Golden Reed Park", ""}},
			nil},
		{"the building is not the zone it stands in",
			"A mother wrote to us about Heyuan Tower, inside the Nam Tha Special Economic Zone in Luang Namtha province, Laos. Workers say the building is run by Heyuan Digital Co., Ltd. and that the boss is a man called Li Bo.",
			nil,
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Nam Tha Special Economic Zone", ""}}},
		{"the building is still the tower named before",
			"Workers were taken to Lucky Star Tower in northern Laos. They say the building is run by Heyuan Digital Co., Ltd.",
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Lucky Star Tower", ""}},
			nil},
	})
}
