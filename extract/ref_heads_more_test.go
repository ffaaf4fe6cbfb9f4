package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRefHeadsMore holds the reference heads a site's tenant and a site's other names add
// ("the operator", "the tenant", "the lessee", "the facility") and the apposition that makes
// a description introduce a name rather than stand for one before. The names are invented.
func TestRefHeadsMore(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the operator named before runs the site named after",
			"Golden Reed Co., Ltd. signed a lease in 2021. The operator ran Lotus Bay Park until the raid.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"the tenant's chief executive",
			"Lotus Bay Park was leased to Golden Reed Co., Ltd. in 2021. Gao Ming was chief executive of the tenant until the raid.",
			[]rel{{"Gao Ming", model.Directs, "Golden Reed Co., Ltd.", ""}},
			nil},
		{"the facility run by a firm",
			"Police raided Lotus Bay Park on Monday. The facility is run by Golden Reed Co., Ltd., officials said.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"a description its apposition names stands for nothing before",
			"Lotus Bay Park was owned by Silver Crane Holdings Ltd. Gao Ming was chief executive of the tenant, Golden Reed Co., Ltd., until the raid.",
			[]rel{{"Gao Ming", model.Directs, "Golden Reed Co., Ltd.", ""}},
			[]rel{{"Gao Ming", model.Directs, "Silver Crane Holdings Ltd.", ""}}},
		{"the developer named by its apposition is not the firm before",
			"Silver Crane Holdings Ltd. sold the plot in 2019. The developer, Golden Reed Co., Ltd., built Lotus Bay Park on it.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
