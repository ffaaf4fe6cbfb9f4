package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestItsSubsidiaries holds its_subsidiaries.go to sentences it must read and sentences where
// it must stay silent. The names are invented.
func TestItsSubsidiaries(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"its subsidiary opens the sentence after the firm's sentence",
			"Redcliff Holding Group Co., Limited developed the zone in 2019. Redcliff Holding Group is chaired by Wen Haoyu, who was designated by OFAC. Its wholly owned subsidiary, Tamu Redcliff Investment Company Limited, holds the land lease.",
			[]rel{{"Redcliff Holding Group Co., Limited", model.Owns, "Tamu Redcliff Investment Company Limited", ""}},
			nil},
		{"the subject firm acts through its subsidiary",
			"Orchard Peak International Holdings Co., Ltd. operates in Burma through its wholly owned subsidiary, Orchard Peak Myawaddy Company Limited, which holds the permit.",
			[]rel{{"Orchard Peak International Holdings Co., Ltd.", model.Owns, "Orchard Peak Myawaddy Company Limited", ""}},
			nil},
		{"a subsidiary named without a comma",
			"Jinfeng Group Co., Ltd., through its wholly owned subsidiary Jinfeng Industrial Park Development Co., Ltd., built the park.",
			[]rel{{"Jinfeng Group Co., Ltd.", model.Owns, "Jinfeng Industrial Park Development Co., Ltd.", ""}},
			nil},
		{"through its subsidiary opens the sentence, the firm named after",
			"Through its wholly owned subsidiary, Moonlake Development (Cambodia) Co., Ltd. (\"Moonlake Development\"), Vetrion Digital Holdings Ltd. owned and operated a walled complex.",
			[]rel{{"Vetrion Digital Holdings Ltd.", model.Owns, "Moonlake Development (Cambodia) Co., Ltd.", ""}},
			nil},
		{"a firm and its subsidiaries, among them one named",
			"Police froze the assets of Baihe Century Development Co., Ltd. and its subsidiaries, among them Baihe Logistics Co., Ltd. and Baihe Pay Co., Ltd., last month.",
			[]rel{{"Baihe Century Development Co., Ltd.", model.Owns, "Baihe Logistics Co., Ltd.", ""},
				{"Baihe Century Development Co., Ltd.", model.Owns, "Baihe Pay Co., Ltd.", ""}},
			nil},
		// Precision.
		{"its is the subject's, not the firm acquired",
			"Redcliff Holding Group Co., Limited acquired Sunmoon Trading Co., Ltd. through its subsidiary Tamu Redcliff Investment Company Limited.",
			nil,
			[]rel{{"Sunmoon Trading Co., Ltd.", model.Owns, "Tamu Redcliff Investment Company Limited", ""}}},
		{"a subsidiary sold is no longer the firm's",
			"Redcliff Holding Group Co., Limited sold its subsidiary, Tamu Redcliff Investment Company Limited, in 2022.",
			nil,
			[]rel{{"Redcliff Holding Group Co., Limited", model.Owns, "Tamu Redcliff Investment Company Limited", ""}}},
		{"a subsidiary spun off",
			"Redcliff Holding Group Co., Limited spun off its subsidiaries, including Tamu Redcliff Investment Company Limited, in 2022.",
			nil,
			[]rel{{"Redcliff Holding Group Co., Limited", model.Owns, "Tamu Redcliff Investment Company Limited", ""}}},
		{"a person's its is no firm's",
			"Wen Haoyu visited the site. Its wholly owned subsidiary, Tamu Redcliff Investment Company Limited, holds the lease.",
			nil,
			[]rel{{"Wen Haoyu", model.Owns, "Tamu Redcliff Investment Company Limited", ""}}},
		{"'its' of an unnamed firm joined by 'and' is not the subject's",
			"Golden Bay Development Co., Ltd. sued the developer and its subsidiaries, including Lucky Star Trading Co., Ltd. and Blue Sky Ltd., over unpaid rent.",
			nil,
			[]rel{{"Golden Bay Development Co., Ltd.", model.Owns, "Lucky Star Trading Co., Ltd.", ""}, {"Golden Bay Development Co., Ltd.", model.Owns, "Blue Sky Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
