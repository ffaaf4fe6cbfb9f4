package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPairReference: "the two men", "both men", "the pair", "the two companies" stand for the
// two entities named just before, and a relation made through the description holds for
// both; a bare "both" continues the pair; with precision cases.
func TestPairReference(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the two men after two people in one sentence",
			"Tan Boon Huat met Somchai Rakdee at a trade fair in Bangkok. The two men co-own Mekong Timber Trading Co., Ltd., a sawmill in Tak.",
			[]rel{{"Tan Boon Huat", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}, {"Somchai Rakdee", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}}, nil},
		{"both men, the pair named over two sentences",
			"Records name Lee Chong Wei as the firm's treasurer. His longtime friend is Pravit Sukjai. Both men are listed as members of the Tak Border Traders Association.",
			[]rel{{"Lee Chong Wei", model.MemberOf, "Tak Border Traders Association", ""}, {"Pravit Sukjai", model.MemberOf, "Tak Border Traders Association", ""}}, nil},
		{"a bare both continues the pair of its sentence",
			"Kyaw Min Oo has known Chen Haoran since 2010. The two men ran a jade shop together for years, and both sit on the Myawaddy Chamber of Commerce, a business lobby.",
			[]rel{{"Kyaw Min Oo", model.MemberOf, "Myawaddy Chamber of Commerce", ""}, {"Chen Haoran", model.MemberOf, "Myawaddy Chamber of Commerce", ""}}, nil},
		{"the two companies after two firms",
			"Golden Reed Holdings Ltd. and Silver Lake Capital Ltd. were registered in 2019. The two companies own Riverside Pearl Park, a walled compound near Bavet.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Owns, "Riverside Pearl Park", ""}, {"Silver Lake Capital Ltd.", model.Owns, "Riverside Pearl Park", ""}}, nil},
		{"plural membership of coordinated names",
			"Sok Pisey and Lim Dara are members of the Kampot Rubber Growers Association.",
			[]rel{{"Sok Pisey", model.MemberOf, "Kampot Rubber Growers Association", ""}, {"Lim Dara", model.MemberOf, "Kampot Rubber Growers Association", ""}}, nil},
		{"three people named before: the two men is open",
			"Tan Boon Huat, Somchai Rakdee and Vo Van Minh were seen at the site. The two men co-own Mekong Timber Trading Co., Ltd., a sawmill in Tak.",
			nil, []rel{{"Tan Boon Huat", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}, {"Somchai Rakdee", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}, {"Vo Van Minh", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}}},
		{"an unnamed pair brought in by two men",
			"Police chief Arun Sakda said two men were detained on Monday. Officers said Lee Chong Wei paid the bail. The two men co-own Mekong Timber Trading Co., Ltd., a sawmill in Tak.",
			nil, []rel{{"Arun Sakda", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}, {"Lee Chong Wei", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}}},
		{"one person named before: no pair",
			"Tan Boon Huat was seen at the site. The two men co-own Mekong Timber Trading Co., Ltd., a sawmill in Tak.",
			nil, []rel{{"Tan Boon Huat", model.Owns, "Mekong Timber Trading Co., Ltd.", ""}}},
		{"both before a place is no pair",
			"Kyaw Min Oo has known Chen Haoran since 2010. Traders on both sides of the river joined the Myawaddy Chamber of Commerce.",
			nil, []rel{{"Kyaw Min Oo", model.MemberOf, "Myawaddy Chamber of Commerce", ""}, {"Chen Haoran", model.MemberOf, "Myawaddy Chamber of Commerce", ""}}},
		{"a seat on a company's board is no membership",
			"Sok Pisey and Lim Dara sit on the Kampot Rubber Co., Ltd. board.",
			nil, []rel{{"Sok Pisey", model.MemberOf, "Kampot Rubber Co., Ltd.", ""}, {"Lim Dara", model.MemberOf, "Kampot Rubber Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
