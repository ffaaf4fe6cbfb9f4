package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAsidePosts: two posts after "its", an aside between a possessive post and its copula,
// and a description before the holder's name; with precision cases.
func TestAsidePosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a chairman in name only directs nothing",
			"Golden Reed Holdings Ltd. built the Riverside Pearl casino in 2019. Its chairman in name only is Guo Tianyu.",
			nil, []rel{{"Guo Tianyu", model.Directs, "Golden Reed Holdings Ltd.", ""}}},
		{"a representative in court is no post",
			"Golden Reed Holdings Ltd. built the Riverside Pearl casino in 2019. Its representative in court is Guo Tianyu, a lawyer at Siam Legal.",
			nil, []rel{{"Guo Tianyu", model.EmployedBy, "Golden Reed Holdings Ltd.", ""}}},
		{"two posts after its",
			"Golden Reed Holdings Ltd. built the Riverside Pearl casino in 2019. Its majority shareholder and chairman is Cambodian tycoon Oknha Sok Vanna, whose other holdings include a rice mill.",
			[]rel{{"Sok Vanna", model.Owns, "Golden Reed Holdings Ltd.", ""}, {"Sok Vanna", model.Directs, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"a share set off between post and copula",
			"Golden Reed Holdings Ltd. was registered in Phnom Penh in 2018. Its largest shareholder, with 60 percent, is Lim Boon Keat, a timber trader.",
			[]rel{{"Lim Boon Keat", model.Owns, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"a source set off after a named possessor",
			"Golden Reed Holdings Ltd.'s director, according to the commerce registry, was Lim Boon Keat.",
			[]rel{{"Lim Boon Keat", model.Directs, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"one post after its and a name is no coordination to read",
			"Golden Reed Holdings Ltd. was registered in Phnom Penh in 2018. Its office and warehouse are in Kandal, Lim Boon Keat said.",
			nil, []rel{{"Lim Boon Keat", model.Directs, "Golden Reed Holdings Ltd.", ""}, {"Lim Boon Keat", model.EmployedBy, "Golden Reed Holdings Ltd.", ""}}},
		{"an aside that names another holder is no copula",
			"Golden Reed Holdings Ltd. was registered in Phnom Penh in 2018. Its largest shareholder, with 60 percent, is not known, said Lim Boon Keat, a broker.",
			nil, []rel{{"Lim Boon Keat", model.Owns, "Golden Reed Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestItsPostShapes: "its" and a post with a lead word, a place, a nickname aside or an
// identification aside; with precision cases.
func TestItsPostShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a post after two lead words",
			"Company records list Naw Htoo Paw as the sole shareholder of Moei Bank Logistics Co., Ltd. Its only registered director, Saw Eh Doh, is the colonel's younger brother.",
			[]rel{{"Saw Eh Doh", model.Directs, "Moei Bank Logistics Co., Ltd.", ""}}, nil},
		{"a post identified by witnesses",
			"The upper floors were rented by Haoyun Network Technology Co., Ltd., a Chinese company. Its manager, identified by several survivors as Deng Peng, ordered punishments.",
			[]rel{{"Deng Peng", model.Directs, "Haoyun Network Technology Co., Ltd.", ""}}, nil},
		{"a post held in a country",
			"Management has been contracted to a Chinese firm, Fujian Haixia Entertainment Management Co., Ltd. Its representative in Cambodia is Huang Liqiang, a business partner of the owner.",
			[]rel{{"Huang Liqiang", model.EmployedBy, "Fujian Haixia Entertainment Management Co., Ltd.", ""}}, nil},
		{"a site manager known by a nickname",
			"The floors were run by Jinlong Network Technology Co., Ltd. Its manager on site, known to workers as \"Boss Guo\", is Guo Tianyu, a Chinese national.",
			[]rel{{"Guo Tianyu", model.EmployedBy, "Jinlong Network Technology Co., Ltd.", ""}},
			[]rel{{"Guo Tianyu", model.Directs, "Jinlong Network Technology Co., Ltd.", ""}}},
		{"an identification followed by a copula names the holder after it",
			"The floors were run by Jinlong Network Technology Co., Ltd. Its manager, identified by workers as Boss Guo, is Guo Tianyu, a Chinese national.",
			nil, []rel{{"Boss Guo", model.Directs, "Jinlong Network Technology Co., Ltd.", ""}}},
		{"an identification of someone else is no post",
			"The floors were run by Jinlong Network Technology Co., Ltd. Its manager, identified by police as a suspect, later met Lim Boon Keat, a broker.",
			nil, []rel{{"Lim Boon Keat", model.Directs, "Jinlong Network Technology Co., Ltd.", ""}, {"Lim Boon Keat", model.EmployedBy, "Jinlong Network Technology Co., Ltd.", ""}}},
		{"a person between the post and the copula is no place",
			"The floors were run by Jinlong Network Technology Co., Ltd. Its representative, Chen Bo said, is Lim Boon Keat.",
			nil, []rel{{"Lim Boon Keat", model.EmployedBy, "Jinlong Network Technology Co., Ltd.", ""}}},
		{"a place of an office is no post",
			"The floors were run by Jinlong Network Technology Co., Ltd. Its office in Phnom Penh is Lim Boon Keat's old house.",
			nil, []rel{{"Lim Boon Keat", model.EmployedBy, "Jinlong Network Technology Co., Ltd.", ""}, {"Lim Boon Keat", model.Directs, "Jinlong Network Technology Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestItsPostSourceAside: an aside citing the body whose records show the post ("Its largest
// shareholder, Ministry of Commerce filings show, is X") is read past; a person in the aside,
// or a second firm before "its", is not.
func TestItsPostSourceAside(t *testing.T) {
	x := newTestExtractor(t)
	firm := "Huaxing Lianhe Investment Co., Ltd."
	checkRelCases(t, x, []relCase{
		{"'filings show' naming the registry",
			"Golden Lotus Park is run by Huaxing Lianhe Investment Co., Ltd., a firm registered in Phnom Penh in 2019. Its largest shareholder, Ministry of Commerce filings show, is Oknha Chea Vanndy, a tycoon.",
			[]rel{{"Chea Vanndy", model.Owns, firm, model.Reported}}, nil},
		{"'records show' and a post that directs",
			"Huaxing Lianhe Investment Co., Ltd. was registered in 2019. Its chairman, Ministry of Commerce records show, is Chea Vanndy.",
			[]rel{{"Chea Vanndy", model.Directs, firm, ""}}, nil},
		{"'according to' a body: alleged",
			"Huaxing Lianhe Investment Co., Ltd. was registered in 2019. Its largest shareholder, according to the Ministry of Commerce, is Chea Vanndy.",
			[]rel{{"Chea Vanndy", model.Owns, firm, model.Alleged}}, nil},
		{"'court documents show' with a court named",
			"Huaxing Lianhe Investment Co., Ltd. was registered in 2019. Its director, Phnom Penh Municipal Court documents show, was Chea Vanndy.",
			[]rel{{"Chea Vanndy", model.Directs, firm, ""}}, nil},
		{"a person in the aside could hold the post: not read",
			"Huaxing Lianhe Investment Co., Ltd. was registered in 2019. Its largest shareholder, according to Heng Vichet, is Chea Vanndy.",
			nil, []rel{{"Heng Vichet", model.Owns, firm, ""}}},
		{"two firms before 'its': open",
			"Huaxing Lianhe Investment Co., Ltd. and Jade Star Co., Ltd. signed a lease in 2019. Its largest shareholder, Ministry of Commerce filings show, is Chea Vanndy.",
			nil, []rel{{"Chea Vanndy", model.Owns, firm, ""}, {"Chea Vanndy", model.Owns, "Jade Star Co., Ltd.", ""}}},
		{"'its' after a person and a firm: the firm, never the person",
			"Chea Vanndy met officials of Huaxing Lianhe Investment Co., Ltd. in 2019. Its largest shareholder, Ministry of Commerce filings show, is Heng Vichet.",
			[]rel{{"Heng Vichet", model.Owns, firm, ""}},
			[]rel{{"Heng Vichet", model.Owns, "Chea Vanndy", ""}, {"Chea Vanndy", model.Owns, firm, ""}}},
		{"the ministry never holds the post",
			"Huaxing Lianhe Investment Co., Ltd. was registered in 2019. Its largest shareholder, Ministry of Commerce filings show, is Chea Vanndy.",
			[]rel{{"Chea Vanndy", model.Owns, firm, ""}},
			[]rel{{"Ministry of Commerce", model.Owns, firm, ""}, {"Chea Vanndy", model.Owns, "Ministry of Commerce", ""}}},
	})
}
