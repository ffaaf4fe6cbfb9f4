package extract

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

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
		{"a nationality written as a phrase before or after national, or set off by a semicolon",
			"A second director is ZHU WENTAO, a national of the People's Republic of China. HAN SHUO, a People's Republic of China national, is the manager. The list gives LIU QIANG; DOB 09 Jul 1979; nationality China.",
			[]string{"Person:Zhu Wentao", "Person:Han Shuo", "Person:Liu Qiang"},
			nil},
		{"a national's phrase that ends in no person's noun marks no person",
			"Funds went to GOLDEN MEADOW, a Cambodian Ministry of Tourism project, and to PEARL COVE; Tax ID 1188.",
			nil,
			[]string{"Person:Golden Meadow", "Person:Pearl Cove"}},
		{"a post in small letters, then the name set off by commas",
			"JINSHENG TOURISM GROUP CO., LTD. built the park. Its chairman, WU ZHIQIANG, was sanctioned in 2024.",
			[]string{"Person:Wu Zhiqiang"},
			nil},
		{"a name set off after a post a firm or group holds too is no person",
			"Yatai International said its agent, GOLDEN VISA, which placed adverts, was paid. The army said its member, TA'ANG LIBERATION, had joined. Prince Group said its founder, KING ROMANS, a brand, was new. Prince Holding Group and its agent, JADE PEARL, were sanctioned by OFAC.",
			nil,
			[]string{"Person:Golden Visa", "Person:Ta'ang Liberation", "Person:King Romans", "Person:Jade Pearl"}},
		{"a name set off after a person's post",
			"The firm said its director, ZHANG LEI, and its treasurer, CHEN MEI, had resigned.",
			[]string{"Person:Zhang Lei", "Person:Chen Mei"},
			nil},
		{"a name set off after a heading's post or with no post is no person",
			"GOLDEN REEF, a firm, was paid. The board: Chairman, GOLDEN MEADOW, was named. Its site, PEARL COVE, was raided.",
			nil,
			[]string{"Person:Golden Meadow", "Person:Pearl Cove", "Person:Golden Reef"}},
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

// TestCapitalsEchoedLinear: echoing every capitals span of a page that repeats the prose's
// names costs about sixteen times as much when the page grows sixteenfold, not 256 times (the echo is looked
// up in one set of names per document, not searched for over the whole text per span).
func TestCapitalsEchoedLinear(t *testing.T) {
	page := func(n int) string {
		var b strings.Builder
		for k := 0; k < n; k++ {
			fmt.Fprintf(&b, "Witness Said Chen Bao met Gao Feng Ming at the Hongfa site on day %d. CHEN BAO AND GAO FENG MING LIU QIANG ZHAO JUN MAO LEI.\n\n", k)
		}
		return b.String()
	}
	cost := func(text string) (time.Duration, int) {
		sents := splitSentences(text, tokenize(text))
		best, echoed := time.Duration(math.MaxInt64), 0
		for r := 0; r < 7; r++ {
			runtime.GC()
			echoed = 0
			echo := &echoNames{}
			t0 := time.Now()
			for _, st := range sents {
				for i := 0; i+3 <= len(st.toks); i++ {
					if shouted(st.toks[i:i+3]) && capitalsEchoed(echo, text, st.toks, i, i+3) {
						echoed++
					}
				}
			}
			best = min(best, time.Since(t0))
		}
		return best, echoed
	}
	small, n1 := cost(page(400))
	large, n2 := cost(page(6400))
	if n1 != 400 || n2 != 6400 {
		t.Errorf("echoed %d and %d spans, want 400 and 6400 (GAO FENG MING once a line)", n1, n2)
	}
	// Sixteen times the text: linear work takes about 16x, a scan of the whole text per span
	// 256x. The wide gap keeps the test sure on a loaded machine.
	if large > 64*small {
		t.Errorf("a page sixteen times longer took %v after %v (%.1fx): the capitals echo is not linear", large, small, float64(large)/float64(small))
	}
	names := mixedCaseNames("Witness Said Chen Bao met Gao Feng Ming at Hongfa Golden Gate. Chen Bao-ling left.")
	for name, want := range map[string]bool{"Chen Bao": true, "Gao Feng Ming": true, "Gao Feng": false, "Golden Gate": false, "Said Chen": false} {
		if names[name] != want {
			t.Errorf("mixedCaseNames[%q] = %v, want %v", name, names[name], want)
		}
	}
}
