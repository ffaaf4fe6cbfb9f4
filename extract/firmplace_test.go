package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmPlaceForms holds the rules of firmplace.go: recall cases and cases where nothing
// may be read.
func TestFirmPlaceForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a firm, a dash, and its place of registration as a modifier",
			"Phoenix Crown International Group — Hong Kong-registered; according to filings it owns a hotel.",
			[]rel{{"Phoenix Crown International Group", model.LocatedIn, "Hong Kong", ""}}, nil},
		{"a place-registered noun before the firm's name",
			"The Macau-registered firm Lucky Horse Ltd. paid the guards.",
			[]rel{{"Lucky Horse Ltd.", model.LocatedIn, "Macau", ""}}, nil},
		{"a place, a firm noun and 'called' before the firm's name",
			"An agent who works for a Nairobi company called Skyward Global Placements Ltd offered me a job.",
			[]rel{{"Skyward Global Placements Ltd", model.LocatedIn, "Nairobi", ""}}, nil},
		{"a firm described as an entity of a place",
			"The shares were held by Zenith Star Holdings Ltd., a British Virgin Islands entity, of which he was the owner.",
			[]rel{{"Zenith Star Holdings Ltd.", model.LocatedIn, "British Virgin Islands", ""}}, nil},
		{"a crossing point in a larger place",
			"He was handed over at the Daluo border crossing in Yunnan on Sunday.",
			[]rel{{"Daluo", model.LocatedIn, "Yunnan", ""}}, nil},
		{"both firms the sentence before named are registered in a place",
			"Kittipong Saengthong directed two companies, Saengthong Gold Trading Co., Ltd. and KP Digital Exchange Co., Ltd., which converted the funds. Both companies are registered in Bangkok.",
			[]rel{{"Saengthong Gold Trading Co., Ltd.", model.LocatedIn, "Bangkok", ""}, {"KP Digital Exchange Co., Ltd.", model.LocatedIn, "Bangkok", ""}}, nil},
		{"a dateline's town and province",
			"Lapu-Lapu City, Cebu — Police rescued 90 workers on Monday.",
			[]rel{{"Lapu-Lapu City", model.LocatedIn, "Cebu", ""}}, nil},
		{"a place chain whose second phrase places the first place, not the site",
			"He ran Jinlong Garden, a walled compound in Laukkaing, in the Kokang region, for years.",
			[]rel{{"Jinlong Garden", model.LocatedIn, "Laukkaing", ""}, {"Laukkaing", model.LocatedIn, "Kokang", ""}},
			[]rel{{"Jinlong Garden", model.LocatedIn, "Kokang", ""}}},
		{"a site just inside a place; a firm's headquarters; a place's casino named after it; a fronted participle; a place lying in a larger one",
			"Ruby Park sits just inside Myawaddy township. Orchid Holdings Ltd. has its headquarters in Singapore. Silver Mile Resort, Bavet's largest casino, closed. Located in Kampot, Ocean Pearl Resort employs 400. Myawaddy lies in eastern Kayin State.",
			[]rel{{"Ruby Park", model.LocatedIn, "Myawaddy", ""}, {"Orchid Holdings Ltd.", model.LocatedIn, "Singapore", ""},
				{"Silver Mile Resort", model.LocatedIn, "Bavet", ""}, {"Ocean Pearl Resort", model.LocatedIn, "Kampot", ""}, {"Myawaddy", model.LocatedIn, "Karen State", ""}}, nil},
		// Precision.
		{"a place in the possessive is not where the site lies; a firm's headquarters' staff",
			"Lucky Crane Park lies just inside Myanmar's Kayin State. Orchid Holdings Ltd. has its staff in Singapore. Myawaddy lies near eastern Kayin State. Silver Mile Resort, Bavet's governor said, will close.",
			nil, []rel{{"Lucky Crane Park", model.LocatedIn, "Myanmar", ""}, {"Orchid Holdings Ltd.", model.LocatedIn, "Singapore", ""}, {"Myawaddy", model.LocatedIn, "Karen State", ""}, {"Silver Mile Resort", model.LocatedIn, "Bavet", ""}}},
		{"'both companies' when the sentence before names three firms",
			"He directed Saengthong Gold Trading Co., Ltd., KP Digital Exchange Co., Ltd. and Orawan Holdings Ltd. Both companies are registered in Bangkok.",
			nil, []rel{{"Saengthong Gold Trading Co., Ltd.", model.LocatedIn, "Bangkok", ""}, {"KP Digital Exchange Co., Ltd.", model.LocatedIn, "Bangkok", ""}}},
		{"two countries heading a line before a dash",
			"Cambodia, Thailand — the two neighbours signed a pact on scam centres.",
			nil, []rel{{"Cambodia", model.LocatedIn, "Thailand", ""}}},
		{"a crossing point named from a place it does not lie in",
			"Workers from Daluo border crossing into Yunnan were stopped.",
			nil, []rel{{"Daluo", model.LocatedIn, "Yunnan", ""}}},
		{"a firm that a place's body called, not a firm in that place",
			"Officials from Nairobi called Skyward Global Placements Ltd on Monday.",
			nil, []rel{{"Skyward Global Placements Ltd", model.LocatedIn, "Nairobi", ""}}},
		{"a place named after a firm with a dash, no registration word",
			"Phoenix Crown International Group — Hong Kong investors hold most of it.",
			nil, []rel{{"Phoenix Crown International Group", model.LocatedIn, "Hong Kong", ""}}},
		{"the firm that the company called, a place's people",
			"The Macau gamblers called Lucky Horse Ltd. every week.",
			nil, []rel{{"Lucky Horse Ltd.", model.LocatedIn, "Macau", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestPlaceDescribedGrade holds the grade of a place told in a name's description: the
// writer's statement, which an attribution of the sentence's main claim does not reach; and
// a place inside the claim attributed, which it does.
func TestPlaceDescribedGrade(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []rel
	}{
		{"a firm's apposition that names its town, in an attributed sentence",
			"According to court documents, Chaiwat Sirimongkol owns Sirimongkol Petroleum Co., Ltd., a Mae Sot fuel distributor.",
			[]rel{{"Sirimongkol Petroleum Co., Ltd.", model.LocatedIn, "Mae Sot", model.Reported}}},
		{"a body named with its place as a modifier in a speaker's apposition",
			"\"The raids never touch the owners,\" said Nang Seng, a researcher at the Chiang Mai-based Salween Policy Institute.",
			[]rel{{"Salween Policy Institute", model.LocatedIn, "Chiang Mai", model.Reported}}},
		{"a site whose apposition places it, in a sentence that workers' words close",
			"Lights still burned at Golden Lotus Park, a fortified compound in Myawaddy, according to three workers.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Myawaddy", model.Reported}}},
		// Precision: the place is part of what is said.
		{"a firm's place inside a reported clause",
			"The MP said the resort's operator, Lucky Star Gaming Management Ltd., is based in Macau.",
			[]rel{{"Lucky Star Gaming Management Ltd.", model.LocatedIn, "Macau", model.Alleged}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, nil)
		})
	}
}
