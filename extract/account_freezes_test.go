package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAccountFreezes holds the rule of account_freezes.go: a body that froze the accounts of
// parties sanctions each, "and of" joins a further owner, and a unit named before its parent
// is the body that froze; the basis of the freeze, a denied or sought freeze, and a body's
// parent read nothing.
func TestAccountFreezes(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(pairs ...string) []rel {
		var out []rel
		for i := 0; i+1 < len(pairs); i += 2 {
			out = append(out, rel{pairs[i], model.SanctionedBy, pairs[i+1], ""})
		}
		return out
	}
	const mps = "Ministry of Public Security"
	const ccid = "Commercial Crime Investigation Department"
	const rmp = "Royal Malaysia Police"
	cases := []relCase{
		{"the accounts of two owners joined by and of",
			"The Ministry of Public Security froze the accounts of Wanfu Technology Co., Ltd. and of Zheng Lifeng, the man who runs it.",
			sanc("Wanfu Technology Co., Ltd.", mps, "Zheng Lifeng", mps), nil},
		{"a unit named before its parent body",
			"The Commercial Crime Investigation Department (CCID) of the Royal Malaysia Police froze the accounts of Seri Mutiara Ventures Sdn Bhd, an investment holding company in Kuala Lumpur, and of Tan Boon Hock, a director.",
			sanc("Seri Mutiara Ventures Sdn Bhd", ccid, "Tan Boon Hock", ccid), sanc("Seri Mutiara Ventures Sdn Bhd", rmp, "Tan Boon Hock", rmp)},
		{"funds frozen",
			"The Ministry of Public Security froze the funds of Golden River Co., Ltd. last week.",
			sanc("Golden River Co., Ltd.", mps), nil},
		// Precision.
		{"a name in the basis of the freeze",
			"The Ministry of Public Security froze the accounts of Golden River Co., Ltd., under an order obtained from Tan Boon Hock, a judge.",
			sanc("Golden River Co., Ltd.", mps), sanc("Tan Boon Hock", mps)},
		{"a freeze sought, not made",
			"The Ministry of Public Security sought to freeze the accounts of Golden River Co., Ltd. and of Tan Boon Hock.",
			nil, sanc("Golden River Co., Ltd.", mps, "Tan Boon Hock", mps)},
		{"a freeze denied",
			"The Ministry of Public Security has not frozen the accounts of Golden River Co., Ltd. and of Tan Boon Hock.",
			nil, sanc("Golden River Co., Ltd.", mps, "Tan Boon Hock", mps)},
		{"a body after and of",
			"The Ministry of Public Security froze the accounts of Golden River Co., Ltd. and of the Royal Malaysia Police.",
			sanc("Golden River Co., Ltd.", mps), sanc(rmp, mps)},
		{"and of inside a post, after another verb",
			"The Ministry of Public Security sanctioned Tan Boon Hock, the chairman of Golden River Co., Ltd. and of Blue Harbour Holdings Limited.",
			sanc("Tan Boon Hock", mps), sanc("Blue Harbour Holdings Limited", mps)},
		{"and of in a new clause after the freeze",
			"The Royal Malaysia Police froze the accounts of Wanfu Technology, and a court later heard complaints from relatives of Li Ming and of Zheng Lifeng.",
			nil, sanc("Zheng Lifeng", rmp, "Li Ming", rmp)},
		{"and of after a name the freeze did not name",
			"The Royal Malaysia Police froze the accounts of three employees of Wanfu Technology and of Zheng Lifeng.",
			nil, sanc("Zheng Lifeng", rmp)},
		{"and of inside a whose clause",
			"The Royal Malaysia Police froze the accounts of Wanfu Technology, whose director is a relative of Li Ming and of Zheng Lifeng.",
			sanc("Wanfu Technology", rmp), sanc("Zheng Lifeng", rmp, "Li Ming", rmp)},
		{"and of after a described item",
			"The Royal Malaysia Police froze the accounts of Wanfu Technology, a firm in Kuala Lumpur, and of Zheng Lifeng.",
			sanc("Wanfu Technology", rmp, "Zheng Lifeng", rmp), nil},
	}
	checkRelCases(t, x, cases)
}
