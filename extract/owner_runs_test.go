package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOwnerAlsoRuns covers "X is owned by A, which also runs the floors" and the clauses
// that name another place or no running.
func TestOwnerAlsoRuns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"which also runs the floors", "Samraong Crown Resort is owned by Crown Royal Entertainment (Cambodia) Co., Ltd., which also runs the gaming floors.",
			[]rel{{"Crown Royal Entertainment (Cambodia) Co., Ltd.", model.Operates, "Samraong Crown Resort", ""}, {"Crown Royal Entertainment (Cambodia) Co., Ltd.", model.Owns, "Samraong Crown Resort", ""}}, nil},
		{"who ran it", "Golden Reef Park was owned by Chinese businessman Zhou Minghao, who ran it until the raid.",
			nil, []rel{{"Zhou Minghao", model.Operates, "Golden Reef Park", ""}}},
		{"who ran it, sentence end", "Golden Reef Park was owned by Zhou Minghao, who ran it.",
			[]rel{{"Zhou Minghao", model.Operates, "Golden Reef Park", ""}}, nil},
		{"still manages the site", "Lucky Dragon Plaza is still owned by Huaxing Tech Co., Ltd., which still manages the whole site; police raided it in May.",
			[]rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Lucky Dragon Plaza", ""}}, nil},
		{"another place named", "Lucky Dragon Plaza is owned by Huaxing Tech Co., Ltd., which also runs the Red Lantern Casino.",
			nil, []rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Lucky Dragon Plaza", ""}}},
		{"a casino elsewhere", "Lucky Dragon Plaza is owned by Huaxing Tech Co., Ltd., which also runs a casino in Phnom Penh.",
			nil, []rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Lucky Dragon Plaza", ""}}},
		{"the neighbouring hotel", "Lucky Dragon Plaza is owned by Huaxing Tech Co., Ltd., which also runs the neighbouring hotel.",
			nil, []rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Lucky Dragon Plaza", ""}}},
		{"owns, not runs", "Lucky Dragon Plaza is owned by Huaxing Tech Co., Ltd., which also owns the land.",
			nil, []rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Lucky Dragon Plaza", ""}}},
		{"land owner, tenant runs", "The land under Lucky Dragon Plaza is owned by Chea Sokhom, who leases it to Huaxing Tech Co., Ltd.",
			nil, []rel{{"Chea Sokhom", model.Operates, "Lucky Dragon Plaza", ""}}},
		{"two sites, plural passive", "Wan Pong Garden and a second compound, Nam Yawn Park, were developed and are run by Tianfu Investment Group.",
			[]rel{{"Tianfu Investment Group", model.Operates, "Wan Pong Garden", ""}, {"Tianfu Investment Group", model.Operates, "Nam Yawn Park", ""}}, nil},
		{"two sites, are operated by", "Golden Reef Park and Blue Lotus Plaza are operated by Huaxing Tech Co., Ltd.",
			[]rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Golden Reef Park", ""}}, nil},
		{"raided, not run", "Golden Reef Park and Blue Lotus Plaza were raided by the Preah Sihanouk Provincial Police.",
			nil, []rel{{"Preah Sihanouk Provincial Police", model.Operates, "Golden Reef Park", ""}}},
		{"owned, not run", "Golden Reef Park and Blue Lotus Plaza are owned by Chea Sokhom.",
			nil, []rel{{"Chea Sokhom", model.Operates, "Golden Reef Park", ""}}},
		{"colon, bare description", "Background on Boten Sky Tower: building developed and run by Sky Tower Development Co., Ltd.",
			[]rel{{"Sky Tower Development Co., Ltd.", model.Operates, "Boten Sky Tower", ""}}, nil},
		{"colon, a compound managed by", "New site: Golden Reef Park: a walled compound managed by Huaxing Tech Co., Ltd.",
			[]rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Golden Reef Park", ""}}, nil},
		{"colon, next to a building", "Golden Reef Park: next to a building run by Huaxing Tech Co., Ltd.",
			nil, []rel{{"Huaxing Tech Co., Ltd.", model.Operates, "Golden Reef Park", ""}}},
		{"colon, raided", "Golden Reef Park: compound raided by the Preah Sihanouk Provincial Police.",
			nil, []rel{{"Preah Sihanouk Provincial Police", model.Operates, "Golden Reef Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
