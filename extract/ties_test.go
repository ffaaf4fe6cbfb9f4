package extract

import "testing"

// TestTieRules holds each rule of ties.go to sentences it must read and sentences where it
// must stay silent. The names are invented.
func TestTieRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		{"relative clause belongs to the person before it",
			"The casino was built by Ruby Delta Holdings Co., Ltd., a company chaired by Mei Ling Tsao, the cousin of Tran Quoc Hung, who heads the Shan Hills Militia.",
			[]rel{{"Tran Quoc Hung", Directs, "Shan Hills Militia", Reported}},
			[]rel{{"Mei Ling Tsao", Directs, "Shan Hills Militia", ""}}},
		{"which-clause of a company after an apposition",
			"Anong Srisuk, a shareholder of Lanna Gold Entertainment Co., Ltd., which owns the Lanna Gold Casino in Poipet, declined to comment.",
			[]rel{{"Lanna Gold Entertainment Co., Ltd.", Owns, "Lanna Gold Casino", Reported}},
			[]rel{{"Anong Srisuk", Owns, "Lanna Gold Casino", ""}}},
		{"a who-clause does not follow a company",
			"Marlon Dizon, the driver of Seaview Logistics Inc., who owns Jade Tiger Resort, was arrested.",
			nil,
			[]rel{{"Seaview Logistics Inc.", Owns, "Jade Tiger Resort", ""}}},
		{"verb after a name in apposition",
			"Wen Bao's brother, Wen Jie, is the majority shareholder of Orchid Coast Holdings Ltd.",
			[]rel{{"Wen Jie", Owns, "Orchid Coast Holdings Ltd.", Reported}},
			nil},
		{"a list item is no apposition",
			"Police questioned Wen Bao and Wen Jie, was the report of Orchid Coast Holdings Ltd.",
			nil,
			[]rel{{"Wen Jie", Owns, "Orchid Coast Holdings Ltd.", ""}, {"Wen Jie", Directs, "Orchid Coast Holdings Ltd.", ""}}},
		{"verb with a described object restated by the name",
			"His nephew Saw Kyaw Lin runs a security firm, Iron Gate Guard Services, near the river.",
			[]rel{{"Saw Kyaw Lin", Directs, "Iron Gate Guard Services", Reported}},
			nil},
		{"the description must fit the name's type",
			"Saw Kyaw Lin runs a small shop, Iron Gate Guard Services.",
			nil,
			[]rel{{"Saw Kyaw Lin", Directs, "Iron Gate Guard Services", ""}}},
		{"apposition with a participle naming the owner",
			"Regulators fined Lotus Pay Co., Ltd., a payment processor owned by Bright Harbor Group.",
			[]rel{{"Bright Harbor Group", Owns, "Lotus Pay Co., Ltd.", Reported}},
			nil},
		{"the firm of a person",
			"Golden Reed Holdings Group, the firm of the jailed gambling tycoon Ma Wenliang, built the site.",
			[]rel{{"Ma Wenliang", Owns, "Golden Reed Holdings Group", Reported}},
			nil},
		{"a firm merely mentioned with a person is not theirs",
			"Golden Reed Holdings Group, the rival of Ma Wenliang, built the site.",
			nil,
			[]rel{{"Ma Wenliang", Owns, "Golden Reed Holdings Group", ""}}},
		{"a site on land someone owns",
			"Silver Lake Compound sits on land owned by Mekong Crest Investment Co., Ltd., the records show.",
			[]rel{{"Mekong Crest Investment Co., Ltd.", Owns, "Silver Lake Compound", Reported}},
			nil},
		{"land near a site is not under it",
			"Silver Lake Compound sits near land owned by Mekong Crest Investment Co., Ltd.",
			nil,
			[]rel{{"Mekong Crest Investment Co., Ltd.", Owns, "Silver Lake Compound", ""}}},
		{"a site registered to a company",
			"Silver Lake Compound is registered to Mekong Crest Investment Co., Ltd.",
			[]rel{{"Mekong Crest Investment Co., Ltd.", Owns, "Silver Lake Compound", Reported}},
			nil},
		{"employed by, with the role after",
			"Chen Haoyu was employed by Riverbend Holdings Berhad as head of security at the site.",
			[]rel{{"Chen Haoyu", EmployedBy, "Riverbend Holdings Berhad", Reported}},
			nil},
		{"whose role and name without a comma",
			"The release followed a push by the Karen Peace Army, whose spokesman Saw Lah Htoo said the group had acted.",
			[]rel{{"Saw Lah Htoo", EmployedBy, "Karen Peace Army", ""}},
			nil},
		{"a person's armed group is the one they lead",
			"When Saw Eh Doh's Karen Peace Army announced the expulsions, few believed it.",
			[]rel{{"Saw Eh Doh", Directs, "Karen Peace Army", Reported}},
			nil},
		{"a person's body owning the next noun is not theirs",
			"Saw Eh Doh's Karen Peace Army headquarters was moved.",
			nil,
			[]rel{{"Saw Eh Doh", Directs, "Karen Peace Army", ""}}},
		{"a legislator holds an office in the legislature",
			"Pich Rotha, a member of the Senate of Cambodia, chairs Rotha Heng Group Co., Ltd.",
			[]rel{{"Pich Rotha", EmployedBy, "Senate of Cambodia", Reported}, {"Pich Rotha", Directs, "Rotha Heng Group Co., Ltd.", Reported}},
			[]rel{{"Pich Rotha", MemberOf, "Senate of Cambodia", ""}}},
		{"a party keeps its members",
			"Somsak Phong, a member of the Thai Progress Party, spoke.",
			[]rel{{"Somsak Phong", MemberOf, "Thai Progress Party", Reported}},
			[]rel{{"Somsak Phong", EmployedBy, "Thai Progress Party", ""}}},
		{"an officer of an armed group is a member",
			"Colonel Saw Ba Lay, a senior officer in the Karen Peace Army, denied it.",
			[]rel{{"Saw Ba Lay", MemberOf, "Karen Peace Army", ""}},
			[]rel{{"Saw Ba Lay", EmployedBy, "Karen Peace Army", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
