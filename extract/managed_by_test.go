package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestPostPassives(t *testing.T) {
	x := newTestExtractor(t)
	d := model.Directs
	checkRelCases(t, x, []relCase{
		{"managed by a person", "Northwind Freight Co., Ltd. is managed by Mr. Somchai Rattanakorn, a former customs clerk.",
			[]rel{{"Somchai Rattanakorn", d, "Northwind Freight Co., Ltd.", ""}}, nil},
		{"aside before the verb", "Redstone Holdings Ltd, registered in Macau, is directed by Feng Guoliang, a former junket operator.",
			[]rel{{"Feng Guoliang", d, "Redstone Holdings Ltd", ""}}, nil},
		{"adverb and apposed agent", "The defence argued that Silverline Trading Co., Ltd. was in fact run by a cousin, Chan Wai Ming, and that the defendant was only an investor.",
			[]rel{{"Chan Wai Ming", d, "Silverline Trading Co., Ltd.", ""}}, nil},
		{"second participle of an apposition", "Fuel was sold by Riverbank Oil Co., Ltd., a company owned by Mr. Boonchai Srisuk and managed by his nephew, Mr. Kittisak Rungroj.",
			[]rel{{"Kittisak Rungroj", d, "Riverbank Oil Co., Ltd.", ""}}, []rel{{"Boonchai Srisuk", d, "Riverbank Oil Co., Ltd.", ""}}},
		{"headed by after a former name", "The Kayin Border Army (KBA), the militia formerly known as the Kayin Guard Force and headed by Colonel Saw Ba Tun, guards the site.",
			[]rel{{"Saw Ba Tun", d, "Kayin Border Army", ""}}, nil},
		// must not fire
		{"possessed agent", "Jade Harbour Co., Ltd. is managed by Lin Hao's son.",
			nil, []rel{{"Lin Hao", d, "Jade Harbour Co., Ltd.", ""}}},
		{"a site is operated, not directed", "Bluewater Resort is managed by Chen Wei, a casino veteran.",
			nil, []rel{{"Chen Wei", d, "Bluewater Resort", ""}}},
		{"managed things of a firm", "Sunrise Holdings Ltd said its accounts were managed by Liu Yang, an outside bookkeeper.",
			nil, []rel{{"Liu Yang", d, "Sunrise Holdings Ltd", ""}}},
		{"apposition without a head", "Orchid Bay Trading Co., Ltd., a company registered in Macau and owned by Zhao Lin, hired Wang Fei in 2021.",
			nil, []rel{{"Wang Fei", d, "Orchid Bay Trading Co., Ltd.", ""}, {"Zhao Lin", d, "Orchid Bay Trading Co., Ltd.", ""}}},
	})
}
