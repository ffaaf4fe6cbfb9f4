package extract

import "testing"

// TestLeadTitles covers words written before a name that are no part of it: the other
// romanisation of the Khmer title Oknha ("Okhna"), and a party's word in court papers
// ("Defendant") before a firm; and the names after them that must stay whole.
func TestLeadTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"the title spelt Okhna", "The land is held by Okhna Sok Pisey, a tycoon from Kampot.", []string{"Person:Sok Pisey"}, nil},
		{"the title spelt Okhna is no part of the name", "The land is held by Okhna Sok Pisey, a tycoon from Kampot.", nil, []string{"Person:Okhna Sok Pisey"}},
		{"the title spelt Oknha as before", "The land is held by Oknha Sok Pisey, a tycoon from Kampot.", []string{"Person:Sok Pisey"}, nil},
		{"a defendant firm in capitals", "Defendant RIVER JADE TRADING CO., LTD. received the wires.", []string{"Company:RIVER JADE TRADING CO., LTD."}, nil},
		{"a defendant firm in capitals keeps no party word", "Defendant RIVER JADE TRADING CO., LTD. received the wires.", nil, []string{"Company:Defendant RIVER JADE TRADING CO., LTD."}},
		{"a defendant firm in title case", "Defendant River Jade Trading Co., Ltd. received the wires.", []string{"Company:River Jade Trading Co., Ltd."}, nil},
		{"a defendant person in capitals stays a person", "Defendant LIU MINGHAO pleaded guilty to wire fraud.", []string{"Person:Liu Minghao"}, nil},
		{"defendants in capitals stay two people", "Defendants LIU MINGHAO and SUN QIANG conspired with others.", []string{"Person:Sun Qiang"}, nil},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
}
