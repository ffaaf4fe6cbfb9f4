package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedSiteHeads: "the village" and "the estate" (internal/lexicon/reference-heads.txt,
// marked "named") stand for a site named before whose own name carries the noun, "Coral Bay
// Leisure Village ... the village", never for the nearest site of another name, and never
// when two such names precede.
func TestNamedSiteHeads(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site named '... Village', then 'the firm that operated the village'",
			"Police rescued 600 workers from Coral Bay Leisure Village, a seaside complex in Cebu. " +
				"The landlord said the rent came from Oriental Pearl Digital Services Corp., the firm that operated the village.",
			[]rel{{"Oriental Pearl Digital Services Corp.", model.Operates, "Coral Bay Leisure Village", ""}}, nil},
		{"a site named '... Estate', then 'the estate' as the object of a passive",
			"Agents entered Greenmeadow Estate, a walled site in Tarlac, on Thursday. " +
				"The estate was operated by Xinchuang Outsourcing Solutions Inc., prosecutors said.",
			[]rel{{"Xinchuang Outsourcing Solutions Inc.", model.Operates, "Greenmeadow Estate", ""}}, nil},
		{"the same with an owner",
			"Workers fled Palm Grove Estate, a compound near Bavet, in May. " +
				"Land records show the estate is owned by Sunrise Realty Co., Ltd.",
			[]rel{{"Sunrise Realty Co., Ltd.", model.Owns, "Palm Grove Estate", ""}}, nil},
		{"the nearest site has no such noun: 'the village' is not it",
			"Workers were moved from Jade River Park, a compound in Myawaddy, to a nearby village. " +
				"The village is run by Silver Kite Development Co., Ltd., residents said.",
			nil, []rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade River Park", ""}}},
		{"two sites named '... Village' before: the description stays open",
			"Police raided Coral Bay Leisure Village and Sunset Palm Village, two complexes in Cebu. " +
				"The village was operated by Oriental Pearl Digital Services Corp.",
			nil, []rel{{"Oriental Pearl Digital Services Corp.", model.Operates, "Coral Bay Leisure Village", ""}, {"Oriental Pearl Digital Services Corp.", model.Operates, "Sunset Palm Village", ""}}},
		{"a denial: the firm denies it operated the village",
			"Police rescued 600 workers from Coral Bay Leisure Village, a seaside complex in Cebu. " +
				"Oriental Pearl Digital Services Corp. denied that it had ever operated the village.",
			nil, []rel{{"Oriental Pearl Digital Services Corp.", model.Operates, "Coral Bay Leisure Village", ""}}},
		{"no site named before: 'the village' is a place, not a compound",
			"Oriental Pearl Digital Services Corp. was registered in Makati in 2019. " +
				"The village is run by Oriental Pearl Digital Services Corp., residents said.",
			nil, nil},
	}
	checkRelCases(t, x, cases)
}
