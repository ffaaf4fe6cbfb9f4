package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPeerTies holds the shapes of peer_ties.go: associates named through the other's
// possessive, a copula or a description, with any modifiers; and sentences that must give no tie.
func TestPeerTies(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"copula before the other's possessive", "Investigators said Pon Sothy had been Meng Ratha's business partner since 2019.",
			assoc("Pon Sothy", "Meng Ratha"), nil},
		{"apposition with an unlisted modifier", "Kyaw Min Oo, Daw Khin Lay's long-standing business associate, bought the plot.",
			assoc("Kyaw Min Oo", "Khin Lay"), nil},
		{"described in a notice as", "Yeo Boon Kiat, named in the notice as Arun Pillai's trusted fixer, fled to Bangkok.",
			assoc("Yeo Boon Kiat", "Arun Pillai"), nil},
		{"acting as an adviser", "Dara Vong, acting as Lok Sopheap's personal financial adviser, moved the funds.",
			assoc("Dara Vong", "Lok Sopheap"), nil},
		{"the possessor's adviser is the subject", "Wu Jiahao's closest adviser is Nattapong Sirikul, a lawyer from Bangkok.",
			assoc("Nattapong Sirikul", "Wu Jiahao"), nil},
		{"a partner of, with a hyphenated modifier", "Lin Haoyu is a long-standing business partner of Pheap Sokun and pays him a share.",
			assoc("Lin Haoyu", "Pheap Sokun"), nil},
		{"a partner of a description of the other", "Lin Haoyu, a trader who has been a partner of the firm's chairman, Pheap Sokun, left.",
			assoc("Lin Haoyu", "Pheap Sokun"), nil},
		{"the possessor's brother is the subject", "Wu Jiahao's younger brother is Wu Jianming.",
			[]rel{{"Wu Jianming", model.FamilyOf, "Wu Jiahao", ""}}, nil},
		{"the tie noun in quotation marks", `The ministry described Xie Yunfeng as Zhou Minghao's "right-hand man".`,
			assoc("Xie Yunfeng", "Zhou Minghao"), nil},
		{"a quoted noun with a modifier", `Police said Lim Bo had been Chen Dara's "silent business partner."`,
			assoc("Lim Bo", "Chen Dara"), nil},
		{"a copula after the subject's description ended by who", "The rest belongs to Yang Fuhai, a Fujian-born investor who has been Heng Sovann's business partner since 2016.",
			assoc("Yang Fuhai", "Heng Sovann"), nil},
		{"a copula after the subject's apposition and its comma", "Wang Lihao, a Chinese national who took Cambodian citizenship in 2017, has been Chea Sokha's partner in two ventures.",
			assoc("Wang Lihao", "Chea Sokha"), nil},
		{"an age set off before the copula", "Sok Pisey, 36, is Heng Dara's business partner.",
			assoc("Sok Pisey", "Heng Dara"), nil},
		{"a name set off after its post before the copula", "The firm's director, Sok Pisey, is Heng Dara's business partner.",
			assoc("Sok Pisey", "Heng Dara"), nil},
		{"the subject denies the tie: kept with its denial, alleged",
			"In a meeting in August, Huot Sambath denied being a business partner of Xie Lianfeng and said the firm only rents land.",
			[]rel{{"Huot Sambath", model.AssociateOf, "Xie Lianfeng", model.Alleged}}, nil},
		{"a denial before the other's possessive",
			"Chen Bao denied ever having been Lim Heng's business partner.",
			[]rel{{"Chen Bao", model.AssociateOf, "Lim Heng", model.Alleged}}, nil},
		{"a denial of a tie that is no association",
			"Chen Bao denied being Lim Heng's landlord.",
			nil, assoc("Chen Bao", "Lim Heng")},
		{"a denial of enmity",
			"Chen Bao denied being a critic of Lim Heng.",
			nil, assoc("Chen Bao", "Lim Heng")},
		{"a denial of a partnership in a firm, then a speaker",
			"Chen Bao denied being a partner of the firm, Sok Dara said.",
			nil, assoc("Chen Bao", "Sok Dara")},
		{"a denial of being the partner's lawyer is counsel",
			"Chen Bao denied being Lim Heng's lawyer.",
			nil, assoc("Chen Bao", "Lim Heng")},
		// Must not fire.
		{"a description naming someone else before the copula", "Yang Fuhai, a lawyer who met Lim Dara, has been Heng Sovann's critic since 2016.",
			nil, assoc("Yang Fuhai", "Heng Sovann")},
		{"a description that names a body before the copula", "Yang Fuhai, a manager at Golden Reed Co., Ltd., was Heng Sovann's driver's cousin.",
			nil, assoc("Yang Fuhai", "Heng Sovann")},
		{"a description before a copula that is no tie", "Yang Fuhai, a Fujian-born investor who has been Heng Sovann's guest, left.",
			nil, assoc("Yang Fuhai", "Heng Sovann")},
		// Must not fire.
		{"a quoted noun of enmity", `The ministry described Xie Yunfeng as Zhou Minghao's "fiercest critic".`,
			nil, assoc("Xie Yunfeng", "Zhou Minghao")},
		{"a quoted noun before another's name", `Police said Lim Bo had been Chen Dara's "partner", Tan Wei's accountant.`,
			nil, assoc("Tan Wei", "Chen Dara")},
		{"a critic is no associate", "Kyaw Min Oo, Daw Khin Lay's fiercest critic, spoke on Monday.",
			nil, assoc("Kyaw Min Oo", "Khin Lay")},
		{"meeting the other's partner", "Pon Sothy met Meng Ratha's partner at the hotel.",
			nil, assoc("Pon Sothy", "Meng Ratha")},
		{"a partner of a firm, then a speaker", "Lin Haoyu is a partner of the law firm, Pheap Sokun said.",
			nil, assoc("Lin Haoyu", "Pheap Sokun")},
		{"the partner's own relative", "Wu Jiahao's adviser is Nattapong Sirikul's brother.",
			nil, assoc("Nattapong Sirikul", "Wu Jiahao")},
		{"an apposition about someone else before the copula", "Chan Vuthy, a friend of Lim Sophal, is Heng Dara's business partner.",
			assoc("Chan Vuthy", "Heng Dara"), assoc("Lim Sophal", "Heng Dara")},
		{"an apposition about someone else before the copula, past", "Tan Boon Hock, a cousin of Ong Wei Ming, was Lee Kah Seng's trusted adviser.",
			nil, assoc("Ong Wei Ming", "Lee Kah Seng")},
		{"a partner's lawyer", "Pon Sothy, Meng Ratha's partner's lawyer, declined to comment.",
			nil, assoc("Pon Sothy", "Meng Ratha")},
		{"a lawyer who has been Y's legal adviser is counsel",
			"Chen Hao, a Fujian-born lawyer who has been Zhou Bin's legal adviser since 2016, denied the claims.",
			nil, assoc("Chen Hao", "Zhou Bin")},
		{"Y's tax adviser is counsel",
			"Chen Hao had been Zhou Bin's tax adviser since 2016.",
			nil, assoc("Chen Hao", "Zhou Bin")},
		{"a partner of a national set off before the name", "Police said Thanawat Kaewmanee is a business partner of a Chinese national, Mr. Wei Guoliang, who runs the floors.",
			assoc("Thanawat Kaewmanee", "Wei Guoliang"), nil},
		{"only a partner of a commander called Y", "A relative says Peng Dezhao is only a business partner of an army battalion commander called Li Shunfa.",
			assoc("Peng Dezhao", "Li Shunfa"), nil},
		{"a partner of a firm called Y names no person", "Lim Heng is a partner of a company called Chen Zhi Holdings.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"a partner of a national's brother", "Lim Heng is a business partner of a Chinese national, Chen Zhi's brother.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"a lawyer for a man called Y", "Lim Heng is a lawyer for a businessman called Chen Zhi.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"met with a national called Y", "Lim Heng met with a Chinese national called Chen Zhi in Bangkok.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		// The description before the name is of someone else, the person of its last words.
		{"a partner of the nephew of an investor named Y", "Li Ming is a partner of the nephew of a Chinese investor named Zhang Wei.",
			nil, assoc("Li Ming", "Zhang Wei")},
		{"a partner of the wife of a national, Y", "Li Ming is a business partner of the wife of a Chinese national, Zhang Wei.",
			nil, assoc("Li Ming", "Zhang Wei")},
		{"a partner of a company run by a man called Y", "Li Ming is a partner of a company run by a man called Zhang Wei.",
			nil, assoc("Li Ming", "Zhang Wei")},
		{"a partner of a firm owned by a national, Y", "Li Ming is a partner of a firm owned by a Chinese national, Zhang Wei.",
			nil, assoc("Li Ming", "Zhang Wei")},
	})
}

// TestPeerTieDenied: a tie the subject denies is kept marked as denied, so the graph says so.
func TestPeerTieDenied(t *testing.T) {
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, "Huot Sambath denied being a business partner of Xie Lianfeng.")
	for k, r := range got {
		if k[1] == model.AssociateOf {
			if !r.Denied || r.Grade != model.Alleged {
				t.Errorf("%v: want a denied, alleged tie, got %+v", k, r)
			}
			return
		}
	}
	t.Errorf("no tie read: %v", got)
}
