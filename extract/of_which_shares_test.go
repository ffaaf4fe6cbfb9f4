package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOfWhichShares holds the shape of of_which_shares.go ("B, of which A owns 40 percent")
// with its precision cases.
func TestOfWhichShares(t *testing.T) {
	x := newTestExtractor(t)
	own := func(a, b string) []rel { return []rel{{a, model.Owns, b, ""}} }
	checkRelCases(t, x, []relCase{
		{"a share in words with its figure", "The land is registered to Tarlac Greenfield Land Corp., of which accused Maricel Dungca owns forty percent (40%) of the outstanding capital stock and serves as Corporate Secretary.",
			own("Maricel Dungca", "Tarlac Greenfield Land Corp."), nil},
		{"a plain share", "The land is registered to Golden Harbour Co., Ltd., of which Somchai Rattana owns 40 percent.",
			own("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"an apposition and the remaining share", "Golden Harbour Co., Ltd., of which Somchai Rattana, a Thai businessman, holds the remaining 30 percent, runs the site.",
			own("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"a firm holding the shares", "Golden Harbour Co., Ltd., of which Blue River Holdings Ltd. holds 60 percent of the shares, runs the site.",
			own("Blue River Holdings Ltd.", "Golden Harbour Co., Ltd."), nil},
		{"a hedge lowers the grade", "Golden Harbour Co., Ltd., of which Somchai Rattana reportedly owns half, runs the site.",
			[]rel{{"Somchai Rattana", model.Owns, "Golden Harbour Co., Ltd.", model.Alleged}}, nil},
		// Must not fire.
		{"a relative's share", "Golden Harbour Co., Ltd., of which Somchai Rattana's wife owns 40 percent, runs the site.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a share sold", "Golden Harbour Co., Ltd., of which Somchai Rattana sold 40 percent in 2020, runs the site.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a share of something else", "Golden Harbour Co., Ltd., of which Somchai Rattana owns 40 percent of the land, runs the site.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a denial", "Golden Harbour Co., Ltd., of which Somchai Rattana denied owning 40 percent, runs the site.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a wish to buy", "Golden Harbour Co., Ltd., of which Somchai Rattana wanted to buy 40 percent, runs the site.",
			nil, own("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"a lawyer beside the holder", "Golden Harbour Co., Ltd., of which Somchai Rattana and his lawyer Nguyen Van An own 40 percent, runs the site.",
			nil, own("Nguyen Van An", "Golden Harbour Co., Ltd.")},
	})
}
