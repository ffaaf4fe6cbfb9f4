package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCountryInCountry holds prec_blocks.go: two countries are never one inside the other,
// whatever place reading joins them; a place inside a country still is.
func TestCountryInCountry(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a border between two countries' provinces",
			"Survivors had been held in compounds along the Moei River, which forms the border between Thailand's Tak province and Myanmar's Karen State.",
			nil,
			[]rel{{"Myanmar", model.LocatedIn, "Thailand", ""}, {"Thailand", model.LocatedIn, "Myanmar", ""}}},
		{"a country after another country and a comma",
			"Workers were flown from Kenya to Bangkok, Thailand, and driven to Myawaddy, Myanmar.",
			[]rel{{"Myawaddy", model.LocatedIn, "Myanmar", ""}},
			[]rel{{"Thailand", model.LocatedIn, "Myanmar", ""}}},
		{"a town in a country still reads",
			"Police raided a compound in Poipet, Cambodia, on Friday.",
			[]rel{{"Poipet", model.LocatedIn, "Cambodia", ""}}, nil},
	})
}

// TestOpenRelativeSubject holds prec_blocks.go: verbs coordinated inside a relative clause
// take the clause's head as subject, not the sentence's subject; a clause closed by a comma
// before "and" still leaves the second verb to the sentence's subject.
func TestOpenRelativeSubject(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a manager of a firm which built and runs a site",
			"Zhang Wei is the general manager of Bay Star Development Co., Ltd., which built and runs Bay Star Complex in Sihanoukville.",
			[]rel{{"Zhang Wei", model.Directs, "Bay Star Development Co., Ltd.", ""}, {"Bay Star Development Co., Ltd.", model.Operates, "Bay Star Complex", ""}},
			[]rel{{"Zhang Wei", model.Operates, "Bay Star Complex", ""}}},
		{"a chairman of a firm which developed and owns a site",
			"Chen Long is the chairman of Golden Harbor Holdings Ltd., which developed and owns Blue Reef Park.",
			[]rel{{"Golden Harbor Holdings Ltd.", model.Owns, "Blue Reef Park", ""}},
			[]rel{{"Chen Long", model.Owns, "Blue Reef Park", ""}}},
		{"a relative clause closed by a comma leaves the second verb to the subject",
			"Chen Long runs Golden Harbor Holdings Ltd., which owns Blue Reef Park, and chairs Ocean Star Co., Ltd.",
			[]rel{{"Chen Long", model.Directs, "Ocean Star Co., Ltd.", ""}, {"Golden Harbor Holdings Ltd.", model.Owns, "Blue Reef Park", ""}},
			[]rel{{"Chen Long", model.Owns, "Blue Reef Park", ""}}},
		{"two verbs of the subject still share it",
			"Chen Long sits on the board of Golden Harbor Holdings Ltd. and also chairs Ocean Star Co., Ltd.",
			[]rel{{"Chen Long", model.Directs, "Ocean Star Co., Ltd.", ""}}, nil},
	})
}

// TestBodyOfNamedPerson holds prec_blocks.go: a body's name that modifies the post of the
// person named after it ("run by Huanya executive Xie Yunfeng") is not the agent; the person
// is, and a body named as the agent on its own still is.
func TestBodyOfNamedPerson(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a compound run by a firm's executive",
			"Troops guard the nearby Dongmei Park, a smaller compound run by Huanya executive Xie Yunfeng.",
			[]rel{{"Xie Yunfeng", model.Operates, "Dongmei Park", ""}},
			[]rel{{"Huanya", model.Operates, "Dongmei Park", ""}}},
		{"a site run by a group's chairman with a title",
			"Dongmei Park is run by Hengda Holdings chairman Chen Meng.",
			[]rel{{"Chen Meng", model.Operates, "Dongmei Park", ""}},
			[]rel{{"Hengda Holdings", model.Operates, "Dongmei Park", ""}}},
		{"a firm named as the agent on its own",
			"Dongmei Park, a compound run by Hengda Holdings Co., Ltd., was raided in May.",
			[]rel{{"Hengda Holdings Co., Ltd.", model.Operates, "Dongmei Park", ""}}, nil},
		{"a firm as agent, then a clause of speech",
			"Dongmei Park is run by Hengda Holdings Co., Ltd., police said.",
			[]rel{{"Hengda Holdings Co., Ltd.", model.Operates, "Dongmei Park", ""}}, nil},
	})
}

