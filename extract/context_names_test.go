package extract

import "testing"

// TestNamesFromContext covers the rules of context_names.go: each recall case has a
// precision case beside it where the rule must not fire.
func TestNamesFromContext(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a legal form with its period ends the sentence",
			"The site was run for Bluewater Data Systems Corp. Investigators said the firm was a front.",
			[]string{"Company:Bluewater Data Systems Corp."},
			[]string{"Company:Bluewater Data Systems Corp. Investigators", "Organization:Bluewater Data Systems Corp. Investigators"}},
		{"two legal forms in a row stay one name",
			"Payments went through Sinar Jaya Sdn. Bhd. last year.",
			[]string{"Company:Sinar Jaya Sdn. Bhd."},
			nil},
		{"a country in brackets inside a firm's name",
			"The tower was built by Golden Lotus Realty (Laos) Co., Ltd., a unit of Golden Lotus Holdings.",
			[]string{"Company:Golden Lotus Realty (Laos) Co., Ltd.", "Company:Golden Lotus Holdings"},
			[]string{"Company:Co., Ltd.", "Company:Golden Lotus Realty"}},
		{"a bracket after a person is no firm's",
			"The manager, Tran Van Minh (Vietnam), left for Bavet.",
			[]string{"Person:Tran Van Minh"},
			[]string{"Person:Tran Van Minh (Vietnam)"}},
		{"a nickname in quotes inside a Filipino name",
			`Police detained Councilor Rodrigo "Digong" Villanueva of Bamban on Friday.`,
			[]string{`Person:Rodrigo "Digong" Villanueva`},
			[]string{"Person:Rodrigo"}},
		{"a quoted word between two names joins nothing",
			`Reyes told "Rappler" Santos would testify.`,
			nil,
			[]string{`Person:Reyes told "Rappler" Santos`}},
		{"the Spanish y between surnames, in capitals after 'accused'",
			"The court finds accused MARICEL DIZON y BAUTISTA guilty.",
			[]string{"Person:Maricel Dizon y Bautista"},
			nil},
		{"people listed in capitals with sex and age",
			"The court rules on the accused: HENG SOPHAL, male, 44, driver; OUK CHANTHA, female, 29, cook.",
			[]string{"Person:Heng Sophal", "Person:Ouk Chantha"},
			nil},
		{"a heading in capitals stays nothing",
			"FINDINGS OF FACT, as set out below.",
			nil,
			[]string{"Person:Findings of Fact"}},
		{"'the' between capitals joins nothing",
			"In March the Lao army sealed the road.",
			[]string{"Organization:Lao army"},
			nil},
		{"places after 'crossing at' and 'an MP from'",
			"Victims were seen crossing at Ban Pakard. A lawmaker from Chanthaburi raised it.",
			[]string{"Location:Ban Pakard", "Location:Chanthaburi"},
			[]string{"Person:Ban Pakard", "Person:Chanthaburi"}},
		{"a person after 'at' a meeting stays a person",
			"Journalists met at noon, and Somsak Rattana said the road was closed.",
			[]string{"Person:Somsak Rattana"},
			[]string{"Location:Somsak Rattana"}},
		{"roads and local units are places",
			"The compound stands on Ochna Road in Barangay Sto. Nino, near Sangkat Buon.",
			[]string{"Location:Ochna Road", "Location:Sangkat Buon"},
			[]string{"Person:Ochna Road"}},
		{"a portfolio after a title is no person; the name after it is",
			"The Minister for the Mekong Region, Helen North, announced the measures.",
			[]string{"Person:Helen North"},
			[]string{"Person:Mekong Region", "Person:the Mekong Region"}},
		{"a lower-case title before a name that takes 'of'",
			"Village chief Somkiat Boonma of Tambon Tha Sai said nothing.",
			[]string{"Person:Somkiat Boonma", "Location:Tambon Tha Sai"},
			[]string{"Person:Somkiat Boonma of Tambon Tha Sai"}},
		{"a place joined by 'and' to a known place",
			"Accounts were frozen in Yunnan and Hainan.",
			[]string{"Location:Hainan"},
			[]string{"Person:Hainan"}},
		{"a person joined by 'and' to a place modifier stays a person",
			"Investigators met Sok Dara and Thailand officials.",
			[]string{"Person:Sok Dara"},
			[]string{"Location:Sok Dara"}},
		{"a body or firm named after the word for its kind",
			"Chan Dara, director of the rights group Mekongwatch, spoke. Victims were hired through the agency Jobsprint, the recruiter said.",
			[]string{"Organization:Mekongwatch", "Company:Jobsprint", "Person:Chan Dara"},
			nil},
		{"a person after 'group' who acts is no body",
			"The group Saw Lah Htoo leads grew.",
			nil,
			[]string{"Organization:Saw Lah Htoo"}},
		{"a numbered branch of a court, seated in a city",
			"The raid followed a warrant from Regional Trial Court Branch 9 of Iloilo City.",
			[]string{"Organization:Regional Trial Court Branch 9 of Iloilo City"},
			[]string{"Location:Regional Trial Court Branch 9 of Iloilo City", "Organization:Regional Trial Court Branch"}},
		{"a place named after 'of' stays a place",
			"Workers came from the Province of Cebu.",
			nil,
			[]string{"Organization:Province of Cebu"}},
		{"a verb in capitals ends a name",
			"Someone from HAART Kenya DM'd me.",
			[]string{"Organization:HAART Kenya"},
			[]string{"Person:HAART Kenya DM'd"}},
		{"a party after 'for the' is a body of its own",
			"He sits in the House of Representatives for the Progress Party.",
			[]string{"Organization:House of Representatives", "Organization:Progress Party"},
			[]string{"Organization:House of Representatives for the Progress Party"}},
		{"'for the' inside a body's own name stays",
			"The Office for the Coordination of Humanitarian Affairs said so.",
			[]string{"Organization:Office for the Coordination of Humanitarian Affairs"},
			nil},
		{"the fields of a committee joined by commas",
			"The Senate Committee on Labour, Migration and Employment met on Monday.",
			[]string{"Organization:Senate Committee on Labour, Migration and Employment"},
			[]string{"Person:Migration"}},
		{"a list after a body without 'on' is several names",
			"The Interior Ministry, Sok Dara and Chan Vuthy met.",
			[]string{"Organization:Interior Ministry", "Person:Sok Dara", "Person:Chan Vuthy"},
			nil},
		{"a ministry by its portfolio and an embassy by its country",
			"Officials of the Foreign Ministry called the Kenyan embassy.",
			[]string{"Organization:Foreign Ministry", "Organization:Kenyan embassy"},
			nil},
		{"a federal court's district is a place",
			"A grand jury in the Southern District of Texas returned the indictment.",
			[]string{"Location:Southern District of Texas"},
			nil},
		{"an apposition that calls a place a development makes it a site",
			"Pearl Bay City, a gated development on the coast, was raided.",
			[]string{"Compound:Pearl Bay City"},
			[]string{"Location:Pearl Bay City"}},
		{"an apposition that calls a place a town keeps it a place",
			"Pearl Bay City, a town on the coast, grew fast.",
			nil,
			[]string{"Compound:Pearl Bay City"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}

// TestSectorByShape types bodies whose single words would mislead: non-state armies, border
// guard forces, parties, associations without trade, country offices of NGOs, legislative
// committees and crime-suppression units; with the bodies that must keep their sector.
func TestSectorByShape(t *testing.T) {
	for name, want := range map[string]string{
		"Arakan Liberation Army":                SectorArmedGroup,
		"Kachin Independence Army":              SectorArmedGroup,
		"Shan State Border Guard Force":         SectorArmedGroup,
		"Royal Lao Army":                        SectorMilitary, // a state's army keeps "military"
		"Thai Nation Party":                     SectorOther,
		"Migrant Mothers' Association":          SectorNGO,
		"Mekong Casino Operators Association":   SectorBusinessAssn,
		"ACTA Vietnam":                          SectorNGO,
		"House Committee on Public Order":       SectorLegislature,
		"Narcotics Suppression Division":        SectorPolice,
		"Cyber Rights Lab":                      SectorAcademic,
		"Eastern Task Force":                    SectorMilitary,
		"Provincial Department of Public Works": SectorGovernment,
	} {
		if got := sectorOf(name); got != want {
			t.Errorf("sectorOf(%q) = %q, want %q", name, got, want)
		}
	}
}
