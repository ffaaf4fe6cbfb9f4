package extract

import "testing"

// TestAccountFreezes holds the rule of account_freezes.go: a body that froze the accounts of
// parties sanctions each, "and of" joins a further owner, and a unit named before its parent
// is the body that froze; the basis of the freeze, a denied or sought freeze, and a body's
// parent read nothing.
func TestAccountFreezes(t *testing.T) {
	x := newTestExtractor(t)
	const mps = "Ministry of Public Security"
	const ccid = "Commercial Crime Investigation Department"
	const rmp = "Royal Malaysia Police"
	cases := []relCase{
		{"the accounts of two owners joined by and of",
			"The Ministry of Public Security froze the accounts of Wanfu Technology Co., Ltd. and of Zheng Lifeng, the man who runs it.",
			sanctioned("Wanfu Technology Co., Ltd.", mps, "Zheng Lifeng", mps), nil},
		{"a unit named before its parent body",
			"The Commercial Crime Investigation Department (CCID) of the Royal Malaysia Police froze the accounts of Seri Mutiara Ventures Sdn Bhd, an investment holding company in Kuala Lumpur, and of Tan Boon Hock, a director.",
			sanctioned("Seri Mutiara Ventures Sdn Bhd", ccid, "Tan Boon Hock", ccid), sanctioned("Seri Mutiara Ventures Sdn Bhd", rmp, "Tan Boon Hock", rmp)},
		{"funds frozen",
			"The Ministry of Public Security froze the funds of Golden River Co., Ltd. last week.",
			sanctioned("Golden River Co., Ltd.", mps), nil},
		// Precision.
		{"a name in the basis of the freeze",
			"The Ministry of Public Security froze the accounts of Golden River Co., Ltd., under an order obtained from Tan Boon Hock, a judge.",
			sanctioned("Golden River Co., Ltd.", mps), sanctioned("Tan Boon Hock", mps)},
		{"a freeze sought, not made",
			"The Ministry of Public Security sought to freeze the accounts of Golden River Co., Ltd. and of Tan Boon Hock.",
			nil, sanctioned("Golden River Co., Ltd.", mps, "Tan Boon Hock", mps)},
		{"a freeze denied",
			"The Ministry of Public Security has not frozen the accounts of Golden River Co., Ltd. and of Tan Boon Hock.",
			nil, sanctioned("Golden River Co., Ltd.", mps, "Tan Boon Hock", mps)},
		{"a body after and of",
			"The Ministry of Public Security froze the accounts of Golden River Co., Ltd. and of the Royal Malaysia Police.",
			sanctioned("Golden River Co., Ltd.", mps), sanctioned(rmp, mps)},
		{"and of inside a post, after another verb",
			"The Ministry of Public Security sanctioned Tan Boon Hock, the chairman of Golden River Co., Ltd. and of Blue Harbour Holdings Limited.",
			sanctioned("Tan Boon Hock", mps), sanctioned("Blue Harbour Holdings Limited", mps)},
		{"and of in a new clause after the freeze",
			"The Royal Malaysia Police froze the accounts of Wanfu Technology, and a court later heard complaints from relatives of Li Ming and of Zheng Lifeng.",
			nil, sanctioned("Zheng Lifeng", rmp, "Li Ming", rmp)},
		{"and of after a name the freeze did not name",
			"The Royal Malaysia Police froze the accounts of three employees of Wanfu Technology and of Zheng Lifeng.",
			nil, sanctioned("Zheng Lifeng", rmp)},
		{"and of inside a whose clause",
			"The Royal Malaysia Police froze the accounts of Wanfu Technology, whose director is a relative of Li Ming and of Zheng Lifeng.",
			sanctioned("Wanfu Technology", rmp), sanctioned("Zheng Lifeng", rmp, "Li Ming", rmp)},
		{"and of after a described item",
			"The Royal Malaysia Police froze the accounts of Wanfu Technology, a firm in Kuala Lumpur, and of Zheng Lifeng.",
			sanctioned("Wanfu Technology", rmp, "Zheng Lifeng", rmp), nil},
	}
	checkRelCases(t, x, cases)
}

