package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShoutedRepeats holds echoNames.shouted (capital_people.go): a name in capitals that an
// earlier sentence's context marked as a person's (an age, a short form in quotes, a
// nationality, a post in apposition) is the same person where the text repeats it bare
// ("CHEN JIANYU is a business partner of ..."). A repeat before the marked one, a firm's name
// in capitals that holds the person's name, and a name no earlier context marked stay as
// they were.
func TestShoutedRepeats(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name     string
		text     string
		person   string
		mentions int
		want     []rel
		forbid   []rel
	}{
		{"a nationality marks it, a tie follows",
			"MA LIHONG (马丽红), a Chinese national, chairs Jade River Holdings Limited. MA LIHONG is a business partner of SOE THAN HTIKE, 48, a colonel.",
			"Ma Lihong", 3, []rel{{"Ma Lihong", model.AssociateOf, "Soe Than Htike", ""}}, nil},
		{"an age marks it",
			"TAN BOON HUAT, 44, ran the site. TAN BOON HUAT fled to Bangkok in May.",
			"Tan Boon Huat", 2, nil, nil},
		{"a short form in quotes marks it",
			"From 2021, ZHOU MINGHAO (\"ZHOU\") ran the site. In 2023 ZHOU MINGHAO paid the guards.",
			"Zhou Minghao", 3, nil, nil}, // with the short form "ZHOU"
		{"a holding on behalf of another",
			"KHIN MYAT NOE, 52, owns the land company. KHIN MYAT NOE holds the land on behalf of ZHAO HONGLIANG, 47.",
			"Khin Myat Noe", 2, []rel{{"Khin Myat Noe", model.AssociateOf, "Zhao Hongliang", ""}}, nil},
		{"a nationality after a comma",
			"LI XUEFENG, Chinese national, managed the floors. Investigators said LI XUEFENG kept the ledgers.",
			"Li Xuefeng", 2, nil, nil},
		{"a repeat before the marked mention is not read",
			"PHAN VAN LOC paid the guards. PHAN VAN LOC, 39, was the manager of the site.",
			"Phan van Loc", 1, nil, nil},
		{"a firm in capitals that holds the name stays a firm",
			"LIM KOK WAI, 51, ran the site. LIM KOK WAI HOLDINGS LIMITED paid the rent.",
			"Lim Kok Wai Holdings Limited", 0, nil, nil},
		{"no earlier context, no person",
			"GOLDEN RIVER paid the rent. GOLDEN RIVER is a partner of SOE THAN HTIKE, 48, a colonel.",
			"Golden River", 0, nil, []rel{{"Golden River", model.AssociateOf, "Soe Than Htike", ""}}},
		// Review rv25assoc: a list's neighbour marks no name for its repeats; a repeat with a
		// place's apposition is no person, and the person's own mention stays his.
		{"a list's neighbour marks no repeat",
			"OFAC designated LUO JIANFEI, HUIONE PAY and JIN BEI, and LAI SHUQIN. JIN BEI runs the casino where victims were held. JIN BEI is owned by Prince Holding Group.",
			"Jin Bei", 1, nil, []rel{{"Prince Holding Group", model.Owns, "Jin Bei", ""}}},
		{"a repeat with a casino's apposition",
			"CHEN LONG, 33, a Chinese national, was sentenced. Workers at CHEN LONG, a casino in Bavet owned by Huang Li, were freed.",
			"Chen Long", 1, nil, []rel{{"Huang Li", model.Owns, "Chen Long", ""}, {"Huang Li", model.Owns, "CHEN LONG", ""}}},
		{"a repeat with a warehouse's apposition",
			"LAI SHUQIN, 40, a Chinese national, was charged. The victims were found at LAI SHUQIN, a warehouse in Bavet.",
			"Lai Shuqin", 1, nil, nil},
		{"a repeat named as a compound",
			"KING ROMANS, 40, was charged. KING ROMANS is the compound where WANG LEI, 38, worked.",
			"King Romans", 1, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, d := analyzeText(t, x, c.text)
			n := 0
			for _, e := range d.Entities {
				if e.Name == c.person && e.Type == model.Person {
					n = len(e.Mentions)
				}
			}
			if n != c.mentions {
				t.Errorf("%s: %d mentions, want %d (%+v)", c.person, n, c.mentions, d.Entities)
			}
			checkRelationsEitherWay(t, got, c.want, c.forbid)
		})
	}
}
