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
		{"a share told by a verb coordinated with the post",
			"At all material times the accused Tan Boon Hock was the sole director of Coral Lane Pte. Ltd. (\"Coral Lane\"), a company incorporated in Singapore which traded in parts, and held half of its shares.",
			[]rel{{"Tan Boon Hock", model.Owns, "Coral Lane Pte. Ltd.", ""}},
			nil},
		{"a stake in the firm after an aside about the person",
			"Somphone Vilay, who served as deputy governor of Bokeo from 2011 to 2016, is vice chairman of Mekong Pearl Holdings Co., Ltd. and holds a 20 percent stake in the firm, according to a company profile.",
			[]rel{{"Somphone Vilay", model.Owns, "Mekong Pearl Holdings Co., Ltd.", ""}},
			nil},
		// Precision.
		{"two firms before the verb leave the share's firm untold",
			"Tan Boon Hock was the sole director of Coral Lane Pte. Ltd., a unit of Harbour Gate Holdings Ltd., and held half of its shares.",
			nil,
			[]rel{{"Tan Boon Hock", model.Owns, "Coral Lane Pte. Ltd.", ""}, {"Tan Boon Hock", model.Owns, "Harbour Gate Holdings Ltd.", ""}}},
		{"the share of another person named after the post",
			"Tan Boon Hock was the sole director of Coral Lane Pte. Ltd., and his cousin, Wu Meiling, held half of its shares.",
			nil,
			[]rel{{"Tan Boon Hock", model.Owns, "Coral Lane Pte. Ltd.", ""}}},
		{"a share of the firm's debt",
			"Tan Boon Hock was the sole director of Coral Lane Pte. Ltd. and held half of its debt.",
			nil,
			[]rel{{"Tan Boon Hock", model.Owns, "Coral Lane Pte. Ltd.", ""}}},
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
