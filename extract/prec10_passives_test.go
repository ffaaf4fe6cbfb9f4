package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecPassiveAgents holds a passive's agent to the phrase it belongs to: a site named
// only as where the subject stands ("the tower inside the zone was run by B") and an agent
// of a second participle ("built on land allocated by B") get no tie to the site.
func TestPrecPassiveAgents(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a tower inside a zone, run by a firm",
			"Until March, the 20-storey glass tower inside Golden Reed Park was operated by Heyuan Digital Co., Ltd., officials said.",
			nil,
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Golden Reed Park", ""}}},
		{"a block within a site, managed by a person",
			"The men were held in a dormitory block within Silver Fern Park run by Chen Wei, a Chinese national.",
			nil,
			[]rel{{"Chen Wei", model.Operates, "Silver Fern Park", ""}}},
		{"land given by an armed group",
			"Golden Reed Park was built on land allocated by the Karen Frontier Army in 2020.",
			nil,
			[]rel{{"Karen Frontier Army", model.Operates, "Golden Reed Park", ""}}},
		{"money lent by a bank",
			"Silver Fern Park was developed with loans granted by Mekong Capital Bank Ltd.",
			nil,
			[]rel{{"Mekong Capital Bank Ltd.", model.Operates, "Silver Fern Park", ""}}},
		{"the site itself, run by a firm",
			"Golden Reed Park is operated by Heyuan Digital Co., Ltd., officials said.",
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Golden Reed Park", ""}},
			nil},
		{"a site developed and run by a firm",
			"Silver Fern Park was built and operated by Heyuan Digital Co., Ltd. from 2019.",
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Silver Fern Park", ""}},
			nil},
		{"a site run in part by a firm",
			"Golden Reed Park was run in part by Heyuan Digital Co., Ltd. until 2023.",
			[]rel{{"Heyuan Digital Co., Ltd.", model.Operates, "Golden Reed Park", ""}},
			nil},
	})
}

// TestStructureAtSite holds reStructureAtBefore: a building, road or business at a site is
// what the passive after the site tells of; the site itself keeps its own passive.
func TestStructureAtSite(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"the site's own passive",
			"Silver Bay Park is owned by Wang Li.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"operations at a site are the site's",
			"Operations at Silver Bay Park are run by Golden Reed Co., Ltd.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}, nil},
		{"the site's own floors",
			"Survivors said the floors at Silver Bay Park were run by a firm called Golden Reed Co., Ltd.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", "alleged"}}, nil},
		// Precision.
		{"another building in the site",
			"He was sold from Silver Bay Park to another building in the zone run by a company called Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"a hotel at the site",
			"A hotel at Silver Bay Park is owned by Wang Li.",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"the road to the site",
			"The road to Silver Bay Park was built by Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"a casino in the site, a participle after it",
			"Police raided a casino in Silver Bay Park owned by Wang Li.",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"the offices near the site",
			"The offices near Silver Bay Park were managed by Blue Tide Digital Co., Ltd.",
			nil, []rel{{"Blue Tide Digital Co., Ltd.", model.Operates, "Silver Bay Park", ""}, {"Blue Tide Digital Co., Ltd.", model.Directs, "Silver Bay Park", ""}}},
	})
}
