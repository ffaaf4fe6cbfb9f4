package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBuiltThenRuns holds built_then_runs.go to sentences it must read and sentences where it
// must stay silent. The names are invented.
func TestBuiltThenRuns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a relative clause after a firm the land was leased to",
			"The land was leased in 2020 to Silver Kite Development Co., Ltd., which built and still manages Jade Reed Park.",
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park", ""}},
			nil},
		{"a described firm that built and runs a site",
			"The board of Ream Coast Development Co., Ltd., the firm that built and still runs the Coral Sands Resort, is made up of relatives.",
			[]rel{{"Ream Coast Development Co., Ltd.", model.Operates, "Coral Sands Resort", ""}},
			nil},
		{"the site named before and referred to",
			"Police raided Jade Reed Park on Monday. The plot was leased to Silver Kite Development Co., Ltd., which built and now operates the compound.",
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park", ""}},
			nil},
		{"the company behind a site",
			"Both officers were paid by Moei Lantern Development Co., Ltd., the company behind Lantern Gate Park, prosecutors said.",
			[]rel{{"Moei Lantern Development Co., Ltd.", model.Operates, "Lantern Gate Park", ""}},
			nil},
		{"built and still owns",
			"The land was sold to Silver Kite Development Co., Ltd., which built and still owns Jade Reed Park.",
			[]rel{{"Silver Kite Development Co., Ltd.", model.Owns, "Jade Reed Park", ""}},
			nil},
		// Precision.
		{"a contractor that built a site for its owner runs nothing",
			"The towers were put up by Silver Kite Construction Co., Ltd., which built them for the owner of Jade Reed Park.",
			nil,
			[]rel{{"Silver Kite Construction Co., Ltd.", model.Operates, "Jade Reed Park", ""}}},
		{"a firm that built a site and sold it runs nothing",
			"Silver Kite Development Co., Ltd., which built and later sold Jade Reed Park, was not charged.",
			nil,
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park", ""}}},
		{"a firm that sought to run a site runs nothing",
			"Silver Kite Development Co., Ltd., which built roads and sought to manage Jade Reed Park, withdrew in 2021.",
			nil,
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park", ""}}},
		{"a person's clause is no firm's",
			"The plot belongs to Chea Rithy, who built and still runs Jade Reed Park, and to Silver Kite Development Co., Ltd.",
			nil,
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park", ""}}},
		{"the firm behind a site somewhere",
			"Both officers were paid by Moei Lantern Development Co., Ltd., the firm behind Lantern Gate Park in Myawaddy, prosecutors said.",
			[]rel{{"Moei Lantern Development Co., Ltd.", model.Operates, "Lantern Gate Park", ""}},
			nil},
		{"a group behind leaks of a site runs nothing",
			"Justice For Myanmar, the group behind the KK Park leaks, published the files.",
			nil,
			[]rel{{"Justice For Myanmar", model.Operates, "KK Park", ""}}},
		{"a group behind a site's exposure runs nothing",
			"Justice For Myanmar, the group behind KK Park's exposure, published the files.",
			nil,
			[]rel{{"Justice For Myanmar", model.Operates, "KK Park", ""}}},
		{"an armed group behind a site's security runs nothing",
			"The Karen Border Guard Force, the armed group behind KK Park security, denied it.",
			nil,
			[]rel{{"Karen Border Guard Force", model.Operates, "KK Park", ""}, {"Karen National Army", model.Operates, "KK Park", ""}}},
		{"a firm behind a site's expansion runs nothing",
			"Golden Fortune Company, the firm behind KK Park's expansion, said it had no comment.",
			nil,
			[]rel{{"Golden Fortune Company", model.Operates, "KK Park", ""}}},
		{"a developer behind a site may only have built it",
			"Golden Fortune Company, the developer behind KK Park, said it had no comment.",
			nil,
			[]rel{{"Golden Fortune Company", model.Operates, "KK Park", ""}}},
		{"a firm behind a report is no operator",
			"Silver Kite Research Co., Ltd., the company behind the report, named Jade Reed Park.",
			nil,
			[]rel{{"Silver Kite Research Co., Ltd.", model.Operates, "Jade Reed Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestBuiltThenRunsEnds holds a site run or owned in the past up to a year to that End.
func TestBuiltThenRunsEnds(t *testing.T) {
	x := newTestExtractor(t)
	cases := []endCase{
		{"built and ran a site until a year",
			"The land was leased to Silver Kite Development Co., Ltd., which built and ran Jade Reed Park until 2022.",
			[3]string{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park"}, "2022"},
		{"built and owned a site until a year",
			"The land was sold to Silver Kite Development Co., Ltd., which built and owned Jade Reed Park until 2019.",
			[3]string{"Silver Kite Development Co., Ltd.", model.Owns, "Jade Reed Park"}, "2019"},
		{"built and still runs a site has no end",
			"The land was leased in 2020 to Silver Kite Development Co., Ltd., which built and still manages Jade Reed Park.",
			[3]string{"Silver Kite Development Co., Ltd.", model.Operates, "Jade Reed Park"}, ""},
	}
	checkEndCases(t, x, cases)
}
