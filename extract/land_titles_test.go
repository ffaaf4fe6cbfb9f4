package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLandTitles holds land_titles.go to titles in an owner's name and to sales told with a
// time that is no year, and keeps it silent on sellers and on what is no land. The names are
// invented.
func TestLandTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"land under a site told before registered in a firm's name",
			"Police raided Mabini Ridge Hub in March. The land on which the hub stands is registered in the name of Santa Rosa Land Corp., court records show.",
			[]rel{{"Santa Rosa Land Corp.", model.Owns, "Mabini Ridge Hub", ""}},
			nil},
		{"a registry number between the title and the name",
			"Police raided the Mabini Ridge Compound in March. The parcel on which the compound stands is registered under Transfer Certificate of Title No. 112-2019004 in the name of Santa Rosa Land Corp.",
			[]rel{{"Santa Rosa Land Corp.", model.Owns, "Mabini Ridge Compound", ""}},
			nil},
		{"a named site on a lot titled in a firm's name",
			"The lot on which Mabini Ridge Park stands is titled in the name of Santa Rosa Land Corp.",
			[]rel{{"Santa Rosa Land Corp.", model.Owns, "Mabini Ridge Park", ""}},
			nil},
		{"land under a site leased to a firm is not in its name",
			"The land on which Mabini Ridge Park stands is leased to Santa Rosa Land Corp., a local firm.",
			nil,
			[]rel{{"Santa Rosa Land Corp.", model.Owns, "Mabini Ridge Park", ""}}},
		{"a site registered with an agency in a firm's name is no land title",
			"Mabini Ridge Park was registered with the Securities and Exchange Commission in the name of Santa Rosa Land Corp.",
			nil,
			[]rel{{"Santa Rosa Land Corp.", model.Owns, "Mabini Ridge Park", ""}}},
		{"a title that has ended",
			"The land on which Xinghe Park stands was registered in the name of Chen Weiming until 2019.",
			nil,
			[]rel{{"Chen Weiming", model.Owns, "Xinghe Park", ""}}},
		{"a buyer who sold the site on",
			"Fortune Reed Group sold Xinghe Park in 2019 to Jinbao Holdings Ltd, which sold it in 2022 to Chen Weiming.",
			nil,
			[]rel{{"Jinbao Holdings Ltd", model.Owns, "Xinghe Park", ""}}},
		{"a sale last year: the buyer owns the site, the seller no longer does",
			"Fortune Reed Group sold Xinghe Park last year to Jinbao Holdings Ltd and no longer runs it.",
			[]rel{{"Jinbao Holdings Ltd", model.Owns, "Xinghe Park", ""}},
			[]rel{{"Fortune Reed Group", model.Owns, "Xinghe Park", ""}}},
		{"a site's land sold in a year",
			"Police raided the Jinbao Compound in Kandal. Sokha Agro Co., Ltd. sold the Jinbao Compound land in 2023 to Tianlu Pacific Holdings Ltd, a Hong Kong firm.",
			[]rel{{"Tianlu Pacific Holdings Ltd", model.Owns, "Jinbao Compound", ""}},
			[]rel{{"Sokha Agro Co., Ltd.", model.Owns, "Jinbao Compound", ""}}},
		{"what is sold from a site is not the site",
			"Fortune Reed Group sold Xinghe Park generators last year to Jinbao Holdings Ltd.",
			nil,
			[]rel{{"Jinbao Holdings Ltd", model.Owns, "Xinghe Park", ""}}},
		{"a sale denied keeps no owner",
			"Fortune Reed Group denied that it sold Xinghe Park last year to Jinbao Holdings Ltd.",
			nil,
			[]rel{{"Fortune Reed Group", model.Owns, "Xinghe Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
