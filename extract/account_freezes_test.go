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