// TestMeansObject holds prec_blocks.go: a name inside "through its subsidiary B," is not the
// subject of the verb after the comma; a relative clause on B is B's own.
func TestMeansObject(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a second verb after a means phrase",
			"Tianhe Holdings Limited developed Xingchen Industrial Park and, through its subsidiary Three Pagodas Co., Ltd., also owns Golden Harvest Resort.",
			nil,
			[]rel{{"Three Pagodas Co., Ltd.", model.Owns, "Golden Harvest Resort", ""}}},
		{"a means phrase between subject and verb",
			"Tianhe Holdings Limited, via the shell firm Three Pagodas Co., Ltd., owns Golden Harvest Resort.",
			nil,
			[]rel{{"Three Pagodas Co., Ltd.", model.Owns, "Golden Harvest Resort", ""}}},
		{"a relative clause on the means' object",
			"The money moved through Three Pagodas Co., Ltd., which owns Golden Harvest Resort.",
			[]rel{{"Three Pagodas Co., Ltd.", model.Owns, "Golden Harvest Resort", ""}}, nil},
		{"a subsidiary as the plain subject",
			"Jinsha Trading Co., Ltd., a subsidiary of Tianhe Holdings Limited, owns Golden Harvest Resort.",
			[]rel{{"Jinsha Trading Co., Ltd.", model.Owns, "Golden Harvest Resort", ""}}, nil},
	})
}

// TestRiverInPlace holds prec_blocks.go: a river is placed in no district ("a tower on the
// Mekong in Ton Pheung district"); a site named after a river still is placed.
func TestRiverInPlace(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a tower on a river in a district",
			"The Royal Naga Pavilion, a 22-storey tower on the Mekong in Ton Pheung district of Bokeo province, is run by Sun Mekong Entertainment Co., Ltd.",
			[]rel{{"Ton Pheung", model.LocatedIn, "Bokeo", ""}},
			[]rel{{"Mekong", model.LocatedIn, "Ton Pheung", ""}}},
		{"a named river in a township",
			"Golden Reef Park sits on the Moei River in Myawaddy township.",
			nil,
			[]rel{{"Moei River", model.LocatedIn, "Myawaddy", ""}}},
		{"a compound named after a river",
			"Moei River Garden, a scam compound in Myawaddy, was raided on Monday.",
			[]rel{{"Moei River Garden", model.LocatedIn, "Myawaddy", ""}}, nil},
	})
}

// TestFieldAfterPost holds prec_blocks.go: a possessed post narrowed to a field after "of"
// is staff, not leadership; the bare post still leads.
func TestFieldAfterPost(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a director of human resources",
			"Chhim Dara, Haifeng Digital Technology Co., Ltd.'s director of human resources, oversees the confiscation of workers' passports.",
			[]rel{{"Chhim Dara", model.EmployedBy, "Haifeng Digital Technology Co., Ltd.", ""}},
			[]rel{{"Chhim Dara", model.Directs, "Haifeng Digital Technology Co., Ltd.", ""}}},
		{"a head of security",
			"Sok Lina, Golden Star Trading Co., Ltd.'s head of security, hired the guards.",
			[]rel{{"Sok Lina", model.EmployedBy, "Golden Star Trading Co., Ltd.", ""}},
			[]rel{{"Sok Lina", model.Directs, "Golden Star Trading Co., Ltd.", ""}}},
		{"a bare director still leads",
			"Chhim Dara, Haifeng Digital Technology Co., Ltd.'s director, oversees the confiscation of passports.",
			[]rel{{"Chhim Dara", model.Directs, "Haifeng Digital Technology Co., Ltd.", ""}}, nil},
	})
}

// TestPossessedConjunct holds prec_blocks.go: a role before a list is not shared with an
// item a possessive pronoun ties to the item before it; plain coordinated items share it.
func TestPossessedConjunct(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"an owner and his firm",
			"Eight more names were added this week, including Golden Hill Park's owner Aung Myo Htet and his firm Golden Hill Investment Co., Ltd.",
			[]rel{{"Aung Myo Htet", model.Owns, "Golden Hill Park", ""}},
			[]rel{{"Golden Hill Investment Co., Ltd.", model.Owns, "Golden Hill Park", ""}}},
		{"two owners share the role",
			"OFAC designated Golden Hill Park's owners Aung Myo Htet and Kyaw Min Oo.",
			[]rel{{"Aung Myo Htet", model.Owns, "Golden Hill Park", ""}, {"Kyaw Min Oo", model.Owns, "Golden Hill Park", ""}}, nil},
	})
}

