package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignationTags holds designation_tags.go: a designation row's closing programme tag
// and a street before the town, with precision cases.
func TestDesignationTags(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a row that ends in a programme tag",
			"The following entities were designated:\n\nPEARL BAY HOLDINGS CO., LTD., Koh Kong, Cambodia [GLOMAG].\n\nJADE WAVE TRADING CO., LTD., Phnom Penh, Cambodia [TCO].",
			[]rel{{"PEARL BAY HOLDINGS CO., LTD.", model.LocatedIn, "Koh Kong", ""},
				{"JADE WAVE TRADING CO., LTD.", model.LocatedIn, "Phnom Penh", ""}}, nil},
		{"a tag after a semicolon row",
			"Also designated:\n\nMOONRISE PAYMENT SERVICES CO., LTD.; Vientiane, Laos [CYBER2].",
			[]rel{{"MOONRISE PAYMENT SERVICES CO., LTD.", model.LocatedIn, "Vientiane", ""}}, nil},
		{"a street before the town",
			"The following entities were designated:\n\nLOTUS REEF TRADING CO., LTD., No. 88 Street 271, Phnom Penh, Cambodia [GLOMAG].",
			[]rel{{"LOTUS REEF TRADING CO., LTD.", model.LocatedIn, "Phnom Penh", ""}}, nil},
		// Precision.
		{"a row that goes on after the tag",
			"The following entities were designated:\n\nPEARL BAY HOLDINGS CO., LTD., Koh Kong, Cambodia [GLOMAG]; a subsidiary of a firm in Vientiane.",
			nil, []rel{{"PEARL BAY HOLDINGS CO., LTD.", model.LocatedIn, "Vientiane", ""}}},
		{"a bracketed word that is no tag",
			"The following entities were designated:\n\nPEARL BAY HOLDINGS CO., LTD., Koh Kong [sic] office moved to Vientiane.",
			nil, []rel{{"PEARL BAY HOLDINGS CO., LTD.", model.LocatedIn, "Vientiane", ""}}},
		{"a person's row is not a firm's seat",
			"The following individuals were designated:\n\nHENG, Dara, Phnom Penh, Cambodia [GLOMAG].",
			nil, []rel{{"Heng Dara", model.LocatedIn, "Phnom Penh", ""}, {"HENG, Dara", model.LocatedIn, "Phnom Penh", ""}}},
		{"a wire credit in brackets is no tag",
			"Golden Harbor Holdings Co., Ltd., Bangkok, Thailand [AFP].",
			nil, []rel{{"Golden Harbor Holdings Co., Ltd.", model.LocatedIn, "Bangkok", ""}}},
		{"a note in capitals in brackets is no tag",
			"Golden Harbor Holdings Co., Ltd., Myawaddy, Myanmar [RAIDED].",
			nil, []rel{{"Golden Harbor Holdings Co., Ltd.", model.LocatedIn, "Myawaddy", ""}}},
		{"a tag named by its executive order",
			"The following entities were designated:\n\nPEARL BAY HOLDINGS CO., LTD., Myawaddy, Burma [BURMA-EO14014].",
			[]rel{{"PEARL BAY HOLDINGS CO., LTD.", model.LocatedIn, "Myawaddy", ""}}, nil},
		{"a row that names another firm after the places",
			"The following entities were designated:\n\nPEARL BAY HOLDINGS CO., LTD., Koh Kong, Cambodia (Linked To: JADE WAVE TRADING CO., LTD.) [GLOMAG].",
			nil, []rel{{"JADE WAVE TRADING CO., LTD.", model.LocatedIn, "Koh Kong", ""}}},
	}
	checkRelCases(t, x, cases)
}
