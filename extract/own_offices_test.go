package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOwnOffices covers a firm whose own office "its" places, with the must-not-fire cases of
// "its" after a common noun it may stand for, another name between, and a possessive name.
func TestOwnOffices(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "questions sent to its office", text: "Huanya International Holding Group did not respond to questions sent to its office in Myawaddy.",
			want: []rel{{"Huanya International Holding Group", L, "Myawaddy", ""}}},
		{name: "its registered office in", text: "Lin could not be reached, and Shunfeng Mekong Holdings did not respond to questions sent to its registered office in Bangkok.",
			want: []rel{{"Shunfeng Mekong Holdings", L, "Bangkok", ""}}},
		{name: "an agency with its registered office", text: "The fourth respondent, Borneo Prima Manpower Sdn Bhd, is a recruitment agency incorporated in 2019 with its registered office in Kota Kinabalu.",
			want: []rel{{"Borneo Prima Manpower Sdn Bhd", L, "Kota Kinabalu", ""}}},
		{name: "its after a common noun", text: "Golden Lotus Development Co., Ltd. leased the compound, and its office in Mae Sot was closed.",
			forbid: []rel{{"Golden Lotus Development Co., Ltd.", L, "Mae Sot", ""}}},
		{name: "another name between", text: "Golden Lotus Development Co., Ltd. paid the Karen Border Guard Force, and its office in Myawaddy was raided.",
			forbid: []rel{{"Golden Lotus Development Co., Ltd.", L, "Myawaddy", ""}}},
		{name: "a country", text: "Golden Lotus Development Co., Ltd. said its office in Thailand was closed.",
			forbid: []rel{{"Golden Lotus Development Co., Ltd.", L, "Thailand", ""}}},
		{name: "an agency before its office", text: "Golden Fortune Company sued a Chinese firm that had shut its office in Myawaddy.",
			forbid: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
		{name: "set up with an operator", text: "Golden Fortune Company partnered with a casino operator to set up its office in Myawaddy.",
			forbid: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
		{name: "closed its office", text: "Golden Fortune Company, which closed its office in Myawaddy in 2020, said it had no comment.",
			forbid: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
		{name: "no plans to open its office", text: "Golden Fortune Company said it had no plans to open its office in Myawaddy.",
			forbid: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
		{name: "denied that its office existed", text: "Golden Fortune Company denied that its office in Myawaddy ever existed.",
			forbid: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
		{name: "a whose clause", text: "Golden Fortune Company hired Li Ming, whose firm sent staff to its office in Myawaddy.",
			forbid: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
		{name: "a described firm with its office", text: "Golden Fortune Company, a casino operator with its office in Myawaddy, declined to comment.",
			want: []rel{{"Golden Fortune Company", L, "Myawaddy", ""}}},
	}
	checkRelCases(t, x, cases)
}
