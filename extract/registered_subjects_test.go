package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRegisteredSubjects holds registered_subjects.go: a site or firm registered in an
// owner's name is owned by it; people or things at the site registered in a name are not.
func TestRegisteredSubjects(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site registered in a person's name",
			"Golden Lotus Park is registered in the name of Lim Heng.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Park", ""}}, nil},
		{"a firm registered in a person's name",
			"Golden Fortune Co., Ltd. was registered in the name of Lim Heng.",
			[]rel{{"Lim Heng", model.Owns, "Golden Fortune Co., Ltd.", ""}}, nil},
		{"workers at the site registered in a person's name",
			"Workers at Golden Lotus Park were registered in the name of Lim Heng, the survivors said.",
			nil, []rel{{"Lim Heng", model.Owns, "Golden Lotus Park", ""}}},
		{"workers at the site registered in a firm's name",
			"The workers at Golden Lotus Park were registered in the name of Golden Fortune Co., Ltd., the survivors said.",
			nil, []rel{{"Golden Fortune Co., Ltd.", model.Owns, "Golden Lotus Park", ""}}},
		{"SIM cards used at the site",
			"SIM cards used at Golden Lotus Park were registered in the name of Lim Heng.",
			nil, []rel{{"Lim Heng", model.Owns, "Golden Lotus Park", ""}}},
		{"a firm's vehicles registered to a person",
			"Vehicles of Golden Fortune Co., Ltd. were registered to Lim Heng.",
			nil, []rel{{"Lim Heng", model.Owns, "Golden Fortune Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
