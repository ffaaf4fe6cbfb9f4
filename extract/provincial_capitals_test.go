package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestProvincialCapitals holds provincial_capitals.go: a town named as "the provincial
// capital" lies in the province named last before it; a capital with no province before it,
// a province named only after it, and a national capital are not placed.
func TestProvincialCapitals(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the capital after the phrase, the province earlier in the sentence",
			`Phonexay Keomany, the deputy governor of Bokeo province, told reporters in the provincial capital, Houayxay, that "nobody is protected".`,
			[]rel{{"Houayxay", model.LocatedIn, "Bokeo", ""}}, nil},
		{"the capital before the phrase, the province sentences back",
			"Police swept the zone in Bokeo province last week. The zone is located in Tonpheung district. Residents of Houayxay, the provincial capital some 60 kilometres away, said they had seen buses.",
			[]rel{{"Houayxay", model.LocatedIn, "Bokeo", ""}}, nil},
		// Precision.
		{"another country named after the province",
			"The deputy governor of Bokeo province spoke on Monday. Across the river in Thailand, officials in Chiang Rai said residents of Chiang Saen, the provincial capital, were worried.",
			nil, []rel{{"Chiang Saen", model.LocatedIn, "Bokeo", ""}}},
		{"no province named before the capital",
			"Residents of Houayxay, the provincial capital, said they had seen buses heading north from Bokeo province.",
			nil, []rel{{"Houayxay", model.LocatedIn, "Bokeo", ""}}},
		{"a national capital",
			"Officials in Bokeo province met on Monday. The workers were later flown to Vientiane, the capital.",
			nil, []rel{{"Vientiane", model.LocatedIn, "Bokeo", ""}}},
		{"a capital that is the country's",
			"Police in Tak province detained 40 people. The suspects were sent to Bangkok, the national capital.",
			nil, []rel{{"Bangkok", model.LocatedIn, "Tak", ""}}},
	}
	checkRelCases(t, x, cases)
}
