package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHoldingAsides holds each rule of holding_asides.go to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestHoldingAsides(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A person's apposition that names a body, then the verb.
		{"a councillor's apposition, then a share",
			"Rodel Manalo, a member of the Mabalacat City Council, owns 20 percent of Blue Heron Capital Co., Ltd.",
			[]rel{{"Rodel Manalo", model.Owns, "Blue Heron Capital Co., Ltd.", ""}},
			nil},
		{"a councillor's apposition, then a who clause with a share",
			"Among them is Rodel Manalo, a member of the Mabalacat City Council, who holds 20 percent of Blue Heron Capital Co., Ltd.",
			[]rel{{"Rodel Manalo", model.Owns, "Blue Heron Capital Co., Ltd.", ""}},
			nil},
		{"an officer's apposition, then a stake",
			"Saw Win Htet, an officer of the Karen National Army, holds a 5% stake in Blue Heron Capital Co., Ltd.",
			[]rel{{"Saw Win Htet", model.Owns, "Blue Heron Capital Co., Ltd.", ""}},
			nil},
		{"a who clause after an apposition naming another person is that person's",
			"Mya Mya, the wife of Gao Ming, who owns 20 percent of Blue Heron Capital Co., Ltd., declined to comment.",
			nil,
			[]rel{{"Mya Mya", model.Owns, "Blue Heron Capital Co., Ltd.", ""}}},
		{"a verb of speech after the apposition owns nothing",
			"Rodel Manalo, a member of the Mabalacat City Council, said the council owns 20 percent of Blue Heron Capital Co., Ltd.",
			nil,
			[]rel{{"Rodel Manalo", model.Owns, "Blue Heron Capital Co., Ltd.", ""}}},
		// An aside between the subject and its verb.
		{"however between a site and its passive",
			"Lotus Bay Park, however, is run by Golden Reed Co., Ltd.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"in turn after the auxiliary",
			"Silver Crane Co., Ltd. is, in turn, owned by Golden Reed Holdings Ltd.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Owns, "Silver Crane Co., Ltd.", ""}},
			nil},
		{"a source's aside before a subsidiary",
			"Silver Crane Co., Ltd., filings show, is a wholly owned subsidiary of Golden Reed Holdings Ltd.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Owns, "Silver Crane Co., Ltd.", ""}},
			nil},
		{"a possessed post, an aside, then the holder",
			"Blue Heron Capital's largest shareholder, records show, is Golden Reed Holdings Ltd., a company registered in the British Virgin Islands.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Owns, "Blue Heron Capital", ""}},
			nil},
		{"an aside before a verb that is no holding",
			"Lotus Bay Park, however, is patrolled at night by guards hired from Golden Reed Co., Ltd.",
			nil,
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}, {"Golden Reed Co., Ltd.", model.Owns, "Lotus Bay Park", ""}}},
		{"an aside that names someone else keeps the rule silent",
			"Lotus Bay Park, Gao Ming said, is run by Golden Reed Co., Ltd.",
			nil,
			[]rel{{"Gao Ming", model.Operates, "Lotus Bay Park", ""}}},
		// A site's post before it in the subject of a copula.
		{"the operator of a site is a firm",
			"The operator of Lotus Bay Park is Golden Reed Co., Ltd., a Chinese firm.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"the registered owner of a site is a person",
			"The registered owner of Lotus Bay Park is Gao Ming, a businessman from Bavet.",
			[]rel{{"Gao Ming", model.Owns, "Lotus Bay Park", ""}},
			nil},
		{"the owner of a site's neighbour is not the site's",
			"The owner of the shop beside Lotus Bay Park is Gao Ming.",
			nil,
			[]rel{{"Gao Ming", model.Owns, "Lotus Bay Park", ""}}},
		{"a post after a verb is no subject",
			"Police questioned the operator of Lotus Bay Park and Gao Ming on Monday.",
			nil,
			[]rel{{"Gao Ming", model.Operates, "Lotus Bay Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
