package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidEntries holds the shape of raid_entries.go: police, military or government bodies
// (and their men) that entered a site raided it; anyone else entering, or a body saying who
// entered, did not.
func TestRaidEntries(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a provincial police force entered a site",
			"Kampot Provincial Police entered Golden Sands Park on Friday and freed 60 workers.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}, nil},
		{"an army's troops entered a site after a dated lead",
			"UPDATE 3 May — Royal Thai Army troops entered Lucky Star Hub this morning.",
			[]rel{{"Royal Thai Army", model.Raided, "Lucky Star Hub", ""}}, nil},
		{"agents of two bodies entered the site",
			"Agents of the National Bureau of Investigation (NBI) and the Bureau of Immigration entered the Ocean Crest Hub before dawn.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}, {"Bureau of Immigration", model.Raided, "Ocean Crest Hub", ""}}, nil},
		{"an entry to serve a warrant is a raid",
			"Kampot Provincial Police entered Golden Sands Park on Friday to serve a search warrant.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}, nil},
		{"agents of a body, dated and armed with a warrant, entered a site",
			"On 2 March 2024, agents of the National Bureau of Investigation (NBI), armed with a warrant to search and seize computer data, entered Ocean Crest Hub, a gated complex of five buildings.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}}, nil},
		{"a police force went into a site",
			"Lao police went into Kapok Star Plaza last night together with embassy staff.",
			[]rel{{"Lao police", model.Raided, "Kapok Star Plaza", ""}}, nil},
		// Must not fire.
		{"a body telling who went into the site",
			"Kampot Provincial Police said the recruits went into Golden Sands Park in May.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"police who went into a site to meet its owners",
			"Kampot Provincial Police went into Golden Sands Park on Friday to meet the owners.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"agents armed with a letter of invitation, not a warrant",
			"On 2 March 2024, agents of the National Bureau of Investigation, armed with a letter from the owners, entered Ocean Crest Hub.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}}},
		{"an entry for talks is no raid",
			"Kampot Provincial Police entered Golden Sands Park on Friday for talks with the managers.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"a body telling who entered the site",
			"Kampot Provincial Police said the recruits entered Golden Sands Park in May.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"a firm entering a site is no raid",
			"Golden Bay Holdings Co., Ltd. entered Ocean Crest Hub as a tenant in 2021.",
			nil, []rel{{"Golden Bay Holdings Co., Ltd.", model.Raided, "Ocean Crest Hub", ""}}},
		{"entering talks is no entry",
			"The National Bureau of Investigation entered talks with the owners of Ocean Crest Hub.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}}},
	}
	checkRelCases(t, x, cases)
}
