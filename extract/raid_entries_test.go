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
		{"a joint force of two bodies carried out an inspection of a site; the unit's parent did not",
			"On 10 November 2024, a joint force of the Preah Sihanouk Provincial Police Commissariat and the Anti-Human Trafficking and Juvenile Protection Department of the General Commissariat of National Police carried out an inspection of Prosperity Bay Compound.",
			[]rel{{"Preah Sihanouk Provincial Police Commissariat", model.Raided, "Prosperity Bay Compound", ""}, {"Anti-Human Trafficking and Juvenile Protection Department", model.Raided, "Prosperity Bay Compound", ""}},
			[]rel{{"General Commissariat of National Police", model.Raided, "Prosperity Bay Compound", ""}}},
		{"a joint force after a fronted phrase naming its informants",
			"Acting on information received from the Embassy of the Republic of Indonesia, a joint force composed of the Banteay Meanchey Provincial Police Commissariat and the Royal Gendarmerie of Cambodia entered Royal Crown Garden and checked the documents of 516 foreign nationals.",
			[]rel{{"Banteay Meanchey Provincial Police Commissariat", model.Raided, "Royal Crown Garden", ""}, {"Royal Gendarmerie of Cambodia", model.Raided, "Royal Crown Garden", ""}},
			[]rel{{"Embassy of the Republic of Indonesia", model.Raided, "Royal Crown Garden", ""}}},
		// Must not fire.
		{"an inspection only planned",
			"Kampot Provincial Police said they would carry out an inspection of Golden Sands Park next month.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"a firm's own inspection of a site",
			"Golden Bay Holdings Co., Ltd. carried out an inspection of Ocean Crest Hub before signing the lease.",
			nil, []rel{{"Golden Bay Holdings Co., Ltd.", model.Raided, "Ocean Crest Hub", ""}}},
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
		{"an inspection of something of the site is no raid",
			"The Philippine National Police conducted an inspection of the Golden Fortune compound's fire exits in 2019, years before the scam operation began.",
			nil, []rel{{"Philippine National Police", model.Raided, "Golden Fortune Resorts World", ""}}},
		{"an inspection of the site itself is a raid",
			"The Philippine National Police conducted an inspection of the Golden Fortune compound in 2023 and freed 40 workers.",
			[]rel{{"Philippine National Police", model.Raided, "Golden Fortune Resorts World", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
