package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLocalLocus holds the rules of located_more.go and the widened site apposition: a town's
// part in the possessive, a larger place set off by ", in", a site at a town's edge, a firm
// named with its town, a description with a number; recall cases and cases where nothing may be read.
func TestLocalLocus(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a town's part in the possessive",
			"The agency rents a floor in Bangkok's Huai Khwang district.",
			[]rel{{"Huai Khwang", model.LocatedIn, "Bangkok", ""}}, nil},
		{"a town's commune in the possessive, the commune's name first",
			"Workers were bused to Sihanoukville's Sangkat Buon at night.",
			[]rel{{"Sangkat Buon", model.LocatedIn, "Sihanoukville", ""}}, nil},
		{"a larger place set off by ', in'",
			"Poipet, in Banteay Meanchey province, is home to dozens of casinos.",
			[]rel{{"Poipet", model.LocatedIn, "Banteay Meanchey", ""}}, nil},
		{"a site at a town's edge in an apposition",
			"Golden Reed Park, on the northern edge of Tachileik, was built in 2020.",
			[]rel{{"Golden Reed Park", model.LocatedIn, "Tachileik", ""}}, nil},
		{"a site that sits on a town's outskirts",
			"Silver Moon Hub, which sits on the outskirts of Bavet, employs hundreds.",
			[]rel{{"Silver Moon Hub", model.LocatedIn, "Bavet", ""}}, nil},
		{"a site's description with a number in it",
			"Police raided Jade Coast Hub, a compound of 36 buildings in Bamban, on Monday.",
			[]rel{{"Jade Coast Hub", model.LocatedIn, "Bamban", ""}}, nil},
		{"a firm described as a shell of a place",
			"The park is owned by Northwind Capital Limited, a Hong Kong shell with one director.",
			[]rel{{"Northwind Capital Limited", model.LocatedIn, "Hong Kong", ""}}, nil},
		{"a site's description with a number joined to a unit",
			"Golden Reed Park, a 900-hectare enclave in Tachileik, opened in 2019.",
			[]rel{{"Golden Reed Park", model.LocatedIn, "Tachileik", ""}}, nil},
		{"a firm in a part of the city named before",
			"Staff of Bright Sand Trading LLC, a firm in the city's Deira district, met them at the airport.",
			[]rel{{"Bright Sand Trading LLC", model.LocatedIn, "Deira", ""}}, nil},
		{"a firm named with the town it sits in",
			"Her recruiter worked for Clearpath Manpower Services Inc. in Quezon City.",
			[]rel{{"Clearpath Manpower Services Inc.", model.LocatedIn, "Quezon City", ""}}, nil},
		// Precision.
		{"a firm in a country, or a firm named with a time in a town",
			"Clearpath Manpower Services Inc. in Cambodia grew fast. Lotus Crest Holdings Ltd. in Tachileik last year hired guards for the park.",
			nil, []rel{{"Clearpath Manpower Services Inc.", model.LocatedIn, "Cambodia", ""}, {"Lotus Crest Holdings Ltd.", model.LocatedIn, "Tachileik", ""}}},
		{"a person of a firm who works in a town",
			"She met the director of Clearpath Manpower Services Inc. at a hotel in Quezon City.",
			nil, []rel{{"Clearpath Manpower Services Inc.", model.LocatedIn, "Quezon City", ""}}},
		{"a firm whose apposition names a visit to a place",
			"Bright Sand Trading LLC, a firm that sent staff to the city's Deira district, denied the claims.",
			nil, []rel{{"Bright Sand Trading LLC", model.LocatedIn, "Deira", ""}}},
		{"a place followed by ', in' and a year",
			"He moved to Poipet, in 2019, and then to Bavet, in Svay Rieng province, later on.",
			[]rel{{"Bavet", model.LocatedIn, "Svay Rieng", ""}}, []rel{{"Poipet", model.LocatedIn, "Svay Rieng", ""}}},
		{"a person's office in a district is no place of the person",
			"Chen Long's office in Huai Khwang district was searched, police in Bangkok said.",
			nil, []rel{{"Huai Khwang", model.LocatedIn, "Chen Long", ""}, {"Chen Long", model.LocatedIn, "Huai Khwang", ""}}},
		{"a site a few kilometres from a town's edge is not in it",
			"Golden Reed Park, a few kilometres from the edge of Tachileik, was built in 2020.",
			nil, []rel{{"Golden Reed Park", model.LocatedIn, "Tachileik", ""}}},
	}
	checkRelCases(t, x, cases)
}
