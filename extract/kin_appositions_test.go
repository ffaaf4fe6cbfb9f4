package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinAppositions holds the kin apposition between a named holder and "as" to sentences
// it must read and sentences where the post must stay unread or stay the holder's. The names
// are invented.
func TestKinAppositions(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a reference's relative named as director and shareholder",
			"Oknha Lim Kosal, the tycoon, denied it. Company filings list Lim Dara, the tycoon's nephew, as sole director and shareholder of Golden Reed Trading Co., Ltd.",
			[]rel{{"Lim Dara", model.Directs, "Golden Reed Trading Co., Ltd.", ""}, {"Lim Dara", model.Owns, "Golden Reed Trading Co., Ltd.", ""}},
			[]rel{{"Lim Kosal", model.Directs, "Golden Reed Trading Co., Ltd.", ""}, {"Lim Kosal", model.Owns, "Golden Reed Trading Co., Ltd.", ""}}},
		{"a named relative inside the apposition holds nothing",
			"The documents list Naw Paw Htoo, wife of Colonel Saw Ler Moo, as the owner of 30 percent of Moei Star Development Co., Ltd.",
			[]rel{{"Naw Paw Htoo", model.Owns, "Moei Star Development Co., Ltd.", ""}},
			[]rel{{"Saw Ler Moo", model.Owns, "Moei Star Development Co., Ltd.", ""}}},
		{"a relative's possessive apposition",
			"Records list Chen Hao, Chen Wei's younger brother, as the director of Blue Lotus Trading Co., Ltd.",
			[]rel{{"Chen Hao", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}},
			[]rel{{"Chen Wei", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}}},
		{"without a verb of naming the relative holds nothing",
			"Chen Hao, Chen Wei's younger brother, as the majority shareholder of Blue Lotus Trading Co., Ltd. knew, was abroad.",
			nil,
			[]rel{{"Chen Wei", model.Owns, "Blue Lotus Trading Co., Ltd.", ""}, {"Chen Wei", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}}},
		{"an apposition of another tie than kin is not taken out",
			"Records list Chen Hao, Chen Wei's lawyer, as the director of Blue Lotus Trading Co., Ltd.",
			nil,
			[]rel{{"Chen Wei", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}}},
		{"a relative named as a witness holds nothing",
			"Prosecutors named Chen Hao, Chen Wei's son, as a witness of Blue Lotus Trading Co., Ltd.'s transfers.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Blue Lotus Trading Co., Ltd.", ""}, {"Chen Hao", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
