package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLandPair holds the coordinated description of a site's ground and buildings ("the land
// and buildings are owned by X") to sentences it must read and sentences where it must stay
// silent. The names are invented.
func TestLandPair(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the land and buildings owned by a firm, the site named the sentence before",
			"Police raided Jade Orchid Park on Monday. The land and buildings are owned by Silver Crane Development Co., Ltd., a local firm.",
			[]rel{{"Silver Crane Development Co., Ltd.", model.Owns, "Jade Orchid Park", ""}},
			nil},
		{"the land and the building belong to a person",
			"Rescuers freed 200 workers from Golden Reed Tower last week. The land and the building belong to Aung Min Htet, according to the title deed.",
			[]rel{{"Aung Min Htet", model.Owns, "Golden Reed Tower", ""}},
			nil},
		{"the pair placed somewhere else is a new description",
			"Police raided Jade Orchid Park on Monday. The land and buildings in Kampot are owned by Silver Crane Development Co., Ltd.",
			nil,
			[]rel{{"Silver Crane Development Co., Ltd.", model.Owns, "Jade Orchid Park", ""}}},
		{"the land and a neighbouring hotel are not the site's ground",
			"Police raided Jade Orchid Park on Monday. The land and the hotel next door are owned by Silver Crane Development Co., Ltd.",
			nil,
			[]rel{{"Silver Crane Development Co., Ltd.", model.Owns, "Jade Orchid Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
