package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWhosePlaces holds the shapes of whose_places.go and their must-not-fire cases.
func TestWhosePlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the firm's town before the comma", "The workers were recruited by Blue Sky Manpower Ltd. of Nairobi, whose managing director is Joseph Mwangi Otieno.",
			[]rel{{"Joseph Mwangi Otieno", model.Directs, "Blue Sky Manpower Ltd.", ""}}, nil},
		{"the kind noun firm with a registration", "The plot was leased to Red Lotus Trading Co., Ltd., a firm registered in Phnom Penh whose sole listed director is Wang Xiaodong.",
			[]rel{{"Wang Xiaodong", model.Directs, "Red Lotus Trading Co., Ltd.", ""}}, nil},
		{"a nationality set before the holder", "The buildings belong to Ocean Pearl Group Ltd, a company registered in Kuala Lumpur whose only director is a Malaysian national, Ravi a/l Kumar.",
			[]rel{{"Ravi a/l Kumar", model.Directs, "Ocean Pearl Group Ltd", ""}}, nil},
		{"an occupation set before the holder", "The loans came from Harbour Crest Finance Ltd, a firm based in Singapore whose sole director is a local accountant, Tan Mei Hua.",
			[]rel{{"Tan Mei Hua", model.Directs, "Harbour Crest Finance Ltd", ""}}, nil},
		{"a town's governor is no post in the firm", "The loan went to Kilimo Traders Ltd of Nairobi, whose governor is Samuel Kariuki.",
			nil, []rel{{"Samuel Kariuki", model.Directs, "Kilimo Traders Ltd", ""}, {"Samuel Kariuki", model.EmployedBy, "Kilimo Traders Ltd", ""}}},
		{"a town's mayor is no post in the firm", "The permit was issued to Bayview Outsourcing Corp. of Bamban, whose mayor is Ramon Dizon.",
			nil, []rel{{"Ramon Dizon", model.Directs, "Bayview Outsourcing Corp.", ""}, {"Ramon Dizon", model.EmployedBy, "Bayview Outsourcing Corp.", ""}}},
		{"a possessed name names the kin", "The loan went to Nyota Traders Ltd of Nairobi, whose director is Peter Kamau's son, James Kamau.",
			nil, []rel{{"Peter Kamau", model.Directs, "Nyota Traders Ltd", ""}}},
		{"an occupation not followed by the holder", "The buildings belong to Lotus Pearl Group Ltd, a company registered in Kuala Lumpur whose only director is a lawyer, and Kumar Selvam denies any role.",
			nil, []rel{{"Kumar Selvam", model.Directs, "Lotus Pearl Group Ltd", ""}}},
		{"another firm between", "The funds went to Jade Arrow Ltd, a firm that banks with Harbour Crest Bank of Singapore, whose chairman is Lim Boon Huat.",
			nil, []rel{{"Lim Boon Huat", model.Directs, "Jade Arrow Ltd", ""}}},
	}
	checkRelCases(t, x, cases)
}
