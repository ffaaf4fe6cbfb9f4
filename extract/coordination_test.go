package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoordinationAndPlaceRules holds the coordinated-passive, relative-clause and place
// rules of coordination.go and located.go: relations each case must read, and relations it
// must not.
func TestCoordinationAndPlaceRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two subjects share a plural passive, the agent possessed by a department",
			"Harbour Light Holdings and Tan Wei Ming were designated by the Treasury Department's Office of Foreign Assets Control last year.",
			[]rel{{"Harbour Light Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Tan Wei Ming", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a possessor inside the agent phrase is not the agent",
			"Harbour Light Holdings and Tan Wei Ming were designated by the Treasury Department's Office of Foreign Assets Control.",
			nil, []rel{{"Harbour Light Holdings", model.SanctionedBy, "US Department of the Treasury", ""}}},
		{"a second passive after an apposition belongs to the site",
			"Workers said Jade Crane Park is run by Silver Ox Entertainment, a firm headed by Lim Chhay, and guarded by fighters of the Democratic Karen Benevolent Army.",
			[]rel{{"Silver Ox Entertainment", model.Operates, "Jade Crane Park", ""}, {"Democratic Karen Benevolent Army", model.Protects, "Jade Crane Park", ""}},
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Ox Entertainment", ""}}},
		{"a second passive with its own auxiliary",
			"Jade Crane Park was owned by Lim Chhay and was later raided by the Kampot Provincial Police.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Crane Park", ""}}, nil},
		{"a coordination inside the apposition stays with the firm",
			"Jade Crane Park is owned by Silver Ox Entertainment, a company registered in Macau and chaired by the businessman Lim Chhay.",
			nil, []rel{{"Lim Chhay", model.Operates, "Jade Crane Park", ""}, {"Lim Chhay", model.Owns, "Jade Crane Park", ""}}},
		{"a restrictive 'who' after a body inside a phrase describes the person",
			"Min Ko Naing, an officer in the Democratic Karen Buddhist Army who provides armed protection to Jade Crane Park, was named.",
			[]rel{{"Min Ko Naing", model.Protects, "Jade Crane Park", ""}},
			[]rel{{"Democratic Karen Buddhist Army", model.Protects, "Jade Crane Park", ""}}},
		{"the country whose bank of a river a site stands on",
			"Escapees swam from Red Lantern Park, a walled compound on the Myanmar bank of the Moei River.",
			[]rel{{"Red Lantern Park", model.LocatedIn, "Myanmar", ""}}, nil},
		{"a site facing a country across a river is not in it",
			"Escapees swam from Red Lantern Park, a walled compound on the river opposite Thailand.",
			nil, []rel{{"Red Lantern Park", model.LocatedIn, "Thailand", ""}}},
		{"a place in brackets after a firm",
			"Transfers went through Lotus Ridge Pay Co., Ltd. (Phnom Penh) and Ocean Gate Exchange Ltd. (registered in Seychelles).",
			[]rel{{"Lotus Ridge Pay Co., Ltd.", model.LocatedIn, "Phnom Penh", ""}, {"Ocean Gate Exchange Ltd.", model.LocatedIn, "Seychelles", ""}}, nil},
		{"a town named as a modifier of a business noun",
			"She answered an advert by Sunrise Path Careers Co., Ltd., a Chiang Rai agency that promised office work.",
			[]rel{{"Sunrise Path Careers Co., Ltd.", model.LocatedIn, "Chiang Rai", ""}}, nil},
		{"a national force's officers posted in a town do not seat the force there",
			"Thai police in Mae Sai said they had stopped twelve people at the bridge.",
			nil, []rel{{"Royal Thai Police", model.LocatedIn, "Mae Sai", ""}}},
		{"a body's role, then rank titles, then the name",
			"DSI director-general Pol Maj Gen Anucha Wongsakul said the inquiry would widen.",
			[]rel{{"Anucha Wongsakul", model.Directs, "Department of Special Investigation", ""}}, nil},
		{"titles alone after a body give no role",
			"Reporters asked the DSI about Pol Maj Gen Anucha Wongsakul.",
			nil, []rel{{"Anucha Wongsakul", model.Directs, "Department of Special Investigation", ""}}},
		{"whose role is a nationality and a name",
			"The advert came from Bright Arch Consulting Limited, a recruitment company whose sole director is Malaysian national Tan Boon Kiat.",
			[]rel{{"Tan Boon Kiat", model.Directs, "Bright Arch Consulting Limited", ""}}, nil},
		{"rows that describe a person field by field, one cut at a semicolon",
			"The filings list:\nWang Jun, Chinese national, 30% shareholder and also chairman of Riverbend Data Services Corp.;\nSOK MEALEA, female, 41, director of Tonle Sap Realty Co., Ltd.;\nChan Dara, brother of Chan Vuthy; director of Mekong Crest Trading Co., Ltd.",
			[]rel{{"Wang Jun", model.Directs, "Riverbend Data Services Corp.", ""}, {"Sok Mealea", model.Directs, "Tonle Sap Realty Co., Ltd.", ""},
				{"Chan Dara", model.Directs, "Mekong Crest Trading Co., Ltd.", ""}}, nil},
		{"a row whose field holds a verb is prose",
			"The filings list:\nWang Jun, who told reporters he was once chairman of Riverbend Data Services Corp.",
			nil, []rel{{"Wang Jun", model.Directs, "Riverbend Data Services Corp.", ""}}},
		{"security at a site handled by a named firm",
			"Security inside the Jade Crane Park is handled by a private company, Iron Gate Guarding Services, which workers accused of beatings.",
			[]rel{{"Iron Gate Guarding Services", model.Protects, "Jade Crane Park", ""}}, nil},
		{"a site's management handled by a firm is no protection",
			"Management at the Jade Crane Park is handled by a private company, Iron Gate Guarding Services.",
			nil, []rel{{"Iron Gate Guarding Services", model.Protects, "Jade Crane Park", ""}}},
		{"a hotel named before is the hotel a body protects",
			"The Lotus Bay Hotel and Casino hired hundreds of workers. Officers of the Poipet Municipal Police have provided security to the hotel.",
			[]rel{{"Poipet Municipal Police", model.Protects, "Lotus Bay Hotel and Casino", ""}}, nil},
		{"sanctions told as membership of the designated, a state and a noun",
			"Lim Heng was among those designated by the Foreign, Commonwealth & Development Office. Sunrise Pay Co., Ltd. is subject to sanctions imposed by the Office of Foreign Assets Control. The designation of Sok Vanna by the Office of Foreign Assets Control surprised few.",
			[]rel{{"Lim Heng", model.SanctionedBy, "Foreign, Commonwealth and Development Office", ""}, {"Sunrise Pay Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Sok Vanna", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a body that added a name to its sanctions list, not to any list",
			"The Office of Foreign Assets Control on Tuesday added Lim Heng to its Specially Designated Nationals list. The Office of Foreign Assets Control added Sok Vanna to the guest list for the briefing.",
			[]rel{{"Lim Heng", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Sok Vanna", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a designation of a third party's name is no tie to the one named by",
			"The report criticised the designation of Lim Heng's critics by reporters from the Phnom Penh Post.",
			nil, []rel{{"Lim Heng", model.SanctionedBy, "Phnom Penh Post", ""}}},
		{"a place chain whose second place carries its class word",
			"They were sent to the Golden Reed Casino, a complex in Poipet, Banteay Meanchey province, near the border.",
			[]rel{{"Golden Reed Casino", model.LocatedIn, "Poipet", ""}, {"Poipet", model.LocatedIn, "Banteay Meanchey", ""}}, nil},
		{"a firm apposition with a place after a phrase that names its owner",
			"The cash came from Niran Chaiyaporn, the owner of Chaiyaporn Fuel Co., Ltd., a Mae Sot fuel distributor.",
			[]rel{{"Chaiyaporn Fuel Co., Ltd.", model.LocatedIn, "Mae Sot", ""}}, nil},
		{"a place before a business noun, then the firm in apposition",
			"Workers signed with a Jakarta employment agency, PT Maju Jaya Abadi, and with a Macau-based operator, Golden Crest Gaming Ltd.",
			[]rel{{"PT Maju Jaya Abadi", model.LocatedIn, "Jakarta", ""}, {"Golden Crest Gaming Ltd.", model.LocatedIn, "Macau", ""}}, nil},
		{"a place a firm is reached from is not its seat",
			"He flew from Surabaya to meet Golden Crest Gaming Ltd. officials.",
			nil, []rel{{"Golden Crest Gaming Ltd.", model.LocatedIn, "Surabaya", ""}}},
		{"a row that states the person's act on a site, after the person's own body",
			"The listed persons are:\nMin Ko Naing, Major, Democratic Karen Benevolent Army; protects Jade Crane Park, Myawaddy.",
			[]rel{{"Min Ko Naing", model.Protects, "Jade Crane Park", ""}}, nil},
		{"a row whose act field is followed by prose names no tie",
			"The listed persons are:\nMin Ko Naing, Major, Democratic Karen Benevolent Army; protects Jade Crane Park workers from eviction, he told a court in Bangkok.",
			nil, []rel{{"Min Ko Naing", model.Protects, "Jade Crane Park", ""}}},
		{"a country's own place in the possessive",
			"Rescuers crossed into Myanmar's Kayin State from a village opposite Thailand's Tak province.",
			[]rel{{"Karen State", model.LocatedIn, "Myanmar", ""}, {"Tak", model.LocatedIn, "Thailand", ""}}, nil},
		{"a country's possessive before another country places nothing",
			"Thailand's Myanmar envoy met officials in Bangkok.",
			nil, []rel{{"Myanmar", model.LocatedIn, "Thailand", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			for _, w := range c.want {
				if _, ok := got[[3]string{w.s, w.p, w.o}]; !ok {
					t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, keys(got))
				}
			}
			for _, f := range c.forbid {
				if _, ok := got[[3]string{f.s, f.p, f.o}]; ok {
					t.Errorf("wrong relation %s %s %s", f.s, f.p, f.o)
				}
			}
		})
	}
}
