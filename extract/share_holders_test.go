package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShareHolderRules holds each rule of share_holders.go to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestShareHolderRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A share held by a described holder, or all or the rest of a firm.
		{"a share after the holder's apposition",
			"Nakhon Freight Co., Ltd., a trucking company registered in Mae Sot district, holds 30 percent of the shares of Moei Build Co., Ltd., the agency said.",
			[]rel{{"Nakhon Freight Co., Ltd.", model.Owns, "Moei Build Co., Ltd.", ""}},
			nil},
		{"the remaining share after a short form and an apposition",
			"Silver Crest Limited (Silver Crest), a Hong Kong-registered company, owns the remaining 45 percent of Shwe Taw Group Co., Ltd.",
			[]rel{{"Silver Crest Limited", model.Owns, "Shwe Taw Group Co., Ltd.", ""}},
			nil},
		{"all the shares, in turn",
			"Meridian Digital Sdn Bhd in turn owns all the shares of Meridian Pay Sdn Bhd, police said.",
			[]rel{{"Meridian Digital Sdn Bhd", model.Owns, "Meridian Pay Sdn Bhd", ""}},
			nil},
		{"a person in the apposition is the holder's fellow, not the holder",
			"Nakhon Freight Co., Ltd., whose director Somsak Dee holds 30 percent of Moei Build Co., Ltd., denied wrongdoing.",
			nil,
			[]rel{{"Nakhon Freight Co., Ltd.", model.Owns, "Moei Build Co., Ltd.", ""}}},
		{"a share of something else is no share of the firm",
			"Nakhon Freight Co., Ltd., a trucking company, holds 30 percent of the market served by Moei Build Co., Ltd.",
			nil,
			[]rel{{"Nakhon Freight Co., Ltd.", model.Owns, "Moei Build Co., Ltd.", ""}}},
		// Coordinated owners of a passive.
		{"two owners, each with a description",
			"Records show that Jinyu Trading Co., Ltd. is jointly owned by Cambodian tycoon Oknha Sok Rithy and Chinese investor Wang Hao, each with half of its shares.",
			[]rel{{"Sok Rithy", model.Owns, "Jinyu Trading Co., Ltd.", ""}, {"Wang Hao", model.Owns, "Jinyu Trading Co., Ltd.", ""}},
			nil},
		{"the second owner after the first one's apposition and a kin noun",
			"Kampot Agro Co., Ltd. was founded in 2012. Kampot Agro Co., Ltd. is owned by Senator Keo Rattana, a member of the Senate and a prominent tycoon, and by his wife, Mao Sreyleak, according to records.",
			[]rel{{"Mao Sreyleak", model.Owns, "Kampot Agro Co., Ltd.", ""}},
			nil},
		{"a second name after another verb is no owner",
			"Jinyu Trading Co., Ltd. is owned by Sok Rithy and managed by Wang Hao.",
			nil,
			[]rel{{"Wang Hao", model.Owns, "Jinyu Trading Co., Ltd.", ""}}},
		{"a name inside the first owner's description is no owner",
			"The building is owned by Jaybee Realty Inc., a family firm of Jose Cruz, its president, and Maria Cruz, its treasurer.",
			nil,
			[]rel{{"Maria Cruz", model.Owns, "Jaybee Realty Inc.", ""}}},
		// A post before the body in a copula's subject.
		{"a share named before the body",
			"The majority stockholder of Pasig Properties Holdings Inc. is Maria Santos-Lim.",
			[]rel{{"Maria Santos-Lim", model.Owns, "Pasig Properties Holdings Inc.", ""}},
			nil},
		{"coordinated posts and a described holder",
			"The chairman and majority shareholder of Bayon Star Co., Ltd. is a Cambodian businessman, Sok Dara, whom the court described as a partner.",
			[]rel{{"Sok Dara", model.Owns, "Bayon Star Co., Ltd.", ""}, {"Sok Dara", model.Directs, "Bayon Star Co., Ltd.", ""}},
			nil},
		{"the post in a clause after another name is not the sentence's subject",
			"Police questioned Chan Dara after the owner of Bayon Star Co., Ltd. was Sok Dara's cousin.",
			nil,
			[]rel{{"Sok Dara", model.Owns, "Bayon Star Co., Ltd.", ""}}},
		{"a firm holds no post",
			"The chairman of Bayon Star Co., Ltd. is Mekong Holdings Ltd., the filing says.",
			nil,
			[]rel{{"Mekong Holdings Ltd.", model.Directs, "Bayon Star Co., Ltd.", ""}}},
		// Investors.
		{"a direct investor in a site",
			"Investigators suspect that Xu Hao is additionally a direct investor in the Yongle Garden Resort and recruits workers for it.",
			[]rel{{"Xu Hao", model.Owns, "Yongle Garden Resort", ""}},
			nil},
		{"an investor in something else near the site",
			"Xu Hao is a direct investor in a fuel business that supplies the Yongle Garden Resort.",
			nil,
			[]rel{{"Xu Hao", model.Owns, "Yongle Garden Resort", ""}}},
		// A firm of the person's own, joint ventures, lists of verbs.
		{"the person's firm in a whose clause",
			"Lim Heng, whose Golden Lotus Development Co., Ltd. runs the Golden Lotus Resort, denied the claims.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}},
			nil},
		{"the person's firm in a through phrase",
			"Lim Heng, through Golden Lotus Development Co., Ltd., controls the Golden Lotus Resort.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}},
			nil},
		{"a whose clause of another noun holds no firm",
			"Lim Heng, whose lawyer met Golden Lotus Development Co., Ltd. twice, denied the claims.",
			nil,
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}}},
		{"the partners of a joint venture",
			"Golden Lotus Development Co., Ltd. is a joint venture between Lim Heng and Mekong Star Holdings Ltd.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}, {"Mekong Star Holdings Ltd.", model.Owns, "Golden Lotus Development Co., Ltd.", ""}},
			nil},
		{"a joint venture's customer is no partner",
			"Golden Lotus Development Co., Ltd. is a joint venture that sold land to Lim Heng.",
			nil,
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}}},
		{"the last verb of a list",
			"Lim Heng financed, built and runs the Golden Lotus Resort.",
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"a list of verbs ending in another verb",
			"Lim Heng financed, built and visited the Golden Lotus Resort.",
			nil,
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}}},
		// The rest of the shares told with another verb (share_refs.go).
		{"the remainder sits with a holder",
			"Lanna Star Co., Ltd. holds 60 percent of Golden Horizon Co., Ltd. The remaining 40 percent sits with Chiang Capital Co., Ltd., an investment firm.",
			[]rel{{"Chiang Capital Co., Ltd.", model.Owns, "Golden Horizon Co., Ltd.", ""}},
			nil},
	}
	checkRelCases(t, x, cases)
}
