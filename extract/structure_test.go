package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStructureRelations holds each rule over sentence structure to what it must read
// (recall) and, beside it, to what it must not (precision). A grade of "" in want accepts any
// grade; forbid matches whatever the grade.
func TestStructureRelations(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
		roles  map[string]string // "subject|object" -> role
	}{
		{"apposition through a place in the possessive",
			"Chou Bun Eng, permanent vice chairwoman of Cambodia's National Committee for Counter Trafficking, said the raids would go on.",
			[]rel{{"Chou Bun Eng", model.Directs, "National Committee for Counter Trafficking", model.Reported}},
			[]rel{{"Chou Bun Eng", model.Directs, "Cambodia", ""}},
			map[string]string{"Chou Bun Eng|National Committee for Counter Trafficking": "vice chairwoman"}},
		{"apposition through a -based adjective",
			"Mina Chiang, founder of the U.K.-based Humanity Research Consultancy, has tracked the trade for years.",
			[]rel{{"Mina Chiang", model.Directs, "Humanity Research Consultancy", model.Reported}},
			nil,
			map[string]string{"Mina Chiang|Humanity Research Consultancy": "founder"}},
		{"coordination through a possessive: both are designated, the second is the first's",
			"In 2024 OFAC designated Cambodian senator Ly Yong Phat and his conglomerate, L.Y.P. Group, for abuses.",
			[]rel{{"Ly Yong Phat", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"L.Y.P. Group", model.SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Ly Yong Phat", model.Owns, "L.Y.P. Group", ""}},
			nil, nil},
		{"coordination with a relative is no ownership",
			"In 2024 OFAC designated Ly Yong Phat and his son, Ly Ching, for abuses.",
			[]rel{{"Ly Yong Phat", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Ly Yong Phat", model.Owns, "Ly Ching", ""}},
			nil},
		{"relative clause at the end of an apposition",
			"Workers were held at the O'Smach Resort, a casino complex near the Thai border that is owned by L.Y.P. Group.",
			[]rel{{"L.Y.P. Group", model.Owns, "O'Smach Resort", model.Reported}},
			nil, nil},
		{"an apposition with a verb of its own is a clause: nothing is read across it",
			"KK Park, where police found 300 workers that Chen Zhi recruited, is owned by Prince Holding Group.",
			nil,
			[]rel{{"Chen Zhi", model.Owns, "KK Park", ""}},
			nil},
		{"inserted phrase between commas; the head of 'body title person' is the person",
			"Harmony Tech Park, on the border with Thailand, is run by Karen Peace Force commander Saw Ba Hein.",
			[]rel{{"Saw Ba Hein", model.Operates, "Harmony Tech Park", model.Reported}, {"Saw Ba Hein", model.Directs, "Karen Peace Force", model.Reported}},
			[]rel{{"Karen Peace Force", model.Operates, "Harmony Tech Park", ""}, {"Harmony Tech Park", model.LocatedIn, "Thailand", ""}},
			map[string]string{"Saw Ba Hein|Karen Peace Force": "commander"}},
		{"a name that modifies a noun is not the agent",
			"Golden Fortune Resorts World, a compound built by a Prince Holding Group subsidiary, was designated.",
			nil,
			[]rel{{"Prince Holding Group", model.Operates, "Golden Fortune Resorts World", ""}},
			nil},
		{"examples of the verb's object",
			"The DKBA protects scam centers in Myawaddy Township, including the Min Let Pan compound.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Min Let Pan", model.Reported}},
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Myawaddy", ""}},
			nil},
		{"examples after a second clause are not the first verb's",
			"The DKBA protects scam centers, and police raided compounds including KK Park.",
			nil,
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", ""}},
			nil},
		{"its + role points to the body named before",
			"The Karen Border Guard Force holds a stake in the project, and its leader Saw Chit Thu is a close associate of She Zhijiang.",
			[]rel{{"Saw Chit Thu", model.Directs, "Karen National Army", model.Reported}},
			nil, nil},
		{"the forces of a state named by a demonym raid",
			"Lao security forces raided the Kings Romans casino in 2022. Lao workers said Thai officials came later.",
			[]rel{{"Lao security forces", model.Raided, "Golden Triangle Special Economic Zone", model.Reported}},
			[]rel{{"Lao workers", model.Raided, "Golden Triangle Special Economic Zone", ""}}, nil},
		{"guarded by soldiers of a body",
			"KK Park is guarded by soldiers of the Karen Border Guard Force. Shwe Kokko is guarded by soldiers.",
			[]rel{{"Karen National Army", model.Protects, "KK Park", model.Reported}},
			[]rel{{"Karen National Army", model.Protects, "Shwe Kokko", ""}}, nil},
		{"backing shields a site, not a company",
			"Shwe Kokko operates with the backing of the DKBA. Prince Holding Group grew with the backing of Hun To.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Shwe Kokko", model.Reported}},
			[]rel{{"Hun To", model.Protects, "Prince Holding Group", ""}}, nil},
		{"a name made an adjective of a tie",
			"Under a lease signed in 2020, the KNU-owned Mulaei Alin Co. leased land to Troth Star Co. Ltd. A KNU-linked firm, Troth Star Co. Ltd., paid.",
			[]rel{{"Karen National Union", model.Owns, "Mulaei Alin Co.", model.Reported}},
			[]rel{{"Karen National Union", model.Owns, "Troth Star", ""}}, nil},
		{"a person's company in the possessive; the possessor of a noun before a name is not",
			"Zhao Wei's Dok Ngiew Kham group holds 80 percent. Police seized Chen Zhi's assets at Prince Holding Group.",
			[]rel{{"Zhao Wei", model.Owns, "Dok Ngiew Kham Group", model.Reported}},
			[]rel{{"Chen Zhi", model.Owns, "Prince Holding Group", ""}}, nil},
		{"his + business noun: the person named before owns it; his + relative is family",
			"The United States sanctioned Ly Yong Phat on Thursday. OFAC also designated his conglomerate, L.Y.P. Group Co., Ltd. His son Ly Ching was not named.",
			[]rel{{"Ly Yong Phat", model.Owns, "L.Y.P. Group", model.Reported}},
			[]rel{{"Office of Foreign Assets Control", model.Owns, "L.Y.P. Group", ""}}, nil},
		{"a plural role before a list of people",
			"Two senior KNU leaders, Padoh Saw Kwe Htoo Win and Saw Roger Khin, signed the document. Villagers, Saw Ba Hein and Nang Mya, watched.",
			[]rel{{"Saw Kwe Htoo Win", model.Directs, "Karen National Union", model.Reported}, {"Saw Roger Khin", model.Directs, "Karen National Union", model.Reported}},
			[]rel{{"Saw Ba Hein", model.Directs, "Karen National Union", ""}}, nil},
		{"an object relative clause: the second name did it to the first",
			"Shwe Kokko, the development the BGF built with Yatai, grew fast. KK Park, the compound that Chen Zhi visited, was raided.",
			[]rel{{"Karen National Army", model.Operates, "Shwe Kokko", model.Reported}},
			[]rel{{"Chen Zhi", model.Operates, "KK Park", ""}, {"Chen Zhi", model.Owns, "KK Park", ""}}, nil},
		{"a company in apposition to a possessor's company",
			"Justice For Myanmar describes Chit Linn Myaing Co. Ltd., the BGF's main company, in detail. Troth Star Co. Ltd., the BGF's landlord, paid.",
			[]rel{{"Karen National Army", model.Owns, "Chit Linn Myaing", model.Reported}},
			[]rel{{"Karen National Army", model.Owns, "Troth Star", ""}}, nil},
		{"a raid told through what the raiders did; speech about a raid is no raid",
			"Lao security forces detained 771 people in a raid on the Golden Triangle Special Economic Zone. Amnesty International said the raid on KK Park came late. Amnesty International condemned the crackdown on Shwe Kokko.",
			[]rel{{"Lao security forces", model.Raided, "Golden Triangle Special Economic Zone", model.Reported}},
			[]rel{{"Amnesty International", model.Raided, "KK Park", ""}, {"Amnesty International", model.Raided, "Shwe Kokko", ""}}, nil},
		{"the agent's phrase is headed by the name after a possessive",
			"Thai air strikes hit the O'Smach Resort, the compound owned by senator Ly Yong Phat's L.Y.P. Group that the United States sanctioned.",
			[]rel{{"L.Y.P. Group", model.Owns, "O'Smach Resort", model.Reported}, {"Ly Yong Phat", model.Owns, "L.Y.P. Group", ""}},
			[]rel{{"Ly Yong Phat", model.Owns, "O'Smach Resort", ""}}, nil},
		{"whose owner, past a name that qualifies the phrase",
			"The Royal Hill Resort & Casino, another O'Smach property whose owner is Lim Heng, was also hit. Golden Fortune Resorts World, whose workers fled to Phnom Penh, closed.",
			[]rel{{"Lim Heng", model.Owns, "Royal Hill Resort & Casino", model.Reported}},
			nil, nil},
		{"a public role in an apposition, through a participle",
			"Ly Yong Phat, a senator of the ruling Cambodian People's Party, was sanctioned.",
			[]rel{{"Ly Yong Phat", model.MemberOf, "Cambodian People's Party", model.Reported}},
			nil, map[string]string{"Ly Yong Phat|Cambodian People's Party": "senator"}},
		{"a tie to one item of a coordinated list is every item's",
			"Police questioned Saw Chit Thu's sons Saw Htoo Eh Moo and Saw Chit Chit. Lucky South 99 Outsourcing Inc. was run by Huang Zhiyang and Cassandra Li Ong.",
			[]rel{{"Saw Chit Thu", model.FamilyOf, "Saw Htoo Eh Moo", ""}, {"Saw Chit Chit", model.FamilyOf, "Saw Chit Thu", ""},
				{"Huang Zhiyang", model.Directs, "Lucky South 99 Outsourcing Inc.", ""}, {"Cassandra Li Ong", model.Directs, "Lucky South 99 Outsourcing Inc.", ""}},
			[]rel{{"Saw Htoo Eh Moo", model.FamilyOf, "Saw Chit Chit", ""}}, nil},
		{"an apposition is no list",
			"Police said the operator of Lotus Garden Park, Pearl River Trading Co., Ltd., is registered in Hong Kong.",
			nil,
			[]rel{{"Lotus Garden Park", model.LocatedIn, "Hong Kong", ""}}, nil},
		{"a role in the possessive of an apposed name",
			"OFAC is also designating Liu Lizhi, Funnull Technology Inc.'s administrator.",
			[]rel{{"Liu Lizhi", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			nil, nil},
		{"a place set off by commas is in the place after it; a country is in nothing",
			"Workers crossed from Mae Sot, Thailand, into Myawaddy, Myanmar, at night. KK Park, Thailand said, is a scam hub.",
			[]rel{{"Mae Sot", model.LocatedIn, "Thailand", model.Reported}, {"Myawaddy", model.LocatedIn, "Myanmar", model.Reported}},
			[]rel{{"Thailand", model.LocatedIn, "Myanmar", ""}, {"KK Park", model.LocatedIn, "Thailand", ""}}, nil},
		{"two names joined by a comma alone are no list",
			"According to the US Treasury, Funnull Technology is controlled by Liu Lizhi.",
			[]rel{{"Liu Lizhi", model.Owns, "Funnull Technology", model.Alleged}},
			[]rel{{"Liu Lizhi", model.Directs, "US Department of the Treasury", ""}}, nil},
		{"a country sanctions through its government; the apposition's name is not sanctioned",
			"Saw Chit Thu, the leader of the Karen National Army, was sanctioned by the United Kingdom in 2023. Chen Zhi was arrested in Phnom Penh and sanctioned by Phnom Penh officials.",
			[]rel{{"Saw Chit Thu", model.SanctionedBy, "United Kingdom", model.Reported}},
			[]rel{{"Karen National Army", model.SanctionedBy, "United Kingdom", ""}, {"Chen Zhi", model.SanctionedBy, "Phnom Penh", ""}}, nil},
		{"a role after a body's name in an apposition; a person of a body works for it",
			"Jacob Sims, a UNODC analyst, spoke. Mina Chiang of Humanity Research Consultancy said the trade grew. Police seized the assets of Chen Zhi of Prince Holding Group's bank.",
			[]rel{{"Jacob Sims", model.EmployedBy, "United Nations Office on Drugs and Crime", model.Reported}, {"Mina Chiang", model.EmployedBy, "Humanity Research Consultancy", ""}},
			[]rel{{"Chen Zhi", model.EmployedBy, "Prince Holding Group", ""}},
			map[string]string{"Jacob Sims|United Nations Office on Drugs and Crime": "analyst"}},
		{"stakes, appointments and a company's site in the possessive",
			"Chen Zhi holds a 60 percent stake in Golden Fortune Resorts World. Chen Zhi was appointed chairman of Prince Bank. Prince Holding Group's Jin Bei Casino was raided. Prince Holding Group's KK Park crackdown began.",
			[]rel{{"Chen Zhi", model.Owns, "Golden Fortune Resorts World", model.Reported}, {"Chen Zhi", model.Directs, "Prince Bank", model.Reported},
				{"Prince Holding Group", model.Owns, "Jin Bei Casino", model.Reported}},
			[]rel{{"Prince Holding Group", model.Owns, "KK Park", ""}}, nil},
		{"capital of",
			"Recruiters sent workers to compounds in Mong Hpa, the capital of the Lwe Kham Self-Administered Zone.",
			[]rel{{"Mong Hpa", model.LocatedIn, "Lwe Kham Self-Administered Zone", ""}},
			nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
			for so, role := range c.roles {
				s, o, _ := strings.Cut(so, "|")
				found := false
				for k, r := range got {
					if k[0] == s && k[2] == o && r.Role == role {
						found = true
					}
				}
				if !found {
					t.Errorf("no relation %s -> %s with role %q; got %v", s, o, role, got)
				}
			}
		})
	}
}