// TestHolderFreezes holds the freezes told through the holdings and then their holder
// (freezeHoldings, account_freezes.go): a court or a financial authority that froze money,
// accounts or land "held by" or "belonging to" parties, or granted a petition to freeze them,
// sanctions each holder. A freeze asked for, denied or only sought, holdings "used by" a
// party, a holder's relative, and a freeze by the police during an inquiry read nothing.
func TestHolderFreezes(t *testing.T) {
	x := newTestExtractor(t)
	const amlo = "Anti-Money Laundering Office"
	const ca = "Court of Appeals"
	const rmp = "Royal Malaysia Police"
	cases := []relCase{
		{"money held by a firm",
			"Thailand's Anti-Money Laundering Office froze 212 million baht held by Moei Horizon Trading Co., Ltd. in January.",
			sanctioned("Moei Horizon Trading Co., Ltd.", amlo+" of Thailand"), nil},
		{"a petition to freeze granted, two holders",
			"The Court of Appeals had granted a petition to freeze 47 bank accounts and three properties belonging to Hongtai Leisure and Gaming Inc. and Sunrise Meridian Land Corp.",
			sanctioned("Hongtai Leisure and Gaming Inc.", ca, "Sunrise Meridian Land Corp.", ca), nil},
		{"accounts in a country belonging to a firm",
			"Thailand's Anti-Money Laundering Office said it has frozen accounts in Thailand belonging to Golden Hill Investment Co., Ltd.",
			sanctioned("Golden Hill Investment Co., Ltd.", amlo+" of Thailand"), nil},
		{"land and accounts in a holder's name",
			"The Court of Appeals froze two plots of land and 12 bank accounts registered in the name of Tierra Verde Realty Corp. on Monday.",
			sanctioned("Tierra Verde Realty Corp.", ca), nil},
		{"attributed freeze",
			"The Court of Appeals froze 47 bank accounts belonging to Hongtai Leisure and Gaming Inc., police said.",
			[]rel{{"Hongtai Leisure and Gaming Inc.", "SANCTIONED_BY", ca, "alleged"}}, nil},
		// Precision.
		{"a freeze asked for",
			"The Anti-Money Laundering Council asked the Court of Appeals to freeze 47 bank accounts belonging to Hongtai Leisure and Gaming Inc.",
			nil, sanctioned("Hongtai Leisure and Gaming Inc.", ca, "Hongtai Leisure and Gaming Inc.", "Anti-Money Laundering Council")},
		{"a freeze denied",
			"The Anti-Money Laundering Office did not freeze accounts held by Golden Gate Logistics Co., Ltd.",
			nil, sanctioned("Golden Gate Logistics Co., Ltd.", amlo)},
		{"accounts used by, not held by",
			"The Anti-Money Laundering Office froze accounts used by Golden Gate Logistics Co., Ltd. to pay recruiters.",
			nil, sanctioned("Golden Gate Logistics Co., Ltd.", amlo)},
		{"a holder's relative",
			"The Court of Appeals froze 47 bank accounts belonging to the wife of Lin Zhiqiang.",
			nil, sanctioned("Lin Zhiqiang", ca)},
		{"a police freeze during an inquiry",
			"The Royal Malaysia Police have frozen 14 bank accounts belonging to Seri Andalas Capital Berhad, a private lender.",
			nil, sanctioned("Seri Andalas Capital Berhad", rmp)},
		{"a freeze expected",
			"The Anti-Money Laundering Office is expected to freeze accounts held by Golden Gate Logistics Co., Ltd. next week.",
			nil, sanctioned("Golden Gate Logistics Co., Ltd.", amlo)},
	}
	checkRelCases(t, x, cases)
}
