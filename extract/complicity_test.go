package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestComplicityRules holds the place-chain, list and relative-clause rules for LOCATED_IN,
// SANCTIONED_BY, PROTECTS and RAIDED: each case names relations that must be read and
// relations that must not.
func TestComplicityRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"place chain after an apposition: each place in the next, the site not in the country",
			"Investigators traced the money to the Jade Lantern Resort, a gaming and hotel compound in Kampot, Cambodia.",
			[]rel{{"Jade Lantern Resort", model.LocatedIn, "Kampot", ""}, {"Kampot", model.LocatedIn, "Cambodia", ""}},
			[]rel{{"Jade Lantern Resort", model.LocatedIn, "Cambodia", ""}}},
		{"apposition describing a business places it",
			"She answered an advert from Bright Path Staffing Inc., a recruitment agency in Davao.",
			[]rel{{"Bright Path Staffing Inc.", model.LocatedIn, "Davao", ""}}, nil},
		{"apposition with a clause is no locus",
			"The money went to Bright Path Staffing Inc., a company that recruited workers in Davao.",
			nil, []rel{{"Bright Path Staffing Inc.", model.LocatedIn, "Davao", ""}}},
		{"a river needs a site on it; a place near another is not in it",
			"The Silver Fern Park, a fenced complex on the Salween River opposite Mae Sot, holds hundreds.",
			[]rel{{"Silver Fern Park", model.LocatedIn, "Salween River", ""}},
			[]rel{{"Silver Fern Park", model.LocatedIn, "Mae Sot", ""}}},
		{"compound cue word before a comma, then a district and its city",
			"The Golden Lotus Park compound, located in Tuol Kork district, Phnom Penh, was sealed by officers.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Tuol Kork", ""}, {"Tuol Kork", model.LocatedIn, "Phnom Penh", ""}}, nil},
		{"a bare 'in' after a list places only its last item",
			"Treasury named Vanna Heng, his firm Heng Capital Co., Ltd., and the Golden Bay Casino in Poipet.",
			[]rel{{"Golden Bay Casino", model.LocatedIn, "Poipet", ""}},
			[]rel{{"Heng Capital Co., Ltd.", model.LocatedIn, "Poipet", ""}}},
		{"countries coordinated as subject of sanctioned",
			"Canada and Australia have both sanctioned Tun Myint Aung.",
			[]rel{{"Tun Myint Aung", model.SanctionedBy, "Canada", ""}, {"Tun Myint Aung", model.SanctionedBy, "Australia", ""}}, nil},
		{"object relative clause on a noun after a name",
			"He was paid by Golden Reed Holdings, a company that Canada sanctioned in 2024.",
			[]rel{{"Golden Reed Holdings", model.SanctionedBy, "Canada", ""}}, nil},
		{"a raid told first, its raider named in the next sentence; the generic raider gives way",
			"Thai police on Friday raided the Sapphire Bay Complex near the river, freeing 90 workers. The raid, conducted by the Tak Provincial Police, followed months of complaints.",
			[]rel{{"Tak Provincial Police", model.Raided, "Sapphire Bay Complex", ""}},
			[]rel{{"Thai police", model.Raided, "Sapphire Bay Complex", ""}}},
		{"an operation led by a body covers every site the sweep sealed",
			"Soldiers swept through the Lucky Bamboo Park at dawn and then sealing the Red Lotus Casino by noon. The operation was led by the Ministry of National Defence.",
			[]rel{{"Ministry of National Defence", model.Raided, "Lucky Bamboo Park", ""}, {"Ministry of National Defence", model.Raided, "Red Lotus Casino", ""}}, nil},
		{"a site searched by two bodies",
			"The Jade Harbour compound was searched by the Kampot Provincial Police and the Department of Immigration.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}, {"Department of Immigration", model.Raided, "Jade Harbour", ""}}, nil},
		{"an operation named later with no raid before it points to nothing",
			"Workers said the Jade Harbour compound was crowded. The operation was led by the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}}},
		{"a person is no raider; a company office is no raided compound",
			"General Sok Rithy raided the Jade Harbour compound. Police raided the offices of Blue Delta Trading Co., Ltd.",
			nil, []rel{{"Sok Rithy", model.Raided, "Jade Harbour", ""}}},
		{"a security firm that provides guards protects the site",
			"Iron Gate Security Co., Ltd. provided armed guards to the Jade Harbour compound.",
			[]rel{{"Iron Gate Security Co., Ltd.", model.Protects, "Jade Harbour", ""}}, nil},
		{"a country's body is not located in the country",
			"Thailand's Department of Special Investigation questioned the suspects.",
			nil, []rel{{"Department of Special Investigation", model.LocatedIn, "Thailand", ""}}},
		{"a site leased to a tenant is run by the tenant, not by the landlord",
			"Tian Holdings leased the Golden Reed compound to Hengda Tech Group in 2022.",
			[]rel{{"Hengda Tech Group", model.Operates, "Golden Reed", ""}},
			[]rel{{"Tian Holdings", model.Operates, "Golden Reed", ""}}},
		{"a tenant named before its site, and floors rented inside a site",
			"Bluewave Offshore Gaming Inc., the main tenant of the Blue Coast Tower, closed. The scam floors inside the Harbour View compound were rented by Tianyu Network Co., Ltd.",
			[]rel{{"Bluewave Offshore Gaming Inc.", model.Operates, "Blue Coast Tower", ""}, {"Tianyu Network Co., Ltd.", model.Operates, "Harbour View", ""}}, nil},
		{"land leased near a site is no tenancy of it",
			"Tian Holdings leased farmland to Hengda Tech Group near the Golden Reed compound.",
			nil, []rel{{"Hengda Tech Group", model.Operates, "Golden Reed", ""}}},
		{"co-developer and the firm handling the day-to-day running",
			"The Silver Dragon Park, which was developed with Yatai International Holdings Group, grew fast. The day-to-day operation of the Ocean Pearl Resort is handled by Yongli Network Technology Co.",
			[]rel{{"Yatai International Holdings Group", model.Operates, "Silver Dragon Park", ""}, {"Yongli Network Technology Co.", model.Operates, "Ocean Pearl Resort", ""}}, nil},
		{"a site's manager runs it; a company's manager is employed by it",
			"Fang Zhiqiang is the manager of the Cardamom Gate Tech Park. Li Wei is a manager at Hengda Tech Group.",
			[]rel{{"Fang Zhiqiang", model.Operates, "Cardamom Gate Tech Park", ""}},
			[]rel{{"Li Wei", model.Operates, "Hengda Tech Group", ""}}},
		{"protection told through a body's checkpoints, patrols and guards",
			"The Kokang Alliance Army maintains a checkpoint at the entrance to the Golden Sun Park. Ruby Gate Security Co., Ltd. provides guards to a compound known as the Lucky Star Casino. The Jade River Park is secured by soldiers of the Karen Peace Army.",
			[]rel{{"Kokang Alliance Army", model.Protects, "Golden Sun Park", ""}, {"Ruby Gate Security Co., Ltd.", model.Protects, "Lucky Star Casino", ""}, {"Karen Peace Army", model.Protects, "Jade River Park", ""}}, nil},
		{"a checkpoint near a site, or a road secured, is no protection of it",
			"The Kokang Alliance Army maintains a checkpoint near the Golden Sun Park. The Jade River Park was built by a firm secured by loans from Hengda Bank.",
			nil, []rel{{"Kokang Alliance Army", model.Protects, "Golden Sun Park", ""}, {"Hengda Bank", model.Protects, "Jade River Park", ""}}},
		{"a sanction's object list with possessive items and appositions",
			"The Office of Foreign Assets Control designated Oknha Chea Vuthy, his firm Vuthy Heng Holdings Co., Ltd., and the Silver Palm Casino. OFAC further designated Chea Vuthy's son, Chea Rith, who sits on the board of Vuthy Heng Holdings Co., Ltd., and Mekong Pay Co., Ltd., a processor owned by Vuthy Heng Holdings Co., Ltd. that moved funds.",
			[]rel{{"Chea Vuthy", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Vuthy Heng Holdings Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Silver Palm Casino", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Chea Rith", model.SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Mekong Pay Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"verbs joined by 'and' and a relative clause are no list items",
			"OFAC designated two firms that built and guarded the Silver Palm Casino. Chea Rith, whom OFAC designated in 2023, runs the Jade Harbour compound.",
			nil, []rel{{"Silver Palm Casino", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Jade Harbour", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a firm's apposition names its place; a site lies on a river; a province in a country",
			"Funds went to Golden Reed Holdings Ltd., a Macau company that owns casinos. The Silver Fern Park lies on the Salween River. Neighbouring Kanchanaburi province in Thailand reported arrests.",
			[]rel{{"Golden Reed Holdings Ltd.", model.LocatedIn, "Macau", ""}, {"Silver Fern Park", model.LocatedIn, "Salween River", ""}, {"Kanchanaburi", model.LocatedIn, "Thailand", ""}}, nil},
		{"a body's seat, but not where a meeting of it was held",
			"The Ministry of Public Security in Hanoi opened a case. Officials attended a meeting of the National Anti-Scam Council (NASC) in Da Nang on Monday.",
			[]rel{{"Ministry of Public Security of Vietnam", model.LocatedIn, "Hanoi", ""}},
			[]rel{{"National Anti-Scam Council", model.LocatedIn, "Da Nang", ""}}},
		{"a town merely near a river or a person's town are no placings",
			"The Silver Fern Park lies near the Salween River. Chen Li of Mae Sot runs it.",
			nil, []rel{{"Silver Fern Park", model.LocatedIn, "Salween River", ""}, {"Chen Li", model.LocatedIn, "Mae Sot", ""}}},
		{"the body whose act a raid was, and the partner in its aside",
			"The Cebu Provincial Police Office, in coordination with the Bureau of Immigration, arrested a Chinese manager during an operation at the Mactan Bay compound on Sunday.",
			[]rel{{"Cebu Provincial Police Office", model.Raided, "Mactan Bay", ""}, {"Bureau of Immigration", model.Raided, "Mactan Bay", ""}}, nil},
		{"a body that speaks of a raid did not make it",
			"The Cebu Provincial Police Office said soldiers arrested a manager during an operation at the Mactan Bay compound.",
			nil, []rel{{"Cebu Provincial Police Office", model.Raided, "Mactan Bay", ""}}},
		{"a notice's rows: each row's leading name, titles aside; prose after the list is no row",
			"The designations, made by the Office of Financial Sanctions Implementation, target:\n\nOknha Heng Sokha, owner of the Silver Palm Casino;\n\nMekong Pay Co., Ltd.;\n\nChea Rith is a shareholder in Mekong Pay Co., Ltd. and spoke to reporters.",
			[]rel{{"Heng Sokha", model.SanctionedBy, "Office of Financial Sanctions Implementation", ""}, {"Mekong Pay Co., Ltd.", model.SanctionedBy, "Office of Financial Sanctions Implementation", ""}},
			[]rel{{"Chea Rith", model.SanctionedBy, "Office of Financial Sanctions Implementation", ""}, {"Silver Palm Casino", model.SanctionedBy, "Office of Financial Sanctions Implementation", ""}}},
		{"a site guarded by a unit of a force, by a named security agency, or paying a force for protection",
			"The Hong Tai Park compound is protected by a unit of the Karen Peace Army. The Golden Reed compound was guarded by a private security agency, Ironclad Security Services Inc., whose guards were armed. The Sky Orchid Park paid the Kokang Alliance Army for protection.",
			[]rel{{"Karen Peace Army", model.Protects, "Hong Tai Park", ""}, {"Ironclad Security Services Inc.", model.Protects, "Golden Reed", ""}, {"Kokang Alliance Army", model.Protects, "Sky Orchid Park", ""}}, nil},
		{"paying a body for something else is no protection",
			"The Sky Orchid Park paid the Kokang Alliance Army for fuel and rice.",
			nil, []rel{{"Kokang Alliance Army", model.Protects, "Sky Orchid Park", ""}}},
		{"verbs joined on a site, and a firm's relative clause on what it rented there",
			"Golden Fortune Resorts Co., Ltd. owned and operated the Sunrise Bay Complex. They worked for Yong Sheng Trading Co., Ltd., a company that rented two buildings inside the Jade Harbour compound.",
			[]rel{{"Golden Fortune Resorts Co., Ltd.", model.Operates, "Sunrise Bay Complex", ""}, {"Golden Fortune Resorts Co., Ltd.", model.Owns, "Sunrise Bay Complex", ""}, {"Yong Sheng Trading Co., Ltd.", model.Operates, "Jade Harbour", ""}}, nil},
		{"a firm that rented flats near a site does not run it",
			"They worked for Yong Sheng Trading Co., Ltd., a company that rented flats near the Jade Harbour compound.",
			nil, []rel{{"Yong Sheng Trading Co., Ltd.", model.Operates, "Jade Harbour", ""}}},
		{"two bodies joined by 'and' serve warrants at a site",
			"The Cebu Provincial Police Office and the Bureau of Immigration on Thursday served search warrants at the Mactan Bay compound, rescuing 300 workers.",
			[]rel{{"Cebu Provincial Police Office", model.Raided, "Mactan Bay", ""}, {"Bureau of Immigration", model.Raided, "Mactan Bay", ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			for _, w := range c.want {
				r, ok := got[[3]string{w.s, w.p, w.o}]
				if !ok {
					t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, keys(got))
					continue
				}
				if w.grade != "" && r.Grade != w.grade {
					t.Errorf("%s %s %s: grade %s, want %s", w.s, w.p, w.o, r.Grade, w.grade)
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
