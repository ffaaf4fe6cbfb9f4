package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAgentInPlace holds agent_places.go: a body named as a passive's agent and then "in" a
// place is not placed there (the place is where the act happened); a body named as a subject,
// and an embassy named with its city, still are.
func TestAgentInPlace(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a ministry in a capital, as the sentence's subject",
			"The Ministry of Public Security in Vientiane said 700 workers had been deported.",
			[]rel{{"Ministry of Public Security of Laos", model.LocatedIn, "Vientiane", ""}}, nil},
		{"an embassy named with its city, after a passive's by",
			"They crossed into Mae Sot, where they were assisted by the Philippine Embassy in Bangkok before boarding a flight home.",
			[]rel{{"Philippine Embassy", model.LocatedIn, "Bangkok", ""}}, nil},
		// Precision.
		{"warrants issued by a court, served in a list of places",
			"Officers executed 19 search warrants issued by the Criminal Court in Bangkok, Chon Buri and Sa Kaeo and arrested seven suspects.",
			nil, []rel{{"Criminal Court", model.LocatedIn, "Bangkok", ""}}},
		{"survivors interviewed by an NGO in a province",
			"Three survivors interviewed by the Borderlines Accountability Initiative in Thailand's Sa Kaeo province said the manager was still there.",
			nil, []rel{{"Borderlines Accountability Initiative", model.LocatedIn, "Sa Kaeo", ""}}},
		{"workers detained by a police unit in a town",
			"More than 200 workers were detained by the Anti-Human Trafficking Department in Poipet on Tuesday.",
			nil, []rel{{"Anti-Human Trafficking Department", model.LocatedIn, "Poipet", ""}}},
	}
	checkRelCases(t, x, cases)
}
