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
		{"an alias clause after the name",
			`The defendant Koh Beng Seng, also known as "Uncle Koh," was the chairman of Harbour Crest Holdings Berhad.`,
			[]rel{{"Koh Beng Seng", Directs, "Harbour Crest Holdings Berhad", Reported}},
			nil},
		{"characters in brackets after the name",
			"The defendant Liang Wenjie (梁文杰) was employed by Harbour Crest Holdings Berhad as head of security.",
			[]rel{{"Liang Wenjie", EmployedBy, "Harbour Crest Holdings Berhad", Reported}},
			nil},
		{"a role of a description the name restates",
			"Arnel Cruz's son, Paolo Cruz, was chief executive of the tenant, Northwind Gaming Inc., until March.",
			[]rel{{"Paolo Cruz", Directs, "Northwind Gaming Inc.", Reported}},
			nil},
		{"the description must fit the name",
			"Paolo Cruz was chief executive of the building, Northwind Gaming Inc. said.",
			nil,
			[]rel{{"Paolo Cruz", Directs, "Northwind Gaming Inc.", ""}}},
		{"the second of two coordinated nouns, past an inserted clause",
			"Rosa Mendoza, a citizen of the Philippines, was a recruiter and business associate of Koh Beng Seng.",
			[]rel{{"Koh Beng Seng", AssociateOf, "Rosa Mendoza", Reported}},
			nil},
		{"coordinated nouns that are no tie",
			"Rosa Mendoza, a citizen of the Philippines, was a recruiter and critic of Koh Beng Seng.",
			nil,
			[]rel{{"Koh Beng Seng", AssociateOf, "Rosa Mendoza", ""}}},
		{"a listing's name, rank, body",
			"Tin Maung Oo, Colonel, Karen Peace Army; commands the checkpoint.",
			[]rel{{"Tin Maung Oo", MemberOf, "Karen Peace Army", ""}},
			nil},
		{"a listing's name, place, body is no role",
			"Tin Maung Oo, Myawaddy, Karen Peace Army.",
			nil,
			[]rel{{"Tin Maung Oo", MemberOf, "Karen Peace Army", ""}, {"Tin Maung Oo", EmployedBy, "Karen Peace Army", ""}}},
		{"a body's business arm",
			"The Karen Peace Army's business arm, Moei Valley Trading Company, leases land.",
			[]rel{{"Karen Peace Army", Owns, "Moei Valley Trading Company", Reported}},
			nil},
		{"registered to, past an inserted clause",
			"Silver Lake Compound, which operated behind a call-centre front, is registered to Mekong Crest Investment Co., Ltd.",
			[]rel{{"Mekong Crest Investment Co., Ltd.", Owns, "Silver Lake Compound", Reported}},
			nil},
		{"land leased from someone is not said to be theirs",
			"Silver Lake Compound sits on land leased from Mekong Crest Investment Co., Ltd.",
			nil,
			[]rel{{"Mekong Crest Investment Co., Ltd.", Owns, "Silver Lake Compound", ""}}},
		{"a board listing",
			"Orchid Coast Holdings Ltd.'s board includes Wen Jie, Chen Haoyu and Oknha Pich Rotha.",
			[]rel{{"Wen Jie", Directs, "Orchid Coast Holdings Ltd.", Reported}, {"Chen Haoyu", Directs, "Orchid Coast Holdings Ltd.", Reported},
				{"Pich Rotha", Directs, "Orchid Coast Holdings Ltd.", Reported}},
			nil},
		{"the shareholders of a firm",
			"The shareholders of Orchid Coast Holdings Ltd. include Wen Jie and Lanna Gold Entertainment Co., Ltd.",
			[]rel{{"Wen Jie", Owns, "Orchid Coast Holdings Ltd.", Reported}, {"Lanna Gold Entertainment Co., Ltd.", Owns, "Orchid Coast Holdings Ltd.", Reported}},
			nil},
		{"a possessor in the listing is not a holder",
			"Orchid Coast Holdings Ltd., whose officers included Wen Jie's nephew, declined to comment.",
			nil,
			[]rel{{"Wen Jie", EmployedBy, "Orchid Coast Holdings Ltd.", ""}, {"Wen Jie", Directs, "Orchid Coast Holdings Ltd.", ""}}},
		{"a listing that is no board",
			"Orchid Coast Holdings Ltd.'s clients include Wen Jie and Chen Haoyu.",
			nil,
			[]rel{{"Wen Jie", Directs, "Orchid Coast Holdings Ltd.", ""}, {"Wen Jie", Owns, "Orchid Coast Holdings Ltd.", ""}}},
		{"an owner's stake",
			"Wen Jie's 60 percent stake in Orchid Coast Holdings Ltd. was sold in May.",
			[]rel{{"Wen Jie", Owns, "Orchid Coast Holdings Ltd.", Reported}},
			nil},
		{"a stake's value is no stake",
			"Wen Jie's comments on Orchid Coast Holdings Ltd. were brief.",
			nil,
			[]rel{{"Wen Jie", Owns, "Orchid Coast Holdings Ltd.", ""}}},
		{"several sit on a board",
			"Wen Jie and Chen Haoyu sit on the board of Orchid Coast Holdings Ltd.",
			[]rel{{"Wen Jie", Directs, "Orchid Coast Holdings Ltd.", Reported}, {"Chen Haoyu", Directs, "Orchid Coast Holdings Ltd.", Reported}},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// TestVerbRole holds the post a leadership verb gives, and its silence where the words do
// not say one post.
func TestVerbRole(t *testing.T) {
	cases := []struct{ span, pred, want string }{
		{"Kokang Rising Sun Co., a company chaired by Bai Xuelian", Directs, "chair"},
		{"Peng Deren, who heads the MNDAA", Directs, "head"},
		{"Wen Jie co-founded Orchid Coast Holdings", Directs, "co-founder"},
		{"Wen Jie founded and chaired Orchid Coast Holdings", Directs, ""}, // two posts: none named
		{"Wen Jie runs Orchid Coast Holdings", Directs, ""},
		{"Wen Jie, who led the raid, works for Orchid Coast Holdings", EmployedBy, ""}, // not a leadership tie
	}
	for _, c := range cases {
		if got := verbRole(c.span, c.pred); got != c.want {
			t.Errorf("verbRole(%q, %s) = %q, want %q", c.span, c.pred, got, c.want)
		}
	}
	senate := &docEntity{name: "Senate of Cambodia", typ: Organization}
	party := &docEntity{name: "Thai Progress Party", typ: Organization}
	if got := officeRole("member", EmployedBy, senate); got != "senator" {
		t.Errorf("a member of a senate: role %q, want senator", got)
	}
	if got := officeRole("member", MemberOf, party); got != "member" {
		t.Errorf("a member of a party: role %q, want member", got)
	}
}
