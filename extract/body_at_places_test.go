package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBodyAtPlace holds body_at_places.go: a body or firm named after "at" and then "in" a
// town sits in the town; a country, a national body named by its adjective, a mission, a
// town that opens a clause and a body not after "at" are not read by it.
func TestBodyAtPlace(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a researcher at an institute in a town, then a relative clause",
			`"Nothing has changed," said Mali Chaiwong, a researcher at the Salween Research Institute in Chiang Rai, who has tracked the sites since 2021.`,
			[]rel{{"Salween Research Institute", model.LocatedIn, "Chiang Rai", ""}}, nil},
		{"a recruiter at a firm in a city, closing the sentence",
			"She was hired by Ahmad Zaki, an agent at Bintang Timur Manpower Sdn Bhd in Kuala Lumpur.",
			[]rel{{"Bintang Timur Manpower Sdn Bhd", model.LocatedIn, "Kuala Lumpur", ""}}, nil},
		{"an official at a ministry in a capital, then the verb after a comma",
			"Dewi Lestari, director for consular affairs at the Ministry of Foreign Affairs in Jakarta, said 300 citizens had returned.",
			[]rel{{"Ministry of Foreign Affairs of Indonesia", model.LocatedIn, "Jakarta", ""}}, nil},
		// Precision.
		{"a body at which a country is named",
			"Lina Ortiz, an analyst at the Regional Migration Institute in Thailand, said the numbers were rising.",
			nil, []rel{{"Regional Migration Institute", model.LocatedIn, "Thailand", ""}}},
		{"a mission named with its town",
			"Ravi Menon, a consul at the Embassy of India in Phnom Penh, said 40 people were flown home.",
			nil, []rel{{"Embassy of India", model.LocatedIn, "Phnom Penh", ""}}},
		{"a town that opens the rest of the clause",
			"Staff at the Salween Research Institute in Chiang Rai province offices were told to leave.",
			nil, []rel{{"Salween Research Institute", model.LocatedIn, "Chiang Rai", ""}}},
	}
	checkRelCases(t, x, cases)
}
