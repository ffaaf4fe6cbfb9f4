package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestJointRaiders: a force joined to a raider "with the assistance of", "with officers
// from", or set off with "with" before the verb raids the site too; with precision cases.
func TestJointRaiders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a passive's agent with the assistance of a police force",
			"Silver Reef Park was raided by the National Bureau of Investigation (NBI) with the assistance of the Philippine National Police, officials said.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Silver Reef Park", ""}, {"Philippine National Police", model.Raided, "Silver Reef Park", ""}}, nil},
		{"officers from a ministry with the raiding police",
			"Silver Reef Park was raided in May by the Tak Provincial Police with officers from the Ministry of Public Security.",
			[]rel{{"Ministry of Public Security", model.Raided, "Silver Reef Park", ""}}, nil},
		{"a force set off with 'with' before the verb, and the one before it",
			"Agents of the National Bureau of Investigation (NBI), with the Anti-Cybercrime Group, raided Silver Reef Park at dawn.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Silver Reef Park", ""}}, nil},
		{"an embassy that helped is no raider",
			"Silver Reef Park was raided by the Tak Provincial Police with the help of the Chinese Embassy.",
			[]rel{{"Tak Provincial Police", model.Raided, "Silver Reef Park", ""}}, nil},
		{"a firm after 'with' is no raider",
			"Silver Reef Park was raided by the Tak Provincial Police with support from Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Raided, "Silver Reef Park", ""}}},
		{"no raid found, no joint raider",
			"The Tak Provincial Police met officials with the assistance of the Royal Thai Army at Silver Reef Park.",
			nil, []rel{{"Royal Thai Army", model.Raided, "Silver Reef Park", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, d := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
			if c.name == "an embassy that helped is no raider" {
				for k := range got {
					if k[1] == model.Raided && k[0] != "Tak Provincial Police" {
						t.Errorf("unwanted raider %q; entities %v", k[0], entityNames(d))
					}
				}
			}
		})
	}
}
