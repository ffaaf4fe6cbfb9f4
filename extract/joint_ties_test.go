package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestJointTies holds the shapes of joint_ties.go: a venture or stake held with another
// person, and a possessor's co-accused listed after the noun; and the same constructions that
// must give no tie.
func TestJointTies(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"partner in a venture with a described person", "Tang Xuefeng is also a partner in a riverside property venture with Thai businessman Chaiwat Srisomboon.",
			assoc("Tang Xuefeng", "Chaiwat Srisomboon"), nil},
		{"co-shareholder with, then the firm", "Ma Zhenhai is also a co-shareholder with Lim Sophanith in Angkor Prime Realty.",
			assoc("Ma Zhenhai", "Lim Sophanith"), nil},
		{"shareholder, alongside", "Vilayphone Inthavong is a shareholder, alongside Liang Guohua, in a Huay Xai hotel.",
			assoc("Vilayphone Inthavong", "Liang Guohua"), nil},
		{"investor in a firm together with", "Rizal Mahmud was an investor in a Johor travel agency together with Tan Boon Hock.",
			assoc("Rizal Mahmud", "Tan Boon Hock"), nil},
		{"co-accused include a described first and a second", "Park Min-jun's co-accused include his former girlfriend, Kim Seo-yeon, and Choi Dong-hyuk.",
			[]rel{{"Park Min-jun", model.AssociateOf, "Kim Seo-yeon", ""}, {"Park Min-jun", model.AssociateOf, "Choi Dong-hyuk", ""}}, nil},
		{"co-defendants set off", "Sompong Rattanakul's co-defendants, Nattaya Srisuk and Anucha Srisuk, were each given eight years.",
			[]rel{{"Sompong Rattanakul", model.AssociateOf, "Nattaya Srisuk", ""}, {"Sompong Rattanakul", model.AssociateOf, "Anucha Srisuk", ""}}, nil},
		{"subject set off by an apposition", "The hotel's owner, a businessman from Yunnan named Tang Xuefeng, is also a partner in a property venture with Thai businessman Chaiwat Srisomboon, filings show.",
			assoc("Tang Xuefeng", "Chaiwat Srisomboon"), nil},
		// Must not fire.
		{"the object of a relative clause before the verb", "Lim Hock, who hired Tang Xuefeng, is also a partner in a property venture with Chaiwat Srisomboon.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"negated partnership", "Tang Xuefeng is not a partner in any venture with Chaiwat Srisomboon.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"denied partnership", "Tang Xuefeng denied being a partner in a venture with Chaiwat Srisomboon.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"the other's relative", "Tang Xuefeng is a partner in a law firm with Chaiwat Srisomboon's brother.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"a clause in the phrase", "Tang Xuefeng was a partner in the firm, which he founded with Chaiwat Srisomboon.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"another person's venture", "Tang Xuefeng, who is a partner in Lim Hock's venture with Chaiwat Srisomboon, declined to comment.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"a rival", "Tang Xuefeng is a rival in the casino trade with Chaiwat Srisomboon.",
			nil, assoc("Tang Xuefeng", "Chaiwat Srisomboon")},
		{"the possessor's lawyer in a list", "Park Min-jun's lawyer, Kim Seo-yeon, and Choi Dong-hyuk spoke to reporters.",
			nil, assoc("Park Min-jun", "Choi Dong-hyuk")},
		{"a speaker after the co-accused", "Park Min-jun's co-accused include two police officers; Kim Seo-yeon, a prosecutor, said the trial would start soon.",
			nil, assoc("Park Min-jun", "Kim Seo-yeon")},
		{"a rival after the co-accused", "Park Min-jun's co-accused were acquitted, and his rival Choi Dong-hyuk said he was pleased.",
			nil, assoc("Park Min-jun", "Choi Dong-hyuk")},
	})
}
