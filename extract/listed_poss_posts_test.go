package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestListedPossPosts holds a post a record names through the body's possessive after "as"
// (listed_poss_posts.go), with must-not-fire cases.
func TestListedPossPosts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a register lists the holder as the firm's post", "Company filings list Sok Chanthy as Golden Reef Holdings' sole director.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a kin description set off before the holder", "Corporate records name Chen's wife, Lim Mei Hua, as Jade Harbor Trading Ltd.'s chairwoman since 2021.",
			[]rel{{"Lim Mei Hua", model.Directs, "Jade Harbor Trading Ltd.", ""}}, nil},
		{"a staff post and a description after the holder", "Police identified Wang Lei, a Chinese national, as Golden Reef Holdings' accountant.",
			[]rel{{"Wang Lei", model.EmployedBy, "Golden Reef Holdings", ""}},
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings", ""}}},
		{"no naming verb: a comparison is no post", "Sok Chanthy worked as hard as Golden Reef Holdings' director.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}},
		{"a noun that is no post", "Company filings list Sok Chanthy as Golden Reef Holdings' contact.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}, {"Sok Chanthy", model.EmployedBy, "Golden Reef Holdings", ""}}},
		// A kin apposition after the holder whose relative is a name or a reference: the post is
		// the holder's, never the relative's; a negated naming verb names no post.
		{"a kin apposition naming the relative", "Corporate records list Lim Sreymom, Chen Wei's eldest daughter, as Sokhom Heng Development Co., Ltd.'s majority shareholder since 2021.",
			[]rel{{"Lim Sreymom", model.Owns, "Sokhom Heng Development Co., Ltd.", model.Reported}},
			[]rel{{"Chen Wei", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"a kin apposition 'wife of' a ranked name", "Filings name Tan Wei Ling, wife of Colonel Saw Kyaw, as Golden Reef Co., Ltd.'s sole director.",
			[]rel{{"Tan Wei Ling", model.Directs, "Golden Reef Co., Ltd.", ""}},
			[]rel{{"Saw Kyaw", model.Directs, "Golden Reef Co., Ltd.", ""}}},
		{"a kin apposition through a reference, the firm through a reference",
			"Oknha Lim Sokhom sits in the Senate. Sokhom Heng Development Co., Ltd. was registered in 2019. Corporate records list Lim Sreymom, the senator's eldest daughter, as the firm's majority shareholder since 2021.",
			[]rel{{"Lim Sreymom", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}},
			[]rel{{"Lim Sokhom", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"a witness names: alleged", "Survivors named Lim Sreymom, Chen Wei's eldest daughter, as Sokhom Heng Development Co., Ltd.'s majority shareholder.",
			[]rel{{"Lim Sreymom", model.Owns, "Sokhom Heng Development Co., Ltd.", model.Alleged}}, nil},
		{"attributed to police: alleged", "Records list Lim Sreymom, Chen Wei's eldest daughter, as Sokhom Heng Development Co., Ltd.'s majority shareholder, police said.",
			[]rel{{"Lim Sreymom", model.Owns, "Sokhom Heng Development Co., Ltd.", model.Alleged}}, nil},
		{"a negated naming verb", "Records do not list Lim Sreymom, Chen Wei's eldest daughter, as Sokhom Heng Development Co., Ltd.'s majority shareholder.",
			nil, []rel{{"Lim Sreymom", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}, {"Chen Wei", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"an apposition of another tie, not kin: the name between holds", "Records list Lim Sreymom, Chen Wei's lawyer, as Sokhom Heng Development Co., Ltd.'s majority shareholder.",
			nil, []rel{{"Chen Wei", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}}},
		{"two firms before the reference: open",
			"Sokhom Heng Development Co., Ltd. and Jade Star Co., Ltd. were registered in 2019. Records list Lim Sreymom, Chen Wei's eldest daughter, as the firm's majority shareholder.",
			nil, []rel{{"Lim Sreymom", model.Owns, "Sokhom Heng Development Co., Ltd.", ""}, {"Lim Sreymom", model.Owns, "Jade Star Co., Ltd.", ""}}},
		// A naming verb stopped or failed names no post (review of 8d62b62).
		{"'stopped listing' a holder with a kin apposition", "Company filings stopped listing Mao Sreyneang, Kong Vibol's niece, as Angkor Bright Co., Ltd.'s shareholder in 2022.",
			nil, []rel{{"Mao Sreyneang", model.Owns, "Angkor Bright Co., Ltd.", ""}, {"Kong Vibol", model.Owns, "Angkor Bright Co., Ltd.", ""}}},
		{"'ceased to list'", "Company filings ceased to list Mao Sreyneang as Angkor Bright Co., Ltd.'s shareholder in 2022.",
			nil, []rel{{"Mao Sreyneang", model.Owns, "Angkor Bright Co., Ltd.", ""}}},
		{"'no longer list'", "Company filings no longer list Mao Sreyneang as Angkor Bright Co., Ltd.'s director.",
			nil, []rel{{"Mao Sreyneang", model.Directs, "Angkor Bright Co., Ltd.", ""}}},
		{"'failed to list'", "The 2022 filings failed to list Mao Sreyneang as Angkor Bright Co., Ltd.'s shareholder.",
			nil, []rel{{"Mao Sreyneang", model.Owns, "Angkor Bright Co., Ltd.", ""}}},
		{"'failed to name'", "Police failed to name Mao Sreyneang as Angkor Bright Co., Ltd.'s director.",
			nil, []rel{{"Mao Sreyneang", model.Directs, "Angkor Bright Co., Ltd.", ""}}},
		{"listed, but the holder denies it: alleged", "Company filings list Mao Sreyneang as Angkor Bright Co., Ltd.'s shareholder, but she says she has never heard of the firm.",
			[]rel{{"Mao Sreyneang", model.Owns, "Angkor Bright Co., Ltd.", model.Alleged}}, nil},
		{"listed, no denial: reported", "Company filings list Mao Sreyneang as Angkor Bright Co., Ltd.'s shareholder.",
			[]rel{{"Mao Sreyneang", model.Owns, "Angkor Bright Co., Ltd.", model.Reported}}, nil},
	})
}
