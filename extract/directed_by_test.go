package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDirectedBy holds the shapes of directed_by.go and their must-not-fire cases.
func TestDirectedBy(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"which is directed by a national", "Taw Kha Park is operated by Hongyuan International Investment Co., Ltd., which is directed by Chinese national Sun Guoqiang.",
			[]rel{{"Sun Guoqiang", model.Directs, "Hongyuan International Investment Co., Ltd.", ""}}, nil},
		{"a relative clause before the verb, a description set off before the name", "Golden Sail Technology Co., Ltd., which lists an office in Sihanoukville, is directed on paper by a 26-year-old Cambodian woman, Roeun Pisey.",
			[]rel{{"Roeun Pisey", model.Directs, "Golden Sail Technology Co., Ltd.", ""}}, nil},
		{"a plain passive", "Records show Lotus Bridge Trading Ltd. was directed by Ong Mei Ling until 2022.",
			[]rel{{"Ong Mei Ling", model.Directs, "Lotus Bridge Trading Ltd.", ""}}, nil},
		{"a body directed by its head", "The Anti-Scam Centre of Cambodia is directed by Lt. Gen. Chhay Kim Khoeun.",
			[]rel{{"Chhay Kim Khoeun", model.Directs, "Anti-Scam Centre of Cambodia", ""}}, nil},
		{"a possessed name names the kin", "Lotus Bridge Trading Ltd. is directed by Chen Zhi's cousin, Ong Mei Ling.",
			nil, []rel{{"Chen Zhi", model.Directs, "Lotus Bridge Trading Ltd.", ""}}},
		{"another firm stands before the person", "Lotus Bridge Trading Ltd. was directed by Prince Holding Group, whose chairman Chen Zhi denied it.",
			nil, []rel{{"Chen Zhi", model.Directs, "Lotus Bridge Trading Ltd.", ""}}},
		{"money directed by a person to a firm", "The funds were directed by Ong Mei Ling to Lotus Bridge Trading Ltd. in 2022.",
			nil, []rel{{"Ong Mei Ling", model.Directs, "Lotus Bridge Trading Ltd.", ""}}},
		{"a raid directed by an officer is no post in the firm", "Lotus Bridge Trading Ltd. was raided in a sweep directed by Colonel Sok Dara.",
			nil, []rel{{"Sok Dara", model.Directs, "Lotus Bridge Trading Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
