package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoAgents holds the rules of co_agents.go: further agents joined to the first after "by",
// a partner named after the site of an active raid, and the unit named through its parent.
func TestCoAgents(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two agents after by, each with its date",
			"Zhou Minghai was sanctioned by the United Kingdom in 2024 and by the European Union in 2025.",
			[]rel{{"Zhou Minghai", model.SanctionedBy, "United Kingdom", ""}, {"Zhou Minghai", model.SanctionedBy, "European Union", ""}}, nil},
		{"three agents in a list after by",
			"Harbor Crest Holdings was designated by the United States, the United Kingdom and Canada.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "United States", ""}, {"Harbor Crest Holdings", model.SanctionedBy, "United Kingdom", ""},
				{"Harbor Crest Holdings", model.SanctionedBy, "Canada", ""}}, nil},
		{"three raiders in a list after a dated passive",
			"Lotus Reef Hub was raided in April by the National Bureau of Investigation, the Bureau of Immigration and the Philippine Coast Guard.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Lotus Reef Hub", ""}, {"Bureau of Immigration", model.Raided, "Lotus Reef Hub", ""},
				{"Philippine Coast Guard", model.Raided, "Lotus Reef Hub", ""}}, nil},
		{"a partner named after the site of an active raid",
			"Kandal Provincial Police said they raided Lotus Reef Hub on Friday together with the Department of Anti-Cyber Crime.",
			[]rel{{"Kandal Provincial Police", model.Raided, "Lotus Reef Hub", ""}, {"Department of Anti-Cyber Crime", model.Raided, "Lotus Reef Hub", ""}}, nil},
		{"a unit named through its parent raids",
			"The Anti-Cybercrime Group of the Philippine National Police raided Lotus Reef Hub at dawn.",
			[]rel{{"Anti-Cybercrime Group", model.Raided, "Lotus Reef Hub", ""}},
			[]rel{{"Philippine National Police", model.Raided, "Lotus Reef Hub", ""}}},
		{"a party designated along with another, after the body and a date",
			"Harbor Crest Holdings was sanctioned by the United Kingdom in 2024 along with its founder, Zhou Minghai.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "United Kingdom", ""}, {"Zhou Minghai", model.SanctionedBy, "United Kingdom", ""}}, nil},
		{"a body's compound adjective of sanction before a person's description",
			"Zhou Minghai, a US-sanctioned tycoon, owns the casino.",
			[]rel{{"Zhou Minghai", model.SanctionedBy, "United States", ""}}, nil},
		// Precision.
		{"a party who only works alongside the designated one",
			"Zhou Minghai, who works alongside Chen Liwei, was sanctioned by the United Kingdom.",
			[]rel{{"Zhou Minghai", model.SanctionedBy, "United Kingdom", ""}},
			[]rel{{"Chen Liwei", model.SanctionedBy, "United Kingdom", ""}}},
		{"a party named after the body in a clause of its own",
			"Harbor Crest Holdings was sanctioned by the United Kingdom, and its rival, Zhou Minghai, welcomed the move.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "United Kingdom", ""}},
			[]rel{{"Zhou Minghai", model.SanctionedBy, "United Kingdom", ""}}},
		{"a comma after the agent opens an apposition, not a list",
			"Zhou Minghai was designated by the Office of Foreign Assets Control, the Treasury Department's sanctions office.",
			[]rel{{"Zhou Minghai", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Zhou Minghai", model.SanctionedBy, "Treasury Department", ""}}},
		{"a body after the conjunction that opens its own clause",
			"Lotus Reef Hub was raided by the National Bureau of Investigation, and the Bureau of Immigration said it would deport the workers.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Lotus Reef Hub", ""}},
			[]rel{{"Bureau of Immigration", model.Raided, "Lotus Reef Hub", ""}}},
		{"a country after the agent that only reacted",
			"Zhou Minghai was sanctioned by the United Kingdom, and Cambodia denied any link to him.",
			[]rel{{"Zhou Minghai", model.SanctionedBy, "United Kingdom", ""}},
			[]rel{{"Zhou Minghai", model.SanctionedBy, "Cambodia", ""}}},
		{"an embassy after the site only helped",
			"The Royal Thai Police raided Lotus Reef Hub together with the Kenyan Embassy.",
			[]rel{{"Royal Thai Police", model.Raided, "Lotus Reef Hub", ""}},
			[]rel{{"Kenyan Embassy", model.Raided, "Lotus Reef Hub", ""}}},
		{"officers of a force: the force raids",
			"Officers of the Royal Thai Police raided Lotus Reef Hub.",
			[]rel{{"Royal Thai Police", model.Raided, "Lotus Reef Hub", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
