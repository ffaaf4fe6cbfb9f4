package extract

import (
	"slices"
	"testing"
)

// TestRecallRules holds the rules of extract/1.3.0 to what they must read (recall) and, beside
// each, to what they must not (precision). A grade of "" in want accepts any grade.
func TestRecallRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name     string
		text     string
		want     []rel
		forbid   []rel
		entities []string // "Type:Name" of names that must be entities of their own
	}{
		{"a participle phrase after a name: the verb after it is the first name's",
			"Hengda Holdings, founded by Chen Meng, runs the Golden Sands compound.",
			[]rel{{"Chen Meng", Directs, "Hengda Holdings", Reported}, {"Hengda Holdings", Operates, "Golden Sands", Reported}},
			[]rel{{"Chen Meng", Operates, "Golden Sands", ""}}, nil},
		{"a participle phrase of place is no inserted clause for places in a row",
			"Golden Sands Park, located in Myawaddy, Myanmar, held 2,000 people.",
			[]rel{{"Golden Sands Park", LocatedIn, "Myawaddy", ""}, {"Myawaddy", LocatedIn, "Myanmar", ""}},
			nil, nil},
		{"a person and a company joined by and are two names",
			"The Treasury's Office of Foreign Assets Control sanctioned Chen Meng, Sok Dara and Hengda Holdings.",
			[]rel{{"Chen Meng", SanctionedBy, "Office of Foreign Assets Control", ""}, {"Sok Dara", SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Hengda Holdings", SanctionedBy, "Office of Foreign Assets Control", ""}},
			nil, []string{"Person:Sok Dara", "Company:Hengda Holdings"}},
		{"fields joined by and stay one body's name",
			"The Philippine Amusement and Gaming Corporation revoked the licence. The World Hongmen History and Culture Association met.",
			nil, nil, []string{"Company:Philippine Amusement and Gaming Corporation", "Organization:World Hongmen History and Culture Association"}},
		{"a designation of a counted class followed by a colon",
			"OFAC also designated three companies: Hengda Holdings, Sunrise Development Co., Ltd. and Golden Sands Co., Ltd.",
			[]rel{{"Hengda Holdings", SanctionedBy, "Office of Foreign Assets Control", ""}, {"Golden Sands Co., Ltd.", SanctionedBy, "Office of Foreign Assets Control", ""}},
			nil, nil},
		{"works for; a place's work is no employment",
			"Sok Dara works for Hengda Holdings. Bavet works for Hengda Holdings.",
			[]rel{{"Sok Dara", EmployedBy, "Hengda Holdings", Reported}},
			[]rel{{"Bavet", EmployedBy, "Hengda Holdings", ""}}, nil},
		{"soldiers of a body guard a site",
			"Soldiers from the Democratic Karen Benevolent Army guard the Golden Sands compound.",
			[]rel{{"Democratic Karen Benevolent Army", Protects, "Golden Sands", Reported}},
			nil, nil},
		{"a site lies in a place; a body that sits in a city is not located by it",
			"Shwe Kokko lies in Myawaddy Township. The Karen National Union sits in Myawaddy for talks.",
			[]rel{{"Shwe Kokko", LocatedIn, "Myawaddy", Reported}},
			[]rel{{"Karen National Union", LocatedIn, "Myawaddy", ""}}, nil},
		{"an apposition that names a compound and its place",
			"Workers at Golden Sands Park, a compound in Bavet, were freed. Golden Sands Park, a sprawling compound near Thailand, was raided.",
			[]rel{{"Golden Sands Park", LocatedIn, "Bavet", ""}},
			[]rel{{"Golden Sands Park", LocatedIn, "Thailand", ""}}, nil},
		{"a name no list holds before 'compound' is a compound",
			"Police raided the Zun Yuan Technology compound in Bamban.",
			[]rel{{"Zun Yuan Technology", LocatedIn, "Bamban", ""}},
			nil, nil},
		{"a role before a name in apposition to it",
			"The wife of Chen Meng, Lim Srey, holds shares in Hengda Holdings. The founder of Hengda Holdings, Chen Meng, was arrested.",
			[]rel{{"Chen Meng", FamilyOf, "Lim Srey", Reported}, {"Chen Meng", Directs, "Hengda Holdings", Reported}},
			nil, nil},
		{"a role before a name that starts a list is no apposition",
			"He met the wife of Chen Meng, Lim Srey and Sok Dara. He met the founder of Hengda Holdings, Chen Meng, Sok Dara and others.",
			nil,
			[]rel{{"Chen Meng", FamilyOf, "Lim Srey", ""}, {"Chen Meng", Directs, "Hengda Holdings", ""}}, nil},
		{"a title before a name is the author's statement: speech after it does not hedge it",
			"Interpol secretary-general Jurgen Stock said that the trade was growing. Hengda Holdings chairman Chen Meng said the site was closed.",
			[]rel{{"Jurgen Stock", Directs, "Interpol", Reported}, {"Chen Meng", Directs, "Hengda Holdings", Reported}},
			nil, nil},
		{"an age set off after a name",
			"Chen Meng, 45, owns Golden Sands Park.",
			[]rel{{"Chen Meng", Owns, "Golden Sands Park", Reported}}, nil, nil},
		{"two coordinated verbs each take the object; a verb of another kind takes nothing",
			"Chen Meng owned and operated Golden Sands Park. Sok Dara visited and praised Sunrise Park.",
			[]rel{{"Chen Meng", Owns, "Golden Sands Park", Reported}, {"Chen Meng", Operates, "Golden Sands Park", Reported}},
			[]rel{{"Sok Dara", Owns, "Sunrise Park", ""}, {"Sok Dara", Operates, "Sunrise Park", ""}}, nil},
		{"the owner of a compound in apposition; the head of a compound runs it",
			"The owner of Golden Sands Park, Chen Meng, was arrested. Police arrested Sok Dara, the boss of Sunrise Park.",
			[]rel{{"Chen Meng", Owns, "Golden Sands Park", Reported}, {"Sok Dara", Operates, "Sunrise Park", Reported}},
			[]rel{{"Sok Dara", Directs, "Sunrise Park", ""}}, nil},
		{"a description after a name is no reference to it",
			"Hengda Holdings, the developer of Golden Sands Park, built it in 2019.",
			[]rel{{"Hengda Holdings", Operates, "Golden Sands Park", Reported}}, nil, nil},
		{"a passive with words before its agent; the raid on X by Y",
			"Golden Sands Park was raided on Tuesday by the Cambodian National Police. The raid on Sunrise Park by the Anti-Human Trafficking Department freed 300 workers.",
			[]rel{{"Cambodian National Police", Raided, "Golden Sands Park", Reported}, {"Anti-Human Trafficking Department", Raided, "Sunrise Park", Reported}},
			nil, nil},
		{"a visit by a body is no raid",
			"The tour of Sunrise Park by the Anti-Human Trafficking Department was brief.",
			nil, []rel{{"Anti-Human Trafficking Department", Raided, "Sunrise Park", ""}}, nil},
		{"a role stated through the body's possessive",
			"Sok Dara is Hengda Holdings' chief financial officer. Lim Srey was Sunrise Development Co., Ltd.'s chief executive officer.",
			[]rel{{"Sok Dara", Directs, "Hengda Holdings", Reported}},
			nil, nil},
		{"a titled person of a body: the name ends at 'of'",
			"Police Colonel Thanakorn Srisuwan of the Tak Immigration Bureau said the raid went ahead.",
			[]rel{{"Thanakorn Srisuwan", EmployedBy, "Tak Immigration Bureau", ""}},
			nil, []string{"Person:Thanakorn Srisuwan", "Organization:Tak Immigration Bureau"}},
		{"a body named with a title word stays a body",
			"The General Commissariat of National Police raided the Phoenix Garden compound.",
			nil, nil, []string{"Organization:General Commissariat of National Police"}},
		{"titles inside a list of subjects",
			"Oknha Sok Vanna and Neak Oknha Lim Chhay own the Golden Lotus Resort. The UK sanctioned Hengda Holdings and its chairman Chen Meng.",
			[]rel{{"Sok Vanna", Owns, "Golden Lotus Resort", Reported}, {"Lim Chhay", Owns, "Golden Lotus Resort", Reported},
				{"Chen Meng", SanctionedBy, "United Kingdom", ""}},
			[]rel{{"Chen Meng", Owns, "Hengda Holdings", ""}}, nil},
		{"sanctions through a possessive, a list, 'under sanctions' and an object relative clause",
			"OFAC's sanctions against Hengda Holdings took effect. Sunrise Development Co., Ltd. was added to the OFAC sanctions list. Chen Meng has been under US sanctions since 2024. Lim Srey, whom the US Treasury sanctioned in 2024, fled.",
			[]rel{{"Hengda Holdings", SanctionedBy, "Office of Foreign Assets Control", Reported}, {"Sunrise Development Co., Ltd.", SanctionedBy, "Office of Foreign Assets Control", Reported},
				{"Chen Meng", SanctionedBy, "United States", Reported}, {"Lim Srey", SanctionedBy, "US Department of the Treasury", Reported}},
			nil, nil},
		{"a list that is no sanctions list; a country's name before a compound",
			"Hengda Holdings was added to the OFAC website. Chen Meng has been under US pressure.",
			nil,
			[]rel{{"Hengda Holdings", SanctionedBy, "Office of Foreign Assets Control", ""}, {"Chen Meng", SanctionedBy, "United States", ""}}, nil},
		{"a designation that names no agent takes the body that sanctions just before",
			"Today, the Office of Foreign Assets Control (OFAC) sanctioned a network of companies. Hengda Holdings is being designated pursuant to E.O. 13818 for being owned or controlled by Chen Meng. Sunrise Development Co., Ltd. was designated pursuant to E.O. 14059.",
			[]rel{{"Hengda Holdings", SanctionedBy, "Office of Foreign Assets Control", ""}, {"Sunrise Development Co., Ltd.", SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Chen Meng", Owns, "Hengda Holdings", ""}},
			nil, nil},
		{"no agent without a body that sanctions; a denial or an agent named after 'by' is not agentless",
			"Police raided the office. Hengda Holdings was designated pursuant to E.O. 14059. The UK sanctioned Chen Meng. Lim Srey was not designated. Sok Dara was designated by the European Union.",
			[]rel{{"Sok Dara", SanctionedBy, "European Union", ""}},
			[]rel{{"Hengda Holdings", SanctionedBy, "United Kingdom", ""}, {"Lim Srey", SanctionedBy, "United Kingdom", ""}, {"Sok Dara", SanctionedBy, "United Kingdom", ""}}, nil},
		{"a company described by a place-based adjective, owned by a person",
			"Sunrise Development Co., Ltd. is a Cambodia-based company owned by Chen Meng.",
			[]rel{{"Chen Meng", Owns, "Sunrise Development Co., Ltd.", Reported}}, nil, nil},
		{"a body's members act for it in a raid; 'targeted in a raid by'",
			"Thai police and soldiers raided Golden Sands Park on Tuesday. Sunrise Park was targeted in a raid by the Cambodian National Police.",
			[]rel{{"Royal Thai Police", Raided, "Golden Sands Park", Reported}, {"Cambodian National Police", Raided, "Sunrise Park", Reported}},
			nil, nil},
		{"a body's members who only visit or own do nothing for it",
			"Thai police officers visited Golden Sands Park. Cambodian National Police officials owned Sunrise Park.",
			nil,
			[]rel{{"Royal Thai Police", Raided, "Golden Sands Park", ""}, {"Cambodian National Police", Owns, "Sunrise Park", ""}}, nil},
		{"a group of people before 'of' is no part of a body's name",
			"Officials of the Kayin State Border Guard Force met reporters. Members of Parliament met them.",
			nil, nil, []string{"Organization:Kayin State Border Guard Force"}},
		{"abbreviated titles are no part of a person's name",
			"Gov. Kong Sophorn visited the site. Atty. Maria Santos represented the workers. Rep. Jose Reyes of the House Committee on Public Order spoke. Survivor Kyaw Zin described the beatings.",
			nil, nil, []string{"Person:Kong Sophorn", "Person:Maria Santos", "Person:Jose Reyes", "Person:Kyaw Zin"}},
		{"owners and directors with the modifiers company records use",
			"Chen Meng is the largest shareholder in Hengda Holdings. Lim Srey is the ultimate beneficial owner of Golden Sands Park. Sok Dara was listed as the legal representative of Sunrise Development Co., Ltd.",
			[]rel{{"Chen Meng", Owns, "Hengda Holdings", Reported}, {"Lim Srey", Owns, "Golden Sands Park", Reported}, {"Sok Dara", Directs, "Sunrise Development Co., Ltd.", Reported}},
			nil, nil},
		{"a modifier is no role of its own",
			"Chen Meng is the largest investor in Hengda Holdings. Lim Srey is the legal adviser's client at Sunrise Development Co., Ltd.",
			nil,
			[]rel{{"Chen Meng", Owns, "Hengda Holdings", ""}, {"Chen Meng", Directs, "Hengda Holdings", ""}, {"Lim Srey", Directs, "Sunrise Development Co., Ltd.", ""}}, nil},
		{"coordinated roles, 'in charge of', 'who founded and runs'",
			"Chen Meng, founder and chairman of Hengda Holdings, spoke. Sok Dara is in charge of Sunrise Park. Lim Srey, who founded and runs Golden Sands Co., Ltd., spoke.",
			[]rel{{"Chen Meng", Directs, "Hengda Holdings", Reported}, {"Sok Dara", Operates, "Sunrise Park", Reported}, {"Lim Srey", Directs, "Golden Sands Co., Ltd.", Reported}},
			nil, nil},
		{"a role coordinated with a word that is no role is not read",
			"Chen Meng, founder and friend of Hengda Holdings, spoke. Sok Dara, a visitor and director of nothing, met Sunrise Development Co., Ltd.",
			nil,
			[]rel{{"Chen Meng", Directs, "Hengda Holdings", ""}, {"Sok Dara", Directs, "Sunrise Development Co., Ltd.", ""}}, nil},
		{"a role introduced by the body's possessive in an apposition",
			"Chen Meng, Hengda Holdings' founder, spoke. Sok Dara, the Karen National Union's top commander, spoke.",
			[]rel{{"Chen Meng", Directs, "Hengda Holdings", Reported}, {"Sok Dara", Directs, "Karen National Union", Reported}},
			nil, nil},
		{"a possessed noun that is no role is no tie",
			"Chen Meng, Hengda Holdings' biggest client, spoke. Sok Dara, the Karen National Union's former hostage, spoke.",
			nil,
			[]rel{{"Chen Meng", Directs, "Hengda Holdings", ""}, {"Chen Meng", EmployedBy, "Hengda Holdings", ""}, {"Sok Dara", MemberOf, "Karen National Union", ""}}, nil},
		{"a business run at a site",
			"Hengda Holdings ran scam operations inside Golden Sands Park. Sunrise Development Co., Ltd. leased space at Sunrise Park. Chen Meng operated out of KK Park.",
			[]rel{{"Hengda Holdings", Operates, "Golden Sands Park", Reported}, {"Sunrise Development Co., Ltd.", Operates, "Sunrise Park", Reported}, {"Chen Meng", Operates, "KK Park", Reported}},
			nil, nil},
		{"checks, visits and rescues at a site are no operation of it",
			"The Cambodian National Police set up checkpoints at Golden Sands Park. Hengda Holdings ran advertisements about Sunrise Park.",
			nil,
			[]rel{{"Cambodian National Police", Operates, "Golden Sands Park", ""}, {"Hengda Holdings", Operates, "Sunrise Park", ""}}, nil},
		{"a role in a relative clause: 'who works as', 'who is'",
			"Sok Dara, who works as an accountant at Hengda Holdings, spoke. Lim Srey, who is a director of Sunrise Development Co., Ltd., spoke.",
			[]rel{{"Sok Dara", EmployedBy, "Hengda Holdings", Reported}, {"Lim Srey", Directs, "Sunrise Development Co., Ltd.", Reported}},
			nil, nil},
		{"a relative clause about someone else's role is not the first name's",
			"Sok Dara, who met a director of Hengda Holdings, spoke.",
			nil,
			[]rel{{"Sok Dara", Directs, "Hengda Holdings", ""}}, nil},
		{"protection given as a service; a body's soldiers in the possessive guard for it",
			"The Democratic Karen Benevolent Army provides security for Golden Sands Park. The Karen National Union's soldiers guard Sunrise Park.",
			[]rel{{"Democratic Karen Benevolent Army", Protects, "Golden Sands Park", Reported}, {"Karen National Union", Protects, "Sunrise Park", Reported}},
			nil, nil},
		{"a body's leaders who visit, and advice on security, are no protection",
			"The Karen National Union's leaders visited Sunrise Park. The Democratic Karen Benevolent Army asked about security for Golden Sands Park.",
			nil,
			[]rel{{"Karen National Union", Protects, "Sunrise Park", ""}, {"Democratic Karen Benevolent Army", Protects, "Golden Sands Park", ""}}, nil},
		{"family through a possessive apposition, 'whose', 'married' and a plural predicate",
			"Lim Srey, Chen Meng's wife, fled. Sok Dara, whose son Sok Vanna runs the casino, fled. Chen Li married Lim Chhay in 2015. Zhang Wei and Zhang Lei are brothers.",
			[]rel{{"Chen Meng", FamilyOf, "Lim Srey", Reported}, {"Sok Dara", FamilyOf, "Sok Vanna", Reported}, {"Chen Li", FamilyOf, "Lim Chhay", Reported}, {"Zhang Lei", FamilyOf, "Zhang Wei", Reported}},
			nil, nil},
		{"a possessed noun that is no relative, and a plural that is no kin",
			"Lim Srey, Chen Meng's lawyer, fled. Zhang Wei and Zhang Lei are suspects.",
			nil,
			[]rel{{"Chen Meng", FamilyOf, "Lim Srey", ""}, {"Chen Meng", AssociateOf, "Lim Srey", ""}, {"Zhang Lei", FamilyOf, "Zhang Wei", ""}}, nil},
		{"'is X's sister' is a clause: the attribution after it governs its grade",
			"Lim Srey is Chen Meng's sister, police said.",
			[]rel{{"Chen Meng", FamilyOf, "Lim Srey", Alleged}}, nil, nil},
		{"associates through 'worked closely with' and 'partnered with'; a body is no associate",
			"Sok Dara worked closely with Chen Meng. Lim Srey partnered with Zhang Wei on the casino. Sok Vanna worked closely with Hengda Holdings.",
			[]rel{{"Chen Meng", AssociateOf, "Sok Dara", Reported}, {"Lim Srey", AssociateOf, "Zhang Wei", Reported}},
			[]rel{{"Sok Vanna", EmployedBy, "Hengda Holdings", ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, d := analyzeText(t, x, c.text)
			for _, w := range c.want {
				r, ok := got[[3]string{w.s, w.p, w.o}]
				if !ok {
					t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, relKeys(got))
					continue
				}
				if w.grade != "" && r.Grade != w.grade {
					t.Errorf("%s %s %s: grade %s, want %s", w.s, w.p, w.o, r.Grade, w.grade)
				}
			}
			for _, f := range c.forbid {
				if _, ok := got[[3]string{f.s, f.p, f.o}]; ok {
					t.Errorf("unwanted %s %s %s", f.s, f.p, f.o)
				}
			}
			names := entityNames(d)
			for _, n := range c.entities {
				if !slices.Contains(names, n) {
					t.Errorf("no entity %q; got %v", n, names)
				}
			}
		})
	}
}
