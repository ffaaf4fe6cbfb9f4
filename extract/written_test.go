package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestUnlistedNames14 covers the entity rules of extract/1.4.0, a recall case and a
// precision case for each.
func TestUnlistedNames14(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name, or Type:Name=alias for an alias the entity must carry
		forbid []string
	}{
		{"a role word and 'of' opening a capitalised span are no part of the name",
			"Ly Kimheng: Owner of Riverside Star Casino, in O'Smach.",
			[]string{"Compound:Riverside Star Casino"},
			[]string{"Compound:Owner of Riverside Star Casino"}},
		{"a hotel and casino is one site; a person and a firm joined by 'and' stay two names",
			"OFAC sanctioned the Royal Sands Hotel and Casino in Poipet. Sok Dara and Hengda Holdings were named.",
			[]string{"Compound:Royal Sands Hotel and Casino", "Person:Sok Dara", "Company:Hengda Holdings"},
			[]string{"Compound:Royal Sands Hotel"}},
		{"a named hub is a site; the common noun names nothing",
			"Police raided the Golden Harvest Hub in Capas. Sihanoukville became a regional hub for scams.",
			[]string{"Compound:Golden Harvest Hub"},
			[]string{"Person:Golden Harvest Hub", "Compound:Sihanoukville"}},
		{"an acronym and a country name a body's branch; PT opens an Indonesian firm",
			"HAART Kenya helped her. IJM Cambodia said so. PT Cahaya Karier Abadi recruited them.",
			[]string{"Organization:HAART Kenya", "Organization:IJM Cambodia", "Company:PT Cahaya Karier Abadi"},
			[]string{"Person:HAART Kenya", "Person:PT Cahaya Karier Abadi"}},
		{"a name that is no acronym before a country stays as it was",
			"Hengda Cambodia paid the workers.",
			nil,
			[]string{"Organization:Hengda Cambodia"}},
		{"'and' inside a public body's name after a field named like a firm's",
			"The Securities and Exchange Commission revoked the licence. Sok Dara and Hengda Holdings were named.",
			[]string{"Organization:Securities and Exchange Commission", "Person:Sok Dara", "Company:Hengda Holdings"},
			[]string{"Organization:Exchange Commission"}},
		{"a body's name without the nationality before it is an alias",
			"She called the Cambodian Anti-Human Trafficking and Juvenile Protection Department.",
			[]string{"Organization:Cambodian Anti-Human Trafficking and Juvenile Protection Department=Anti-Human Trafficking and Juvenile Protection Department"},
			nil},
		{"the last of a chain of places after 'in'; 'Neighbouring' is no part of a name",
			"Police raided the Golden Harvest Hub in Barangay San Isidro, Capas, Tarlac, on January 21. Neighbouring Trat province reported a rise.",
			[]string{"Location:Capas", "Location:Tarlac", "Location:Trat=Trat province"},
			[]string{"Person:Tarlac", "Location:Neighbouring Trat"}},
		{"names listed after a name that is no place stay persons",
			"In Hengda Holdings' files, Chen Meng, Sok Dara and Lim Heng appear.",
			[]string{"Person:Sok Dara"},
			[]string{"Location:Sok Dara", "Location:Chen Meng"}},
		{"the first words of a firm's longer name are its short form, not a person",
			"Jerome Tiongson leased land to Lucky Sun Gaming Solutions Inc. in 2021. Cai Wenbo, the Lucky Sun executive, fled.",
			[]string{"Company:Lucky Sun Gaming Solutions Inc.", "Person:Cai Wenbo"},
			[]string{"Person:Lucky Sun"}},
		{"a person whose name begins a firm's name stays a person when titled",
			"Chen Meng founded Chen Meng Trading Co. in 2019. Mr. Chen Meng said so.",
			[]string{"Person:Chen Meng", "Company:Chen Meng Trading Co."},
			nil},
		{"a body's head word, then what it works against or on",
			"Sok Dara, an analyst at the Global Initiative Against Transnational Organized Crime, spoke. The House Committee on National Security met.",
			[]string{"Organization:Global Initiative Against Transnational Organized Crime", "Organization:House Committee on National Security"},
			[]string{"Person:Transnational Organized Crime"}},
		{"'on' after a body's head word before a day is no part of the name",
			"The Electoral Commission on Monday said no.",
			[]string{"Organization:Electoral Commission"},
			[]string{"Organization:Electoral Commission on Monday"}},
		{"firms named by their trade",
			"Prosecutors said Bright Star Entertainment and Mekong Animation were fronts, and Golden Dragon Studios rented an office.",
			[]string{"Company:Bright Star Entertainment", "Company:Mekong Animation", "Company:Golden Dragon Studios"},
			[]string{"Person:Bright Star Entertainment", "Person:Mekong Animation", "Person:Golden Dragon Studios"}},
		{"a site named for entertainment stays a site",
			"Workers were held at Crystal Palace Entertainment City for months.",
			[]string{"Compound:Crystal Palace Entertainment City"},
			[]string{"Company:Crystal Palace Entertainment City"}},
		{"capitals in a designation notice",
			"The company is owned or controlled by CHEN MENG. Apex Ltd. acts for or on behalf of SOK LIN.",
			[]string{"Person:Chen Meng", "Person:Sok Lin"},
			nil},
		{"capitals that are no person stay nothing",
			"The order was signed by GRAND JURY FOREPERSON. It was reviewed by OFFICE STAFF.",
			nil,
			[]string{"Person:Grand Jury Foreperson", "Person:Office Staff"}},
		{"money traced to a place",
			"Investigators traced the money to Los Angeles and wired funds to Vientiane.",
			[]string{"Location:Los Angeles"},
			[]string{"Person:Los Angeles"}},
		{"a person after 'the money to' without a verb of moving money stays a person",
			"He gave the money to Chen Xiaoyu.",
			nil,
			[]string{"Location:Chen Xiaoyu"}},
		{"a place after 'town of', 'residents of', an age and 'of', and 'nearby'",
			"The casino sits near the Thai border town of Aranyaprathet. Residents of Houayxay saw convoys. Kevin Zhang, 41, of Irvine, was charged. He cited nearby Bamban.",
			[]string{"Location:Aranyaprathet", "Location:Houayxay", "Location:Irvine", "Location:Bamban"},
			[]string{"Person:Aranyaprathet", "Person:Houayxay", "Person:Irvine", "Person:Bamban"}},
		{"a person after 'of' stays a person without a place word before it",
			"The wife of Chen Xiaoyu and a friend of Lim Chhay spoke.",
			[]string{"Person:Chen Xiaoyu", "Person:Lim Chhay"},
			[]string{"Location:Chen Xiaoyu", "Location:Lim Chhay"}},
		{"Thai police ranks and Malaysian and Indonesian legal forms",
			"Pol Maj Gen Surapong Thammasak said Silver Crane Holdings Berhad paid PT Cahaya Karier Tbk.",
			[]string{"Person:Surapong Thammasak", "Company:Silver Crane Holdings Berhad"},
			[]string{"Person:Pol Maj", "Person:Silver Crane Holdings Berhad"}},
		{"the honorific as written is an alias",
			"U Kyaw Zin Htet, a township official, met Daw Khin Mar Oo and Oknha Pich Sovann.",
			[]string{"Person:Kyaw Zin Htet=U Kyaw Zin Htet", "Person:Khin Mar Oo=Daw Khin Mar Oo", "Person:Pich Sovann=Oknha Pich Sovann"},
			[]string{"Person:Kyaw Zin Htet=A Kyaw Zin Htet"}},
		{"the kind of place as written is an alias",
			"The casino lies in Tonpheung district, near Houayxay town.",
			[]string{"Location:Tonpheung=Tonpheung district"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			got := entityNames(d)
			for _, e := range d.Entities {
				for _, a := range e.Aliases {
					got = append(got, e.Type+":"+e.Name+"="+a)
				}
			}
			checkNames(t, got, c.want, c.forbid)
		})
	}
}

