package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidParents holds raid_parents.go: the unit raided, not the body named as its parent in
// the possessive or after "the armed wing of"; a parent that raided in its own name stays.
func TestRaidParents(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a possessor of the unit in a joint raid",
			"Agents of the National Bureau of Investigation and the Philippine National Police's Anti-Cybercrime Group raided Silver Moon Hub on Monday.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Silver Moon Hub", ""}, {"Anti-Cybercrime Group", model.Raided, "Silver Moon Hub", ""}},
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Hub", ""}}},
		{"the body whose armed wing raided, its acronym in brackets",
			"Troops of the Karen National Liberation Army (KNLA), the armed wing of the Karen National Union (KNU), stormed Silver Moon Park in May.",
			[]rel{{"Karen National Liberation Army", model.Raided, "Silver Moon Park", ""}},
			[]rel{{"Karen National Union", model.Raided, "Silver Moon Park", ""}}},
		// Precision: a parent that acts in its own name keeps its raid.
		{"a parent named on its own before the verb",
			"The Philippine National Police raided Silver Moon Hub; the Philippine National Police's spokesman confirmed it.",
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Hub", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}

// TestRaidPartners holds the partner of a raid named through a participle ("working
// alongside officers from China's Ministry of Public Security") and the country's generic
// force kept beside its partner named in the same sentence (joint_agents.go, complicity.go).
func TestRaidPartners(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a generic force working alongside a named body, the body's country its possessor",
			"Lao police, working alongside officers from China's Ministry of Public Security, raided Silver Moon Park last week.",
			[]rel{{"Lao police", model.Raided, "Silver Moon Park", ""}, {"Ministry of Public Security of China", model.Raided, "Silver Moon Park", ""}}, nil},
		{"a passive raid by a generic force working with a named body",
			"Silver Moon Park was raided in May by Cambodian police working with National Bureau of Investigation agents.",
			[]rel{{"Cambodian police", model.Raided, "Silver Moon Park", ""}, {"National Bureau of Investigation", model.Raided, "Silver Moon Park", ""}}, nil},
		// Precision: the body named in another sentence is the raider the text supports.
		{"a generic force, and the named force in another sentence",
			"Cambodian police raided Silver Moon Park on Sunday. The raid was led by the Kampot Provincial Police.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Silver Moon Park", ""}}, []rel{{"Cambodian police", model.Raided, "Silver Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRaidSiteParts holds raid_site_parts.go: a raid on a site's buildings is a raid on the
// site; a raid on an office in a town is none.
func TestRaidSiteParts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a count of buildings inside a zone",
			"The Philippine National Police raided more than a dozen buildings inside Silver Moon Park on Monday.",
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Park", ""}}, nil},
		{"two towers at a site, a partner set off by commas",
			"Lao police, working alongside the National Bureau of Investigation, stormed two towers at Silver Moon Park.",
			[]rel{{"Lao police", model.Raided, "Silver Moon Park", ""}, {"National Bureau of Investigation", model.Raided, "Silver Moon Park", ""}}, nil},
		// Precision.
		{"buildings elsewhere that a site's operator owns",
			"The Philippine National Police raided two buildings in Bangkok owned by Silver Moon Park's operator.",
			nil, []rel{{"Philippine National Police", model.Raided, "Silver Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRaidDeeds holds raidDeedPair (raid_site_parts.go): a site closed after a body's raid,
// a search of a site, a crackdown on a site.
func TestRaidDeeds(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site shut down after a body's raid",
			"Silver Moon Park was shut down last year after a raid by agents of the National Bureau of Investigation.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Silver Moon Park", ""}}, nil},
		{"a body conducted a search of a site; another cracked down on one",
			"The Philippine National Police conducted a late-night search of Silver Moon Park. The National Bureau of Investigation cracked down on Golden Reed Park.",
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Park", ""}, {"National Bureau of Investigation", model.Raided, "Golden Reed Park", ""}}, nil},
		// Precision.
		{"a site shut down after a report by a body",
			"Silver Moon Park was shut down last year after a report by the National Bureau of Investigation.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Silver Moon Park", ""}}},
		{"a body's search for a site's owner",
			"The Philippine National Police conducted a search for the owner of Silver Moon Park.",
			nil, []rel{{"Philippine National Police", model.Raided, "Silver Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
