package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoordinatedTies holds the shapes of coordinated_ties.go: a tie noun coordinated with
// another description of the same person; and sentences that must give no tie.
func TestCoordinatedTies(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"apposition: a national and the partner", "Xu Jianfeng, a Chinese national and Saw Maung Nyein's business partner, serves as chairman of Moei Star.",
			assoc("Xu Jianfeng", "Saw Maung Nyein"), nil},
		{"copula: a post at a firm and the partner", "Chit Ko Ko, a Burmese national, is the managing director of Lucky Star Trading Co., Ltd. and Li Xiangdong's longtime business partner; he handles the payments.",
			assoc("Chit Ko Ko", "Li Xiangdong"), nil},
		{"as: the landowner and a partner of", "Two interviewees identified a Thai businessman, Anucha Srisawat, as the landowner at Payathonzu and a long-time partner of Wei Dongsheng.",
			assoc("Anucha Srisawat", "Wei Dongsheng"), nil},
		{"copula: the director and an associate of", "Sok Dara was the finance director and a close associate of Heng Vuthy until 2022.",
			assoc("Sok Dara", "Heng Vuthy"), nil},
		// Must not fire.
		{"a rival, not a partner", "Xu Jianfeng, a Chinese national and Saw Maung Nyein's rival, serves as chairman of Moei Star.",
			nil, assoc("Xu Jianfeng", "Saw Maung Nyein")},
		{"the partner's own lawyer", "Xu Jianfeng, a Chinese national and Saw Maung Nyein's legal adviser, serves as chairman of Moei Star.",
			nil, assoc("Xu Jianfeng", "Saw Maung Nyein")},
		{"a partner of someone else named nearby", "Chit Ko Ko, a Burmese national, is the brother-in-law of Tan Wei Ming and Li Xiangdong's business partner.",
			nil, assoc("Chit Ko Ko", "Li Xiangdong")},
		{"the partner named after the noun", "Chit Ko Ko is the managing director and Li Xiangdong's business partner Wang Hao is the chairman.",
			nil, assoc("Chit Ko Ko", "Li Xiangdong")},
		{"denied, with a negation in the description", "Sok Dara was not the finance director and never a partner of Heng Vuthy, he said.",
			nil, assoc("Sok Dara", "Heng Vuthy")},
		{"a clause in the description", "Sok Dara, a trader who met the governor once and Heng Vuthy's partner, left.",
			nil, assoc("Sok Dara", "Heng Vuthy")},
		{"the partner's relative", "Sok Dara, a Cambodian trader and Heng Vuthy's brother's business partner, left.",
			nil, assoc("Sok Dara", "Heng Vuthy")},
		{"met once, no tie", "Sok Dara, a Cambodian trader and Heng Vuthy's guest at one dinner, denied knowing him.",
			nil, assoc("Sok Dara", "Heng Vuthy")},
	})
}
