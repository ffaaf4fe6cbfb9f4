package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteArguments: "the site" far back stands for the page's one site when it is a verb's
// object or follows "of"; as a subject or inside a place adjunct ("at the site", "on the
// site") it stays unread (TestFarReferences), and two sites named before leave it open.
func TestSiteArguments(t *testing.T) {
	x := newTestExtractor(t)
	const lead = "Police raided Coral Gate Park in Bavet in March. Officers detained 300 workers. " +
		"Most of them came from Kenya. They were sent home in April. The ministry praised the officers. "
	checkRelCases(t, x, []relCase{
		{"the object of a verb, far back: the one site",
			lead + "Records show that Lantern Peak Holdings Ltd. manages the site.",
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}}, nil},
		{"after a quantity's 'of', far back: the one site",
			lead + "By 2022 most of the site had been leased to Lantern Peak Holdings Ltd., records show.",
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}}, nil},
		{"a place adjunct: the scene, not read far back",
			lead + "A manager of Lantern Peak Holdings Ltd. was arrested at the site.",
			nil,
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}}},
		{"'on the site': a web site, not read far back",
			lead + "Lantern Peak Holdings Ltd. posted job offers on the site.",
			nil,
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}}},
		{"a web site after an app: not read far back",
			lead + "The scam app was hosted abroad. Lantern Peak Holdings Ltd. operates the site.",
			nil,
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}}},
		{"a web site built to lure investors online",
			lead + "Investors were lured online. Lantern Peak Holdings Ltd. built the site in 2021 to lure investors.",
			nil,
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}}},
		{"two sites named before: open",
			"Police raided Coral Gate Park and Silver Moon Park in Bavet in March. Officers detained 300 workers. " +
				"Most of them came from Kenya. They were sent home in April. The ministry praised the officers. " +
				"Records show that Lantern Peak Holdings Ltd. manages the site.",
			nil,
			[]rel{{"Lantern Peak Holdings Ltd.", model.Operates, "Coral Gate Park", ""}, {"Lantern Peak Holdings Ltd.", model.Operates, "Silver Moon Park", ""}}},
	})
}
