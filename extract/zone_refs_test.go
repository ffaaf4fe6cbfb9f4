package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStructureNotZone: "the building" or "the tower" after a site set inside a special
// economic zone is the site, never the zone; with two sites, or none but the zone, it stands
// for nothing; "the zone" still stands for the zone.
func TestStructureNotZone(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the building is the tower inside the zone",
			"Relatives wrote about Jinhai Tower, inside the Mekong Pearl Special Economic Zone in Bokeo province. Former workers say the building is run by Jinhai Network Co., Ltd.",
			[]rel{{"Jinhai Network Co., Ltd.", model.Operates, "Jinhai Tower", ""}},
			[]rel{{"Jinhai Network Co., Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""}}},
		{"the building after a zone written SEZ",
			"Rescuers reached Lotus Tower in the Mekong Pearl SEZ on Monday. The building was operated by Red River Digital Ltd., police said.",
			[]rel{{"Red River Digital Ltd.", model.Operates, "Lotus Tower", ""}},
			[]rel{{"Red River Digital Ltd.", model.Operates, "Mekong Pearl SEZ", ""}}},
		{"two buildings in the zone leave the building open",
			"Police entered Jinhai Tower and Silver Crane Park, both inside the Mekong Pearl Special Economic Zone. The building is run by Jinhai Network Co., Ltd.",
			nil,
			[]rel{{"Jinhai Network Co., Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""},
				{"Jinhai Network Co., Ltd.", model.Operates, "Silver Crane Park", ""}}},
		{"a zone alone is no building",
			"Police toured the Mekong Pearl Special Economic Zone on Monday. The building is run by Jinhai Network Co., Ltd., a worker said.",
			nil, []rel{{"Jinhai Network Co., Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""}}},
		{"the zone is still the zone",
			"Relatives wrote about Jinhai Tower, inside the Mekong Pearl Special Economic Zone in Bokeo province. The zone is run by Golden Reed Holdings Ltd.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Operates, "Mekong Pearl Special Economic Zone", ""}},
			[]rel{{"Golden Reed Holdings Ltd.", model.Operates, "Jinhai Tower", ""}}},
	}
	checkRelCases(t, x, cases)
}
