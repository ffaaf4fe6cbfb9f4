package extract

import "testing"

// TestFirmFromPlaceForms: a firm's registered name that folds to a place-shaped short form
// written more often than it is typed a firm, and the short form keeps its own place reading
// instead of being pulled into the firm.
func TestFirmFromPlaceForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a holding group and its Bay short form, written twice",
			"The park was developed by Sky Bay Holdings Group, a Hong Kong-registered property firm. Sky Bay has never commented publicly. Sky Bay did not respond to questions.",
			[]string{"Company:Sky Bay Holdings Group", "Location:Sky Bay"},
			[]string{"Location:Sky Bay Holdings Group"}},
		{"a limited firm and its Harbour short form",
			"The casino belongs to Jade Harbour Holdings Ltd., a firm registered in Macau. Jade Harbour declined to comment. Jade Harbour later closed its office.",
			[]string{"Company:Jade Harbour Holdings Ltd."},
			[]string{"Location:Jade Harbour Holdings Ltd."}},
		{"precision: the place alone stays a place",
			"Boats left Sky Bay at dawn. Sky Bay is a fishing port.",
			[]string{"Location:Sky Bay"},
			[]string{"Company:Sky Bay"}},
		{"precision: a firm named as often as its short form stays one firm",
			"Coral Bay Holdings Group owns the hotel. Coral Bay Holdings Group was fined. Coral Bay said nothing.",
			[]string{"Company:Coral Bay Holdings Group"},
			[]string{"Location:Coral Bay Holdings Group"}},
		{"precision: a short form settle already reads as the firm stays in it",
			"The resort is 95 percent owned by Northern Horizon Holdings Co., Ltd. Northern Horizon's registered shareholder is a driver. In 2018 the ministry granted Northern Horizon a land concession.",
			[]string{"Company:Northern Horizon Holdings Co., Ltd."},
			[]string{"Location:Northern Horizon"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
