package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPlaceShapes holds the rules of place_shapes.go: recall cases and cases where nothing
// may be read.
func TestPlaceShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		{"a border crossing named with its class, in a province",
			"Buses waited at the Ban Laem border crossing in Chanthaburi province on Friday.",
			[]rel{{"Ban Laem", model.LocatedIn, "Chanthaburi", ""}}, nil},
		{"a checkpoint set off by commas from its province",
			"Immigration officers at the Hat Lek checkpoint, in Trat province, received the group.",
			[]rel{{"Hat Lek", model.LocatedIn, "Trat", ""}}, nil},
		{"a site on a river's west bank, told with a verb",
			"Silver Reed Park sits on the west bank of the Moei River.",
			[]rel{{"Silver Reed Park", model.LocatedIn, "Moei River", ""}}, nil},
		{"a site along a river, in an inserted phrase",
			"Silver Reed Park, along the Moei River, holds about 2,000 workers.",
			[]rel{{"Silver Reed Park", model.LocatedIn, "Moei River", ""}}, nil},
		{"a town named through its country and kind",
			"The brokers worked from the Myanmar border town of Myawaddy.",
			[]rel{{"Myawaddy", model.LocatedIn, "Myanmar", ""}}, nil},
		{"a site whose apposition puts the province before the site noun",
			"Silver Reed Park, a Bokeo province compound, was emptied in May.",
			[]rel{{"Silver Reed Park", model.LocatedIn, "Bokeo", ""}}, nil},
		{"a firm named with its legal form, then of and its seat",
			"The payments went through Northwind Capital Pte. Ltd. of Singapore.",
			[]rel{{"Northwind Capital Pte. Ltd.", model.LocatedIn, "Singapore", ""}}, nil},
		{"a firm's apposition naming its kind and the country it is in",
			"The payments went to Northwind Capital Ltd., a shell company in Samoa, in 2023.",
			[]rel{{"Northwind Capital Ltd.", model.LocatedIn, "Samoa", ""}}, nil},
		{"a site told as one of the compounds in a town, in an apposition and with a copula",
			"Silver Reed Park, one of the largest compounds in Sihanoukville, was emptied. Jade Lake Park is one of several compounds in Myawaddy.",
			[]rel{{"Silver Reed Park", model.LocatedIn, "Sihanoukville", ""}, {"Jade Lake Park", model.LocatedIn, "Myawaddy", ""}}, nil},
		{"a place in a compound adjective of incorporation",
			"The land belongs to Northwind Capital Ltd., a Singapore-incorporated holding company.",
			[]rel{{"Northwind Capital Ltd.", model.LocatedIn, "Singapore", ""}}, nil},
		{"an article, a place, a business noun, then the firm",
			"The money moved through the Phnom Penh firm Northwind Capital Ltd. last year.",
			[]rel{{"Northwind Capital Ltd.", model.LocatedIn, "Phnom Penh", ""}}, nil},
		{"a town after 'at', then in and a province",
			"The power lines were cut at Mae Sot in Tak province.",
			[]rel{{"Mae Sot", model.LocatedIn, "Tak", ""}}, nil},
		{"a town after a verb, then in and a state",
			"The report examines Laukkaing in Shan State and its casinos.",
			[]rel{{"Laukkaing", model.LocatedIn, "Shan State", ""}}, nil},
		{"a firm with two places in brackets",
			"Northwind Exchange Co., Ltd. (Poipet, Banteay Meanchey) changed the money.",
			[]rel{{"Northwind Exchange Co., Ltd.", model.LocatedIn, "Poipet", ""}}, nil},
		{"a town, a comma and its province before a verb",
			"The lot on which the hub was built in Capas, Tarlac is owned by a realty firm. Myawaddy, Kayin State, is home to dozens of compounds.",
			[]rel{{"Capas", model.LocatedIn, "Tarlac", ""}, {"Myawaddy", model.LocatedIn, "Karen State", ""}}, nil},
		{"a town, a comma and its country before a preposition",
			"The workers were driven from Poipet, Cambodia to Bangkok.",
			[]rel{{"Poipet", model.LocatedIn, "Cambodia", ""}}, nil},
		{"a commune with its class word, a comma and its province, inside a site's apposition",
			"The plot beneath Silver Reed Park, a walled compound in Ream commune, Preah Sihanouk province, where police freed 400 workers, belongs to a senator.",
			[]rel{{"Silver Reed Park", model.LocatedIn, "Ream", ""}, {"Ream", model.LocatedIn, "Preah Sihanouk", ""}}, nil},
		{"a firm after a post's 'of', then in and its town",
			"She was a director of StarPath Manpower Services in Manila.",
			[]rel{{"StarPath Manpower Services", model.LocatedIn, "Manila", ""}}, nil},
		{"a firm's noun, in and the town, then called and the firm's name",
			"She works for an agency in Yangon called Golden Step Overseas Employment Co., Ltd.",
			[]rel{{"Golden Step Overseas Employment Co., Ltd.", model.LocatedIn, "Yangon", ""}}, nil},
		// Precision.
		{"an office of a firm in a town is no seat of the firm",
			"Police searched the branch office of Northwind Capital Ltd. in Cebu.",
			nil, []rel{{"Northwind Capital Ltd.", model.LocatedIn, "Cebu", ""}}},
		{"a worker in a town, then a firm called by name",
			"She met a recruiter in Yangon called Daw Khin Sandar, who worked for Golden Step Co., Ltd.",
			nil, []rel{{"Golden Step Co., Ltd.", model.LocatedIn, "Yangon", ""}}},
		{"towns in a list after a locative word",
			"The network kept offices in Bangkok, Phnom Penh and Vientiane.",
			nil, []rel{{"Bangkok", model.LocatedIn, "Phnom Penh", ""}}},
		{"a region, then a town that opens the next item of a list",
			"The report covers Laukkaing in the Kokang Self-Administered Zone, Mong La in Special Region 4, and Tachileik.",
			nil, []rel{{"Kokang Self-Administered Zone", model.LocatedIn, "Mong La", ""}}},
		{"a town, a comma and a country in the possessive",
			"The compound lies in Sihanoukville, Cambodia's main port.",
			nil, []rel{{"Sihanoukville", model.LocatedIn, "Cambodia", ""}}},
		{"a river one is across, then in and a province",
			"Across the Moei River in Tak province, officials received the workers.",
			nil, []rel{{"Moei River", model.LocatedIn, "Tak", ""}}},
		{"a numbered road and a mountain are no towns",
			"The zone lies on National Road 4 in Kampong Speu province, below Bokor Mountain in Kampot province.",
			nil, []rel{{"National Road 4", model.LocatedIn, "Kampong Speu", ""}, {"Bokor Mountain", model.LocatedIn, "Kampot", ""}}},
		{"a town someone comes from, in the province the text names",
			"Workers from Poipet in Banteay Meanchey province were freed.",
			[]rel{{"Poipet", model.LocatedIn, "Banteay Meanchey", ""}}, nil},
		{"a town between two others",
			"The road runs between Poipet and Sisophon in Banteay Meanchey province.",
			nil, []rel{{"Poipet", model.LocatedIn, "Banteay Meanchey", ""}}},
		{"a firm's apposition whose kind suits a site, not a firm",
			"Northwind Capital Ltd., one of the largest casinos in Poipet, denied the claims.",
			nil, []rel{{"Northwind Capital Ltd.", model.LocatedIn, "Poipet", ""}}},
		{"a place that qualifies a business noun with no firm named after it",
			"Li Wen worked for a Phnom Penh firm before he joined Northwind Capital Ltd.",
			nil, []rel{{"Northwind Capital Ltd.", model.LocatedIn, "Phnom Penh", ""}}},
		{"a crossing that leads into another country's province",
			"The workers walked a short way from the Three Pagodas Pass crossing into Thailand's Kanchanaburi province.",
			nil, []rel{{"Three Pagodas Pass", model.LocatedIn, "Kanchanaburi", ""}}},
		{"a town south of another that lies on a river is not the river's",
			"Hpa Lu, a village south of Myawaddy on the Moei River, was shelled.",
			nil, []rel{{"Myawaddy", model.LocatedIn, "Moei River", ""}}},
		{"an apposition on a river's bank with a verb in it places no site",
			"Silver Reed Park, a compound that faces a hotel on the west bank of the Moei River, was raided.",
			nil, []rel{{"Silver Reed Park", model.LocatedIn, "Moei River", ""}}},
		{"a country's town of another country is no town inside it",
			"Thai officials said the Myanmar border town of Myawaddy lies across from Thailand's town of Mae Sot.",
			[]rel{{"Myawaddy", model.LocatedIn, "Myanmar", ""}}, []rel{{"Myawaddy", model.LocatedIn, "Thailand", ""}}},
		{"a firm with no legal form and a place after of",
			"Officials of Golden Reed Trading of Bangkok's Bang Rak district met the buyers.",
			nil, []rel{{"Golden Reed Trading", model.LocatedIn, "Bangkok", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
