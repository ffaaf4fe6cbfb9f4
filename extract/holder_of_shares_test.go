package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHoldersOfShares holds holder_of_shares.go to sentences it must read and sentences where
// it must stay silent. The names are invented.
func TestHoldersOfShares(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"listed as the firm's president and the holder of its shares",
			"Records list Chinese national Li Haoran as Sunhub Digital Inc.'s president and the holder of 60 percent of its shares.",
			[]rel{{"Li Haoran", model.Owns, "Sunhub Digital Inc.", ""}},
			nil},
		{"a copula parted from its posts by an aside",
			"Accused Rogelio Tan was at the time the mayor of Capas and was, per the records filed with the Securities and Exchange Commission, the president of Verdant Realty Corporation and holder of 40 percent of its shares.",
			[]rel{{"Rogelio Tan", model.Owns, "Verdant Realty Corporation", ""}},
			nil},
		{"a post spelt with person, chairperson",
			"Records list Li Haoran as the chairperson of Sunhub Digital Inc. and holder of 60 percent of its shares.",
			[]rel{{"Li Haoran", model.Owns, "Sunhub Digital Inc.", ""}},
			nil},
		// Precision.
		{"another person between is the holder's fellow",
			"Li Haoran named Wu Jie as Sunhub Digital Inc.'s president and the holder of 60 percent of its shares.",
			nil,
			[]rel{{"Li Haoran", model.Owns, "Sunhub Digital Inc.", ""}}},
		{"a holder of something other than shares",
			"Li Haoran was the president of Sunhub Digital Inc. and holder of 60 percent of its debt.",
			nil,
			[]rel{{"Li Haoran", model.Owns, "Sunhub Digital Inc.", ""}}},
	}
	checkRelCases(t, x, cases)
}
