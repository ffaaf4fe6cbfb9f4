package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWhosePostWide holds the shapes of whose_wide.go and their must-not-fire cases.
func TestWhosePostWide(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an occupation with the before the name", "Sino-Khmer Capital sold half of its stake to Pacific Crest Trading Pte Ltd, a Singapore company whose sole director, the lawyer Lim Wei Jie, also acts as company secretary.",
			[]rel{{"Lim Wei Jie", model.Directs, "Pacific Crest Trading Pte Ltd", ""}}, nil},
		{"a registration clause coordinated before whose", "The compound is operated by Wanli Network Technology Co., Ltd., which is registered in Payathonzu and whose listed director, Aung Myo Thant, is also an officer.",
			[]rel{{"Aung Myo Thant", model.Directs, "Wanli Network Technology Co., Ltd.", ""}}, nil},
		{"a chairman after a description", "The land went to Golden Sands Investment Group, a Phnom Penh developer whose chairman, the tycoon Heng Vathana, declined to comment.",
			[]rel{{"Heng Vathana", model.Directs, "Golden Sands Investment Group", ""}}, nil},
		{"a possessed name names the kin", "The land went to Golden Sands Investment Group, a Phnom Penh developer whose director, Heng Vathana's son, declined to comment.",
			nil, []rel{{"Heng Vathana", model.Directs, "Golden Sands Investment Group", ""}}},
		{"words that are no post", "The land went to Golden Sands Investment Group, a Phnom Penh developer whose critics, the lawyer Heng Vathana among them, sued.",
			nil, []rel{{"Heng Vathana", model.Directs, "Golden Sands Investment Group", ""}, {"Heng Vathana", model.EmployedBy, "Golden Sands Investment Group", ""}}},
		{"another clause before whose", "The compound is operated by Wanli Network Technology Co., Ltd., which sued a firm whose director, Aung Myo Thant, is also an officer.",
			nil, []rel{{"Aung Myo Thant", model.Directs, "Wanli Network Technology Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
