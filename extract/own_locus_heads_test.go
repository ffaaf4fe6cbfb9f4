package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOwnLocusHeads holds own_locus_heads.go: a placing apposition places the name only when
// its site or business noun is the apposition's own head; a hyphened or lexicon noun after a
// preposition, and a lexicon noun followed by anything but a locating participle or its seat,
// place nothing.
func TestOwnLocusHeads(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a hyphened head turned from another site",
			"Lucky Star Club, a former hotel-turned-compound in Myawaddy, held 300 workers.",
			[]rel{{"Lucky Star Club", model.LocatedIn, "Myawaddy", ""}}, nil},
		{"a lexicon noun with a locating participle",
			"Police questioned Golden Lotus Holdings, a payment processor incorporated in Singapore, last week.",
			[]rel{{"Golden Lotus Holdings", model.LocatedIn, "Singapore", ""}}, nil},
		{"a lexicon noun straight before the place",
			"Police questioned Golden Lotus Holdings, a licensed money changer in Bangkok, last week.",
			[]rel{{"Golden Lotus Holdings", model.LocatedIn, "Bangkok", ""}}, nil},
		{"a business noun with its seat",
			"Tan runs Everbright Manpower Sdn Bhd, a recruitment agency with offices in Penang.",
			[]rel{{"Everbright Manpower Sdn Bhd", model.LocatedIn, "Penang", ""}}, nil},
		// Precision: a hyphened noun after a preposition belongs to another noun.
		{"a hyphened noun after 'of', then 'for'",
			"Silver Kite Technologies Inc., a maker of call-centre software for clients in Bavet, paid the workers.",
			nil, []rel{{"Silver Kite Technologies Inc.", model.LocatedIn, "Bavet", ""}}},
		{"a hyphened noun after 'in'",
			"Police questioned Golden Lotus Holdings, an investor in a half-built tower-block in Sihanoukville, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Sihanoukville", ""}}},
		{"a hyphened noun after 'for'",
			"Golden Star Pte Ltd, a front for a would-be casino-resort in Sihanoukville, paid the workers.",
			nil, []rel{{"Golden Star Pte Ltd", model.LocatedIn, "Sihanoukville", ""}}},
		{"a hyphened noun after 'of a'",
			"Police questioned Golden Lotus Holdings, a partner of a state-owned tech-company in Shenzhen, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Shenzhen", ""}}},
		{"a hyphened noun after 'with no'",
			"Police questioned Golden Lotus Holdings, a shell with no back-office in Phnom Penh, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Phnom Penh", ""}}},
		// Precision: a lexicon noun, then another phrase before the place.
		{"a lexicon noun, then 'for' and what it serves",
			"Lotus Pay Co., Ltd., a payment processor for casinos in Bavet and Poipet, moved the funds.",
			nil, []rel{{"Lotus Pay Co., Ltd.", model.LocatedIn, "Bavet", ""}, {"Lotus Pay Co., Ltd.", model.LocatedIn, "Poipet", ""}}},
		{"a lexicon noun, then 'with no'",
			"Police questioned Golden Lotus Holdings, a payment processor with no licence in Cambodia, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Cambodia", ""}}},
		{"a lexicon noun, then a participle of what was done to it",
			"Golden Star Exchange, a money changer raided in Poipet last week, moved the funds.",
			nil, []rel{{"Golden Star Exchange", model.LocatedIn, "Poipet", ""}}},
		{"a lexicon noun sanctioned in a country",
			"Police questioned Golden Lotus Holdings, a money changer blacklisted in Thailand, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Thailand", ""}}},
		{"a lexicon noun popular with others",
			"Police questioned Golden Lotus Holdings, a money changer popular with workers in Poipet, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Poipet", ""}}},
		{"an older business noun sanctioned in a country",
			"Police questioned Golden Lotus Holdings, a company sanctioned in the United States, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "United States", ""}}},
		{"an older business noun after 'of a'",
			"Police questioned Golden Lotus Holdings, a client of a logistics firm in Bangkok, last week.",
			nil, []rel{{"Golden Lotus Holdings", model.LocatedIn, "Bangkok", ""}}},
	}
	checkRelCases(t, x, cases)
}
