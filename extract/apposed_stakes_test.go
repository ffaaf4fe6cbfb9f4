package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposedStakes holds apposed_stakes.go (and the possessor's apposition before "who" of
// share_holders.go) to sentences it must read and sentences where it must stay silent. The
// names are invented.
func TestApposedStakes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a holder set off as the apposition of a description",
			"Filings show that Harbor Crest Realty Corp.'s president is Ana Reyes, while a Chinese national, Liu Wenbo, holds 40 percent of the realty firm.",
			[]rel{{"Liu Wenbo", model.Owns, "Harbor Crest Realty Corp.", ""}},
			nil},
		{"a holder after a possessor's kin noun",
			"Mekong Star Entertainment Co., Ltd. is run by Chen Haoyu. Chen's wife, Noy Sengdara, holds 20 percent of Mekong Star Entertainment Co., Ltd., filings show.",
			[]rel{{"Noy Sengdara", model.Owns, "Mekong Star Entertainment Co., Ltd.", ""}},
			nil},
		{"a holder described, then who, a further share",
			"The register lists Jade Delta Holdings Co., Ltd. as the developer. Captain Saw Htet Lin, an officer in the militia's 3rd Battalion, who holds a further 5 percent of Jade Delta Holdings Co., Ltd. in his own name, declined to comment.",
			[]rel{{"Saw Htet Lin", model.Owns, "Jade Delta Holdings Co., Ltd.", ""}},
			[]rel{{"3rd Battalion", model.Owns, "Jade Delta Holdings Co., Ltd.", ""}}},
		{"a share with the firm left unsaid, after its shares were told",
			"Records list Wu Jianguo as the president of Sunhub Digital Inc. and the holder of 60 percent of its shares. His younger brother, Wu Jianmin, holds 25 percent, while the rest is split among three incorporators.",
			[]rel{{"Wu Jianmin", model.Owns, "Sunhub Digital Inc.", ""}},
			nil},
		{"two holders each with who, the second firm left unsaid",
			"Pinewood Land Inc. was incorporated in 2019 by five people. Among them are Rodel Cruz, a member of the Angeles City Council, who holds 20 percent of the company, and Chinese national Zhao Ming, who holds 40 percent and serves as its president.",
			[]rel{{"Rodel Cruz", model.Owns, "Pinewood Land Inc.", ""}, {"Zhao Ming", model.Owns, "Pinewood Land Inc.", ""}},
			[]rel{{"Angeles City Council", model.Owns, "Pinewood Land Inc.", ""}}},
		{"a possessor's kin before who holds its shares",
			"The vans were registered to Tak Star Transport Co., Ltd., a Mae Sot firm. Records show the company's sole director is Malee Thongdee, Somchai Thongdee's wife, who also holds 95 percent of its shares.",
			[]rel{{"Malee Thongdee", model.Owns, "Tak Star Transport Co., Ltd.", ""}},
			[]rel{{"Somchai Thongdee", model.Owns, "Tak Star Transport Co., Ltd.", ""}}},
		{"a stake in the firm named next",
			"Mekong Star Entertainment Co., Ltd. runs the casino. A Chinese national, Liu Wenbo, holds a 40 percent stake in the Mekong Star Entertainment Co., Ltd., filings show.",
			[]rel{{"Liu Wenbo", model.Owns, "Mekong Star Entertainment Co., Ltd.", ""}},
			nil},
		// Precision.
		{"a name without an apposition before the comma is no holder",
			"Police questioned Liu Wenbo, holds 40 percent of Harbor Crest Realty Corp.",
			nil,
			[]rel{{"Liu Wenbo", model.Owns, "Harbor Crest Realty Corp.", ""}}},
		{"a share of something other than a firm",
			"Harbor Crest Realty Corp. sold the plot. A Chinese national, Liu Wenbo, holds 40 percent of the votes in the village association.",
			nil,
			[]rel{{"Liu Wenbo", model.Owns, "Harbor Crest Realty Corp.", ""}}},
		{"a share left unsaid with no shares spoken of",
			"Harbor Crest Realty Corp. built the tower. His brother, Liu Wenbo, holds 40 percent, the poll found.",
			nil,
			[]rel{{"Liu Wenbo", model.Owns, "Harbor Crest Realty Corp.", ""}}},
		{"a firm named after the share's preposition but as a possessor",
			"A Chinese national, Liu Wenbo, holds 40 percent of Harbor Crest Realty Corp.'s debt.",
			nil,
			[]rel{{"Liu Wenbo", model.Owns, "Harbor Crest Realty Corp.", ""}}},
	}
	checkRelCases(t, x, cases)
}
