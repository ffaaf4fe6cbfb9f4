package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNameShapes covers names typed by their own shape: numbered roads, bodies named with a
// continent, units named with an ordinal, banks named "Bank of", each beside a case where the
// shape must not fire.
func TestNameShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"numbered roads are places",
			"The compound stands on National Road 5, and trucks reach it by Route 12.",
			[]string{"Location:National Road 5", "Location:Route 12"},
			[]string{"Location:National Road"}},
		{"a numbered unit stays a body",
			"Soldiers of Brigade 31 guarded the gate.",
			[]string{"Organization:Brigade 31"},
			[]string{"Location:Brigade 31"}},
		{"a body named with its continent",
			"Volunteers from Open Gates Asia met the survivors at the border.",
			[]string{"Organization:Open Gates Asia"},
			[]string{"Person:Open Gates Asia"}},
		{"regions named with a bearing stay places",
			"Recruiters worked across Southeast Asia and Central Asia.",
			[]string{"Location:Southeast Asia", "Location:Central Asia"},
			[]string{"Organization:Southeast Asia", "Organization:Central Asia"}},
		{"a unit with its ordinal",
			"The 22nd Light Infantry Division and the 3rd Battalion moved in.",
			[]string{"Organization:22nd Light Infantry Division", "Organization:3rd Battalion"},
			[]string{"Organization:Light Infantry Division"}},
		{"an ordinal date before a body is no part of it",
			"On the 3rd, Police Region 5 officers arrived.",
			nil,
			[]string{"Organization:3rd Police Region 5"}},
		{"a unit of a listed armed group",
			"The 5th Battalion of the BGF guarded the site.",
			[]string{"Organization:5th Battalion"},
			[]string{"Organization:5th Battalion of the BGF"}},
		{"a coined word closed by a site's word",
			"Agents raided the Bluewater Cove Technohub in Mabalacat on Friday.",
			[]string{"Compound:Bluewater Cove Technohub"},
			nil},
		{"a short word ending like a site stays what it is",
			"The Chinese Hub Association and Hyde Park Holdings Ltd. denied it.",
			nil,
			[]string{"Compound:Hyde Park Holdings Ltd."}},
		{"the site named by its kind word",
			"Drivers passed the Silver Palm compound on Road 6. Two women escaped from Silver Palm in May.",
			[]string{"Compound:Silver Palm"},
			[]string{"Location:Silver Palm", "Person:Silver Palm"}},
		{"a heading run into the sentence that repeats it",
			"Case study 2: Jade Lotus City Jade Lotus City, a walled development on the river, was built in 2020.",
			[]string{"Compound:Jade Lotus City"},
			[]string{"Compound:Jade Lotus City Jade Lotus City"}},
		{"airports named in capitals are places",
			"The returnees landed at Juanda International Airport and were met by officials.",
			[]string{"Location:Juanda International Airport"},
			nil},
		{"a firm named after an airport stays a firm",
			"Mactan Airport Services Corporation denied it.",
			[]string{"Company:Mactan Airport Services Corporation"},
			[]string{"Location:Mactan Airport Services Corporation"}},
		{"a region named after its people",
			"Recruits came from Chin State and from Mon State, officials said.",
			[]string{"Location:Chin State", "Location:Mon State"},
			nil},
		{"a people's adjective before other words names no place",
			"The Mon Youth Forum said the claim was false.",
			nil,
			[]string{"Location:Mon Youth Forum"}},
		{"a place across the border from another",
			"Poipet lies across the border from Ban Khlong Luek in Sa Kaeo.",
			[]string{"Location:Ban Khlong Luek"},
			[]string{"Person:Ban Khlong Luek"}},
		{"a person after 'from' stays a person where people send things",
			"A letter from Chen Wei arrived on Monday.",
			[]string{"Person:Chen Wei"},
			[]string{"Location:Chen Wei"}},
		{"a camp named as a place",
			"The suspects were flown to Camp Aguinaldo for questioning.",
			[]string{"Location:Camp Aguinaldo"},
			[]string{"Person:Camp Aguinaldo"}},
		{"headings and operations name no person",
			"Key Findings. Under Operation Silver Net, police raided three sites. Pig Butchering losses rose.",
			nil,
			[]string{"Person:Key Findings", "Person:Silver Net", "Person:Operation Silver Net", "Person:Pig Butchering"}},
		{"a firm whose name opens with the word stays a firm",
			"Operation Bright Holdings Ltd. denied the claims.",
			[]string{"Company:Operation Bright Holdings Ltd."},
			nil},
		{"firms named by their trade's last word",
			"Funds moved through Jinli Payment and Harbor Asset Management. BlueLine Recruitment and CV Sinar Abadi hired the workers.",
			[]string{"Company:Jinli Payment", "Company:Harbor Asset Management", "Company:BlueLine Recruitment", "Company:CV Sinar Abadi"},
			[]string{"Person:Jinli Payment", "Person:CV Sinar Abadi"}},
		{"a public body with a trade word stays a body",
			"The Philippine Overseas Employment Administration and the Tourism Management Board met.",
			[]string{"Organization:Philippine Overseas Employment Administration"},
			[]string{"Company:Philippine Overseas Employment Administration"}},
		{"a place's other name in brackets before its kind word",
			"Boats cross the Nam Ruak (Ruak) River at night.",
			[]string{"Location:Nam Ruak (Ruak) River"},
			[]string{"Location:Ruak) River"}},
		{"an acronym in brackets after a body stays its alias",
			"The Karen National Union (KNU) denied it.",
			[]string{"Organization:Karen National Union"},
			nil},
		{"a bank named after 'of'",
			"The money moved through the Bank of Ayutthaya to a shell firm.",
			[]string{"Company:Bank of Ayutthaya"},
			nil},
		{"a number word inside a sentence opens a site's name",
			"Survivors had been held at Three Pagodas Star Park, a walled compound, for months.",
			[]string{"Compound:Three Pagodas Star Park"},
			[]string{"Compound:Pagodas Star Park"}},
		{"a number word opening the sentence stays a number",
			"Three Golden Lotus Park guards were arrested on Monday.",
			[]string{"Compound:Golden Lotus Park"},
			[]string{"Compound:Three Golden Lotus Park"}},
		{"a number word after a colon may open a heading",
			"Findings: Three Jade River Park buildings still stand.",
			nil,
			[]string{"Compound:Three Jade River Park"}},
		{"a central bank is a public body",
			"The National Bank of Cambodia froze the accounts.",
			[]string{"Organization:National Bank of Cambodia"},
			[]string{"Company:National Bank of Cambodia"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
