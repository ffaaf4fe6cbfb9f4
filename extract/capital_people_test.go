package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCapitalsPerson covers names set in capitals that their surroundings mark as a
// person's (capital_people.go), each shape with a case where it must not fire.
func TestCapitalsPerson(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"ages in a list of the arrested",
			"The following were arrested at the site:\n\nTRAN VAN HUNG, 29, Vietnamese national\n\nMARICEL DUMAGUETE, 41, Filipino",
			[]string{"Person:Tran van Hung", "Person:Maricel Dumaguete"},
			nil},
		{"an age in brackets and a nationality after the name",
			"Charged with trafficking were SOMCHAI PANYA (52) and LU XIAOMING, Chinese national, both of Bangkok.",
			[]string{"Person:Somchai Panya", "Person:Lu Xiaoming"},
			nil},
		{"a year or a count after capitals is no age",
			"COUNT ONE, 2023, charges fraud. The SUNRISE PAVILION, 101, Mabini Street was searched.",
			nil,
			[]string{"Person:Count One", "Person:Sunrise Pavilion"}},
		{"a short form in quotes made of the surname",
			"(b) From 2021, ZHOU MINGHAO (\"ZHOU\") ran the site. Separately, DANIEL ARCE MORALES (\"MORALES\") paid the guards.",
			[]string{"Person:Zhou Minghao", "Person:Daniel Arce Morales"},
			nil},
		{"a short form that is no word of the name marks no person",
			"The accounts of GOLDEN MEADOW (\"the Site\") were frozen. Buses served SUNRISE VALLEY (\"Sunrise Valley\") daily.",
			nil,
			[]string{"Person:Golden Meadow", "Person:Sunrise Valley"}},
		{"a post in an apposition",
			"The defendant paid SOK VIBOL, an officer of the provincial police, and CHAN DARA, a former manager of the hotel.",
			[]string{"Person:Sok Vibol", "Person:Chan Dara"},
			nil},
		{"an apposition naming a kind of firm or place marks no person",
			"Funds went to RIVER JADE, a company registered abroad, and to PEARL COVE, the compound near the border.",
			nil,
			[]string{"Person:River Jade", "Person:Pearl Cove"}},
		{"a bare short form in brackets, the surname first or last",
			"HUANG DEYUAN (HUANG), a national of China, chairs the firm. Since 2021 the firm has paid MEAS RITHY (MEAS) and DANIEL ARCE MORALES (MORALES).",
			[]string{"Person:Huang Deyuan", "Person:Meas Rithy", "Person:Daniel Arce Morales"},
			nil},
		{"a bare short form that is an acronym or no word of the name marks no person",
			"Funds went to GOLDEN MEADOW (GM) and to SUNRISE VALLEY (SITE) last year.",
			nil,
			[]string{"Person:Golden Meadow", "Person:Sunrise Valley"}},
		{"a post without an article before of, or after is",
			"Charged are ZHANG WEILIANG, president of the corporation that ran the site. SAW MAUNG WIN is a major in the army.",
			[]string{"Person:Zhang Weiliang", "Person:Saw Maung Win"},
			nil},
		{"a post a firm may hold, or no post, marks no person",
			"GOLDEN REEF, owner of the land, was paid. PEARL COVE is a shareholder of the firm. JADE RIVER is a compound near the border.",
			nil,
			[]string{"Person:Golden Reef", "Person:Pearl Cove", "Person:Jade River"}},
		{"a party's role in brackets in a case heading",
			"BETWEEN: ELEANOR JANE FAIRBAIRN (Claimant) and (1) HARBOUR LIGHT TRADING LIMITED (2) PERSONS UNKNOWN (Defendants)",
			[]string{"Person:Eleanor Jane Fairbairn", "Company:HARBOUR LIGHT TRADING LIMITED"},
			[]string{"Person:Persons Unknown", "Person:Harbour Light Trading Limited"}},
		{"signature blocks: the name's own line over a post",
			"The parties sign below.\n\nMIGUEL R. SANTOS\n\nAssistant United States Attorney\n\n(SITI AMINAH HASSAN)\n\nSessions Court Judge\n\nJohor Bahru",
			[]string{"Person:Miguel R. Santos", "Person:Siti Aminah Hassan"},
			nil},
		{"a heading in capitals over a paragraph or an ordinary line is no signature",
			"FACTUAL BASIS\n\nThe judge found that the attorney for the firm had been paid.\n\nGOLDEN CRESCENT\n\nA compound on the river bank",
			nil,
			[]string{"Person:Factual Basis", "Person:Golden Crescent"}},
		{"capitals that echo a name the prose writes in mixed case, in a list of the designated",
			"The UK sanctioned the tycoon Khun Sophanith and his adviser Meas Sarin.\n\nKHUN SOPHANITH — asset freeze\n\nMEAS SARIN — asset freeze",
			[]string{"Person:Khun Sophanith", "Person:Meas Sarin"},
			[]string{"Person:KHUN SOPHANITH"}},
		{"capitals whose mixed-case form runs on into a longer name are no person",
			"Golden Gate Payathonzu Development Co., Ltd. and Hongfa Silver Star Co., Ltd. built it.\n\nGOLDEN GATE — asset freeze\n\nSILVER STAR — asset freeze",
			nil,
			[]string{"Person:Golden Gate", "Person:Silver Star"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://court.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