// TestReferences resolves "the company", "its", "he" to the right earlier name, quotes both
// sentences, and leaves references it cannot resolve safely alone.
func TestReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
		quote  string // a claim made through a reference quotes from here
	}{
		{"definite description of a company",
			"Shwe Kokko was built by Yatai International Holding Group. The company is headed by She Zhijiang.",
			[]rel{{"Yatai International Holding Group", model.Operates, "Shwe Kokko", model.Reported}, {"She Zhijiang", model.Directs, "Yatai International Holding Group", model.Reported}},
			nil, "Shwe Kokko was built"},
		{"the compound, three sentences on",
			"Police raided KK Park on Monday. They detained 300 people. Phones were seized. The compound is protected by the DKBA.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", model.Reported}},
			nil, "Police raided KK Park"},
		{"a description too far back is discourse-new when more than one site was named",
			"Police raided KK Park and Shwe Kokko on Monday. They detained 300 people. Phones were seized. Cash was found. Lawyers arrived. The compound is protected by the DKBA.",
			nil,
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", ""}}, ""},
		{"the type must fit: a compound is no company",
			"Police raided KK Park on Monday. The company is owned by Chen Zhi.",
			nil,
			[]rel{{"Chen Zhi", model.Owns, "KK Park", ""}}, ""},
		{"a pronoun with one person before it",
			"Chen Zhi was born in Fujian. He founded Prince Holding Group in 2015.",
			[]rel{{"Chen Zhi", model.Directs, "Prince Holding Group", model.Reported}},
			nil, "Chen Zhi was born"},
		{"a pronoun with two people before it is left alone",
			"Chen Zhi met She Zhijiang in Bangkok. He founded Prince Holding Group in 2015.",
			nil,
			[]rel{{"Chen Zhi", model.Directs, "Prince Holding Group", ""}, {"She Zhijiang", model.Directs, "Prince Holding Group", ""}}, ""},
		{"its post, then a nationality before the name",
			"Regulators designated Yadanar Star Company Limited, the developer of the site, and its director, Chinese national Zhao Weiming.",
			[]rel{{"Zhao Weiming", model.Directs, "Yadanar Star Company Limited", model.Reported}},
			nil, ""},
		{"that, after a preposition, is a determiner",
			"Survivors said militiamen of the Tachileik People's Militia manned the gates. Sai Nyi Nyi is a captain in that militia.",
			[]rel{{"Sai Nyi Nyi", model.MemberOf, "Tachileik People's Militia", model.Reported}},
			nil, "Survivors said"},
		{"that after a verb is a conjunction",
			"Prince Holding Group was sanctioned. Officials said that company directors such as Lin Wei had fled.",
			nil,
			[]rel{{"Lin Wei", model.Directs, "Prince Holding Group", ""}}, ""},
		{"the group is the name that ends in group",
			"The tower is owned by Crown Rock Investment Group, whose founder advises the Ministry of Commerce. The group's vice chairman, Lim Sothea, declined to comment.",
			[]rel{{"Lim Sothea", model.Directs, "Crown Rock Investment Group", model.Reported}},
			[]rel{{"Lim Sothea", model.Directs, "Ministry of Commerce", ""}}, "The tower is owned"},
		{"a head noun inside a longer phrase is no reference",
			"Prince Holding Group was sanctioned. The company director Lin Wei owns Golden Fortune Resorts World.",
			nil,
			[]rel{{"Prince Holding Group", model.Owns, "Golden Fortune Resorts World", ""}}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
			if c.quote != "" && len(c.want) > 0 {
				w := c.want[len(c.want)-1]
				if r := got[[3]string{w.s, w.p, w.o}]; !strings.HasPrefix(r.Quote, c.quote) {
					t.Errorf("quote %q does not start with the antecedent's sentence %q", r.Quote, c.quote)
				}
			}
		})
	}
}

