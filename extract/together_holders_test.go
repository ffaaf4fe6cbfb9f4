package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTogetherHolders holds together_holders.go to sentences it must read and sentences where
// it must stay silent. The names are invented.
func TestTogetherHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a described holder and his wife hold two firms together",
			"Among them are Anan Sukjai, 58, a former district councillor, and his wife, Ratana Sukjai, who together own Moei Star Freight Co., Ltd. and Silver Path Realty Co., Ltd.",
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""},
				{"Anan Sukjai", model.Owns, "Silver Path Realty Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Silver Path Realty Co., Ltd.", ""}},
			nil},
		{"all of its shares: the firm named before the holders",
			"The agency, Northern Lotus Travel Co., Ltd., is registered to Prasit Boonmee and his wife, Malee Boonmee, who together hold all of its shares.",
			[]rel{{"Prasit Boonmee", model.Owns, "Northern Lotus Travel Co., Ltd.", ""}, {"Malee Boonmee", model.Owns, "Northern Lotus Travel Co., Ltd.", ""}},
			nil},
		{"a couple after a firm's description, each with a post",
			"The building is owned by Bayside Ridge Realty Inc., a family corporation of the spouses Ramon Dizon, its president, and Lorna Dizon, its treasurer, who together own all of its shares.",
			[]rel{{"Ramon Dizon", model.Owns, "Bayside Ridge Realty Inc.", ""}, {"Lorna Dizon", model.Owns, "Bayside Ridge Realty Inc.", ""}},
			nil},
		// Precision.
		{"its shares with two firms before the holders",
			"Moei Star Freight Co., Ltd., a subsidiary of Golden River Park Co., Ltd., is managed by Anan Sukjai and his wife, Ratana Sukjai, who together hold all of its shares.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Golden River Park Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Golden River Park Co., Ltd.", ""}}},
		{"a subject listed after the held firm is not held",
			"Anan Sukjai and his wife, Ratana Sukjai, who together own Moei Star Freight Co., Ltd., and Golden River Park Co., Ltd. were named in the lawsuit.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Golden River Park Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Golden River Park Co., Ltd.", ""}}},
		{"a former joint holding",
			"Anan Sukjai and his wife, Ratana Sukjai, who together owned Moei Star Freight Co., Ltd. until 2021, sold it to a Chinese investor.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}}},
		{"a holding that ended is no holding",
			"Anan Sukjai and his wife, Ratana Sukjai, who together own Moei Star Freight Co., Ltd. before selling it in 2022, were questioned.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}}},
		{"joint work is no holding",
			"Anan Sukjai and his wife, Ratana Sukjai, who together run recruitment for Moei Star Freight Co., Ltd., were charged.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}}},
		{"a firm that merely did business with the holders' firm",
			"Anan Sukjai and Ratana Sukjai, who together own Moei Star Freight Co., Ltd., supplied trucks to Golden River Park Co., Ltd.",
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}},
			[]rel{{"Anan Sukjai", model.Owns, "Golden River Park Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Golden River Park Co., Ltd.", ""}}},
		{"the partner of one holder is no holder",
			"The partner of Anan Sukjai and Ratana Sukjai, who together own Moei Star Freight Co., Ltd., declined to comment.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}}},
		{"a firm's parent told as possessor is not what is held",
			"Anan Sukjai and Ratana Sukjai, who together own Moei Star Freight Co., Ltd.'s parent, were charged.",
			nil,
			[]rel{{"Anan Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}, {"Ratana Sukjai", model.Owns, "Moei Star Freight Co., Ltd.", ""}}},
		{"a denial",
			"Anan Sukjai and his wife, Ratana Sukjai, who together own Moei Star Freight Co., Ltd., deny any role in the scheme.",
			nil,
			nil},
	}
	checkRelCases(t, x, cases)
}
