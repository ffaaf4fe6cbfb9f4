package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKindModifiers holds a class noun of another kind read as the modifier of a description's
// head ("the zone company"): the firm whose name holds the modifier is meant, and no firm
// when none does. The names are invented.
func TestKindModifiers(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site's kind as the modifier of a firm",
			"In 2019 the concession passed to a new entity, Dangrek Border Special Economic Zone Co., Ltd., which went on to develop the site. The senator's son-in-law, Tep Vannak, chairs the zone company.",
			[]rel{{"Tep Vannak", model.Directs, "Dangrek Border Special Economic Zone Co., Ltd.", ""}},
			nil},
		{"a site's kind no firm's name holds",
			"Golden Reed Co., Ltd. signed a lease in 2021. Tep Vannak chairs the casino company.",
			nil,
			[]rel{{"Tep Vannak", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"of two firms, the one whose name holds the modifier",
			"Golden Reed Co., Ltd. leased the land to Lotus Bay Casino Co., Ltd. in 2021. Tep Vannak chairs the casino company.",
			[]rel{{"Tep Vannak", model.Directs, "Lotus Bay Casino Co., Ltd.", ""}},
			[]rel{{"Tep Vannak", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"two heads of one kind stay one head",
			"Police raided Lotus Bay Park on Monday. The casino complex is run by Golden Reed Co., Ltd., officials said.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
	}
	checkRelCases(t, x, cases)
}