// TestRecallRules14 holds the relation rules of extract/1.4.0 to a recall case and a
// precision case each.
func TestRecallRules14(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a role set off by commas after 'whose'",
			"The compound is registered to Tri-Star Leisure Solutions Inc., whose president, Huang Zhiwei, was arrested. The raid was led by the Ministry of Public Security, whose deputy minister, Major General Vilaysack Sisouphanh, spoke.",
			[]rel{{"Huang Zhiwei", model.Directs, "Tri-Star Leisure Solutions Inc.", ""}, {"Vilaysack Sisouphanh", model.EmployedBy, "Ministry of Public Security", ""}},
			[]rel{{"Huang Zhiwei", model.Directs, "Ministry of Public Security", ""}}},
		{"a role stated with 'is listed as' after 'whose'",
			"The resort is handled by Yongli Network Technology Co., whose general manager is listed as Xu Jiahao.",
			[]rel{{"Xu Jiahao", model.Directs, "Yongli Network Technology Co.", ""}}, nil},
		{"'whose' with a word that is no role gives nothing",
			"The land belongs to Hengda Holdings, whose lawyer, Chen Meng, declined to comment.",
			nil,
			[]rel{{"Chen Meng", model.Directs, "Hengda Holdings", ""}, {"Chen Meng", model.EmployedBy, "Hengda Holdings", ""}}},
		{"a body's name keeps its last word after 'of'",
			"Moeun Dara, a spokesman for the Ministry of Interior, said the case was referred.",
			[]rel{{"Moeun Dara", model.EmployedBy, "Ministry of Interior", ""}}, nil},
		{"an apposition, a place it is registered in, and a passive role",
			"The casino is owned by Xiangyun International Investment Group, a company registered in Macau and chaired by the businessman Sun Haotian.",
			[]rel{{"Sun Haotian", model.Directs, "Xiangyun International Investment Group", ""}},
			[]rel{{"Sun Haotian", model.Directs, "Macau", ""}}},
		{"an apposition and a passive with another verb between stays unread",
			"The casino is owned by Xiangyun International Investment Group, a company registered in Macau and praised by the businessman Sun Haotian.",
			nil,
			[]rel{{"Sun Haotian", model.Directs, "Xiangyun International Investment Group", ""}}},
		{"a body under a named person's command",
			"The raid, carried out by the Svay Rieng Provincial Police under the command of Brigadier General Keo Vannak, followed weeks of complaints.",
			[]rel{{"Keo Vannak", model.Directs, "Svay Rieng Provincial Police", ""}}, nil},
		{"'under the command of' with a verb between names nobody as commander",
			"The Svay Rieng Provincial Police raided the site under the orders of Keo Vannak.",
			nil,
			[]rel{{"Keo Vannak", model.Directs, "Svay Rieng Provincial Police", ""}}},
		{"a Philippine police rank before a name of a unit",
			"Witness PO3 Dennis Cabrera of the Philippine National Police Anti-Cybercrime Group testified.",
			[]rel{{"Dennis Cabrera", model.EmployedBy, "Philippine National Police Anti-Cybercrime Group", ""}}, nil},
		{"a passive agent introduced as 'a businessman named'",
			"A second site, Red Jade Villa, is run by a businessman named Yang Guohua, who was once a driver.",
			[]rel{{"Yang Guohua", model.Operates, "Red Jade Villa", model.Reported}}, nil},
		{"'named' after a passive verb that is no relation gives nothing",
			"Thunder Valley Park was visited by a journalist named Lim Heng.",
			nil,
			[]rel{{"Lim Heng", model.Operates, "Thunder Valley Park", ""}, {"Lim Heng", model.Owns, "Thunder Valley Park", ""}}},
		{"'appears to be run by' is read and hedged",
			"A smaller compound, Diamond Lake Garden, appears to be run by Ruili Huaxia Trading Co., Ltd., a company registered in Yunnan.",
			[]rel{{"Ruili Huaxia Trading Co., Ltd.", model.Operates, "Diamond Lake Garden", model.Alleged}}, nil},
		{"protection as a service in a relative clause",
			"The Karen National Union, which provides armed protection to Thunder Valley Park, declined to comment.",
			[]rel{{"Karen National Union", model.Protects, "Thunder Valley Park", ""}}, nil},
		{"an age set off by commas before an apposition",
			"Somchai Rattanawong, 52, the owner of Rattana Logistics Co., Ltd., was detained at his home.",
			[]rel{{"Somchai Rattanawong", model.Owns, "Rattana Logistics Co., Ltd.", ""}}, nil},
		{"an age then a clause is no apposition",
			"Somchai Rattanawong, 52, said the owner of Rattana Logistics Co., Ltd. had fled.",
			nil,
			[]rel{{"Somchai Rattanawong", model.Owns, "Rattana Logistics Co., Ltd.", ""}}},
		{"a stake held through 'in which'",
			"The resort was built by Seaview Star Construction Co., Ltd., in which Hak Sopheak holds a 60 percent stake.",
			[]rel{{"Hak Sopheak", model.Owns, "Seaview Star Construction Co., Ltd.", ""}}, nil},
		{"'in which' with no stake after the person gives nothing",
			"The deal was signed at Hengda Holdings, in which Chen Meng said he had no role.",
			nil,
			[]rel{{"Chen Meng", model.Owns, "Hengda Holdings", ""}}},
		{"an object relative clause with 'bought'",
			"Lucky Star Casino, which Chen Meng bought in 2019, was raided.",
			[]rel{{"Chen Meng", model.Owns, "Lucky Star Casino", ""}}, nil},
		{"a body that only informed a raid did not raid",
			"The victims were rescued after the Cambodian National Police, acting on information from the Department of Special Investigation, raided Prince Harbour Park on 30 June 2024.",
			[]rel{{"Cambodian National Police", model.Raided, "Prince Harbour Park", ""}},
			[]rel{{"Department of Special Investigation", model.Raided, "Prince Harbour Park", ""}}},
		{"a body that supported a raid raided with the one before it",
			"The Cambodian National Police, with support from the Department of Special Investigation, raided Prince Harbour Park on Monday.",
			[]rel{{"Cambodian National Police", model.Raided, "Prince Harbour Park", ""}, {"Department of Special Investigation", model.Raided, "Prince Harbour Park", ""}}, nil},
		{"a place where something is, in a province the text marks",
			"Police raided a walled cluster on the outskirts of Bavet in Svay Rieng province.",
			[]rel{{"Bavet", model.LocatedIn, "Svay Rieng", ""}}, nil},
		{"a place in a country, after 'opposite'",
			"The casino stands on the bank of the river opposite Chiang Saen in Thailand.",
			[]rel{{"Chiang Saen", model.LocatedIn, "Thailand", ""}}, nil},
		{"a district of a province",
			"He was detained at his home in Mae Sot district of Tak province on Sunday.",
			[]rel{{"Mae Sot", model.LocatedIn, "Tak", ""}}, nil},
		{"a place someone comes from is not inside the place a verb puts them in",
			"Officials from Phnom Penh met in Svay Rieng province.",
			nil,
			[]rel{{"Phnom Penh", model.LocatedIn, "Svay Rieng", ""}}},
		{"a place in a town the text does not mark as larger",
			"Brokers in Bavet in Poipet hired drivers.",
			nil,
			[]rel{{"Bavet", model.LocatedIn, "Poipet", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRoleTableRows reads a "Name | Role" table's rows as appositions and leaves other
// tables' cells apart.
func TestRoleTableRows(t *testing.T) {
	filler := strings.Repeat("The designations follow months of reporting on forced labour in the compounds. ", 6)
	page := `<html><head><title>Sanctions</title></head><body><article><p>` + filler + `</p>
<table><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody>
<tr><td>Ly Kimheng</td><td>Owner of Riverside Star Casino</td></tr>
<tr><td>Ly Kimleang</td><td>director of Kimheng Group Co., Ltd.</td></tr>
</tbody></table>
<table><tr><th>Company</th><th>Country</th></tr><tr><td>Lucky Seven Holdings</td><td>Cambodia</td></tr></table>
<p>` + filler + `</p></article></body></html>`
	text, _ := mainText([]byte(page), "https://gov.example.org/a")
	for _, want := range []string{"Ly Kimheng, Owner of Riverside Star Casino.", "Ly Kimleang, director of Kimheng Group Co., Ltd."} {
		if !strings.Contains(text, want) {
			t.Errorf("no row sentence %q in:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Lucky Seven Holdings, Cambodia") {
		t.Errorf("a table without a role column was joined:\n%s", text)
	}
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, text)
	for _, w := range []rel{{"Ly Kimheng", model.Owns, "Riverside Star Casino", ""}, {"Ly Kimleang", model.Directs, "Kimheng Group Co., Ltd.", ""}} {
		if _, ok := got[[3]string{w.s, w.p, w.o}]; !ok {
			t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, relKeys(got))
		}
	}
	if _, ok := got[[3]string{"Lucky Seven Holdings", model.LocatedIn, "Cambodia"}]; ok {
		t.Errorf("a relation read from a table without a role column")
	}
}
