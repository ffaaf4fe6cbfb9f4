package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPlacedSiteRunners: a site placed by a run of places, then "which was run by" a firm: the
// firm OPERATES the site. A clause after a place named with its own noun, or a runner that is
// an armed group or a person (towns are run by them), is not read.
func TestPlacedSiteRunners(t *testing.T) {
	x := newTestExtractor(t)
	op := func(a, b string) rel { return rel{a, model.Operates, b, ""} }
	cases := []relCase{
		{"a site in a town and a country, run by a firm",
			"He delivered them to the Grand Emperor Compound in Sihanoukville, Cambodia, which was run by Huangdi International Group.",
			[]rel{op("Huangdi International Group", "Grand Emperor Compound")}, nil},
		{"a site in a province, operated by a firm",
			"The funds came from Golden Reed Park in Kampot province, which is operated by Reed Star Co., Ltd.",
			[]rel{op("Reed Star Co., Ltd.", "Golden Reed Park")}, nil},
		// Precision.
		{"a town run by an armed group",
			"Workers were held at Golden Reed Park in Mong La, which is run by the National Democratic Alliance Army.",
			nil, []rel{op("National Democratic Alliance Army", "Golden Reed Park")}},
		{"a clause after a place described with its own noun",
			"Workers were held at Golden Reed Park in Bavet, a town that is run by Reed Star Co., Ltd.",
			nil, []rel{op("Reed Star Co., Ltd.", "Golden Reed Park")}},
		{"a clause of another verb",
			"Workers were held at Golden Reed Park in Sihanoukville, which was raided by the Reed Star Co., Ltd.",
			nil, []rel{op("Reed Star Co., Ltd.", "Golden Reed Park")}},
		{"a zone and its province before the clause: the zone's runner",
			"Workers were held at the Golden Fortune compound in Dara Sakor, Koh Kong province, which is run by Union Development Group Co., Ltd.",
			nil, []rel{op("Union Development Group Co., Ltd.", "Golden Fortune")}},
		{"a runner whose run has ended",
			"Workers were held at the Golden Fortune compound in Sihanoukville, Cambodia, which was run by Huangdi International Group until it sold the site in 2020.",
			nil, []rel{op("Huangdi International Group", "Golden Fortune")}},
	}
	checkRelCases(t, x, cases)
}