// TestSlashJoined holds prec_blocks.go: a short name joined by a slash to another name is
// part of a longer name and takes no tie of its own; the short name alone still does.
func TestSlashJoined(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"an officer of a slash-joined council",
			"The Karen National Union (KNU) signed the ceasefire. Aung Myo Thant is also an officer of the KNU/KNLA Peace Council.",
			nil,
			[]rel{{"Aung Myo Thant", model.MemberOf, "Karen National Union", ""}}},
		{"an officer of the body itself",
			"The Karen National Union (KNU) signed the ceasefire. Aung Myo Thant is also an officer of the KNU, the group said.",
			[]rel{{"Aung Myo Thant", model.MemberOf, "Karen National Union", ""}}, nil},
	})
}

// TestTitleBefore holds prec_blocks.go: "the senator" is the person written with the title
// "Senator", not the person named nearest before it.
func TestTitleBefore(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"the senator's kin after his wife is named",
			"MSP Agro-Industry is owned by Senator Meas Sophal, a ruling-party member of the Senate, and by his wife, Chhim Sreymom, according to Ministry of Commerce records. The senator's son-in-law, Tep Vannak, chairs the zone company.",
			[]rel{{"Meas Sophal", model.FamilyOf, "Tep Vannak", ""}},
			[]rel{{"Chhim Sreymom", model.FamilyOf, "Tep Vannak", ""}}},
		{"the general after a title and another title",
			"The militia answers to General Saw Chit Thu and to his deputy, Saw Min Min Oo. The general's son, Saw Htoo Eh, runs Shwe Kokko Trading Co., Ltd.",
			nil,
			[]rel{{"Saw Min Min Oo", model.FamilyOf, "Saw Htoo Eh", ""}}},
	})
}

// TestKinOfAgent holds prec_blocks.go: in "chaired by X's wife, Y" the agent is the wife, not
// X; an agent named on its own still is.
func TestKinOfAgent(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a firm chaired by the senator's wife",
			"A businessman once co-owned a property firm with ruling party senator Chea Sovannarith. Until 2021, Zhang Wei and Sovannarith were joint shareholders in Golden Sands Investment Group, a Phnom Penh property developer now chaired by the senator's wife, Heng Leakhena.",
			[]rel{{"Chea Sovannarith", model.FamilyOf, "Heng Leakhena", ""}},
			[]rel{{"Chea Sovannarith", model.Directs, "Golden Sands Investment Group", ""}}},
		{"a firm chaired by a named person's wife",
			"Golden Sands Investment Group is chaired by Chea Sovannarith's wife, Heng Leakhena.",
			nil,
			[]rel{{"Chea Sovannarith", model.Directs, "Golden Sands Investment Group", ""}}},
		{"a firm chaired by the person",
			"Golden Sands Investment Group is chaired by Chea Sovannarith.",
			[]rel{{"Chea Sovannarith", model.Directs, "Golden Sands Investment Group", ""}}, nil},
		{"a site owned by a person described as kin",
			"Golden Sands Park is owned by Chea Sovannarith, the senator's brother-in-law.",
			[]rel{{"Chea Sovannarith", model.Owns, "Golden Sands Park", ""}}, nil},
	})
}

// TestUnitOfBodyAfter holds prec_blocks.go: who commands a unit that a body's name qualifies
// ("a BGF battalion") is a member of the body, not its head; who commands the body heads it.
func TestUnitOfBodyAfter(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"commands a battalion of the force",
			"Saw Eh Moo commands a Karen Border Guard Force battalion in Myawaddy.",
			[]rel{{"Saw Eh Moo", model.MemberOf, "Karen National Army", ""}},
			[]rel{{"Saw Eh Moo", model.Directs, "Karen National Army", ""}}},
		{"commands a battalion of a short-named force",
			"The Karen Border Guard Force (BGF) denied the report. AMLO said Saw Eh Moo commands a BGF battalion whose troops guard the gates of Huanya International City.",
			nil,
			[]rel{{"Saw Eh Moo", model.Directs, "Karen National Army", ""}}},
		{"commands the force itself",
			"Saw Eh Moo commands the Karen Border Guard Force.",
			[]rel{{"Saw Eh Moo", model.Directs, "Karen National Army", ""}}, nil},
	})
}