// checkRelations fails the test for each wanted relation missing from got (or of another
// grade, where one is given) and for each forbidden one present.
func checkRelations(t *testing.T, got map[[3]string]model.Relation, want, forbid []rel) {
	t.Helper()
	for _, w := range want {
		r, ok := got[[3]string{w.s, w.p, w.o}]
		if !ok {
			t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, relKeys(got))
			continue
		}
		if w.grade != "" && r.Grade != w.grade {
			t.Errorf("%s %s %s: grade %s, want %s", w.s, w.p, w.o, r.Grade, w.grade)
		}
	}
	for _, f := range forbid {
		if _, ok := got[[3]string{f.s, f.p, f.o}]; ok {
			t.Errorf("unwanted %s %s %s", f.s, f.p, f.o)
		}
	}
}

// checkRelationsEitherWay is checkRelations for cases whose symmetric relations may be read
// in either order: a FAMILY_OF or ASSOCIATE_OF counts whichever name comes first.
func checkRelationsEitherWay(t *testing.T, got map[[3]string]model.Relation, want, forbid []rel) {
	t.Helper()
	has := func(r rel) bool {
		if _, ok := got[[3]string{r.s, r.p, r.o}]; ok {
			return true
		}
		_, ok := got[[3]string{r.o, r.p, r.s}]
		return ok && model.Symmetric(r.p)
	}
	for _, w := range want {
		if !has(w) {
			t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, relKeys(got))
		}
	}
	for _, f := range forbid {
		if has(f) {
			t.Errorf("unwanted %s %s %s", f.s, f.p, f.o)
		}
	}
}

func relKeys(m map[[3]string]model.Relation) [][3]string {
	out := make([][3]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
