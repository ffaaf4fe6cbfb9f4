package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

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
		{"a portfolio after a title is no person",
			"The Minister for the Mekong Region, Helen Mwangi, announced the measures.",
			[]string{"Person:Helen Mwangi"},
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
		{"an unknown acronym after 'the' or before a title stands",
			"The site was raided by the NACC. DSWD Secretary Ana Reyes visited.",
			[]string{"Organization:NACC", "Organization:DSWD", "Person:Ana Reyes"},
			nil},
		{"an acronym written often still joins its full name",
			"The Anti-Scam Response Unit (ASRU) acted. The ASRU said it was done. The ASRU found 40. Then the ASRU left. The ASRU will report.",
			[]string{"Organization:Anti-Scam Response Unit"},
			[]string{"Organization:ASRU"}},
		{"a group named for a cause is a body",
			"Analysts at the Mekong Policy Group said so. Golden Harbour Group owns the hotel.",
			[]string{"Organization:Mekong Policy Group", "Company:Golden Harbour Group"},
			[]string{"Company:Mekong Policy Group"}},
		{"a body working against something is no firm, though named like one",
			"The National Police Anti-Fraud Group arrested him.",
			[]string{"Organization:National Police Anti-Fraud Group"},
			[]string{"Company:National Police Anti-Fraud Group"}},
		{"Malaysian honorifics, a former title in one word, and a name ending in 'An'",
			"Datuk Seri Wong Kah Lok met Ex-governor Ramon Sison. Tycoon Heng An denied it.",
			[]string{"Person:Wong Kah Lok", "Person:Ramon Sison", "Person:Heng An"},
			[]string{"Person:Seri Wong Kah Lok", "Person:Ex-governor Ramon Sison", "Person:Heng"}},
		{"a Burmese name whose syllables repeat keeps them all",
			"The group's spokesman Saw Tun Tun said so.",
			[]string{"Person:Saw Tun Tun"},
			[]string{"Person:Tun"}},
		{"'In' that opens a place after a name is no syllable",
			"Police Raided A Compound In Bavet.",
			nil,
			[]string{"Compound:Police Raided A Compound In Bavet"}},
		{"a name closing a title's portfolio",
			"The rule was signed by Deputy Secretary for Finance and Economic Security Mary Adeyemi. The Minister of Labour Ith Samheng spoke.",
			[]string{"Person:Mary Adeyemi", "Person:Ith Samheng"},
			[]string{"Person:Labour Ith Samheng", "Person:Economic Security Mary Adeyemi"}},
		{"a portfolio with no name after it names no one",
			"The Minister for Home Affairs and the Director of Public Prosecutions spoke.",
			nil,
			[]string{"Person:Home Affairs", "Person:Public Prosecutions"}},
		{"a character name that a known shorter name begins is another person",
			"The director, Chinese national Zhao Weiming (赵伟明), left.",
			[]string{"Person:Zhao Weiming"},
			[]string{"Person:Zhao Wei"}},
		{"platforms are companies; a staffing agency is a firm",
			"The offer came on Telegram from Sunrise Staffing Agency, and the ads ran on Facebook.",
			[]string{"Company:Telegram", "Company:Facebook", "Company:Sunrise Staffing Agency"},
			[]string{"Organization:Sunrise Staffing Agency"}},
		{"a public agency stays a body",
			"The National Crime Agency and the Border Control Agency acted.",
			[]string{"Organization:Border Control Agency"},
			[]string{"Company:Border Control Agency"}},
		{"a sentence opening 'By March' or 'By the end' is no byline",
			"By the end of 2023, Sok Dara owned the site. By March, Chen Bao had fled to Poipet.",
			[]string{"Person:Sok Dara", "Person:Chen Bao", "Location:Poipet"},
			nil},
		{"an author's line stays out",
			"By Sok Chea and Mary Lim",
			nil,
			[]string{"Person:Sok Chea", "Person:Mary Lim"}},
		{"an acronym before a noun waits for a fuller name",
			"The CCTV footage was lost.",
			nil,
			[]string{"Organization:CCTV"}},
		{"abstract nouns name no person",
			"The Commission on Labour Relations and Gender Equality heard Sok Dara.",
			[]string{"Person:Sok Dara"},
			[]string{"Person:Gender Equality", "Person:Labour Relations"}},
		{"a place before '-based' or '-listed'",
			"The Kunming-listed Jinrui Holdings owns it.",
			[]string{"Location:Kunming", "Company:Jinrui Holdings"},
			[]string{"Person:Kunming"}},
		{"a currency's country code and a pair of demonyms name nothing",
			"Each worker cost US$3,000 at the Thai-Myanmar border.",
			nil,
			[]string{"Location:United States", "Location:Thai-Myanmar"}},
		{"Filipino surname particles",
			"Witness Pedro dela Paz and Ana Maria de los Reyes testified.",
			[]string{"Person:Pedro dela Paz", "Person:Ana Maria de los Reyes"},
			[]string{"Person:Pedro", "Person:Reyes"}},
		{"a person's name after 'versus' in capitals",
			"PEOPLE OF THE PHILIPPINES, Plaintiff, versus ROMEO BAUTISTA LIM.",
			[]string{"Person:Romeo Bautista Lim"},
			nil},
		{"fields of a sanctions entry are no names",
			"CHEA, Sopheap, Cambodia; Gender Female; Passport N0012.",
			nil,
			[]string{"Person:Gender Female"}},
		{"a shape-only name after 'the' standing alone is no person",
			"The roster was obtained by the Mekong Current.",
			nil,
			[]string{"Person:Mekong Current"}},
		{"a name after 'the' that modifies a noun keeps its person",
			"Police said the Sok Dara case was closed. Sok Dara denied it.",
			[]string{"Person:Sok Dara"},
			nil},
		{"places after a motion verb's 'from', 'into' and 'via'",
			"Vans left from Mong Pawk and Wan Hsa. They were smuggled into Bokeo via Sop Ruak.",
			[]string{"Location:Mong Pawk", "Location:Wan Hsa", "Location:Sop Ruak"},
			[]string{"Person:Mong Pawk", "Person:Sop Ruak"}},
		{"a person after 'from' without a motion verb stays a person",
			"A letter came from Sok Dara. Police looked into Chen Bao.",
			[]string{"Person:Sok Dara", "Person:Chen Bao"},
			[]string{"Location:Sok Dara", "Location:Chen Bao"}},
		{"a list of places opened by a sentence's first 'In'",
			"In Myawaddy, Shwe Pyi Thar and Ye Kyaw, troops searched homes.",
			[]string{"Location:Shwe Pyi Thar", "Location:Ye Kyaw"},
			[]string{"Person:Shwe Pyi Thar", "Person:Ye Kyaw"}},
		{"a place after 'the compound at'",
			"Villagers said the compound at Huai Khrai stood empty.",
			[]string{"Location:Huai Khrai"},
			[]string{"Person:Huai Khrai"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
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
		"Arakan Liberation Army":                model.SectorArmedGroup,
		"Kachin Independence Army":              model.SectorArmedGroup,
		"Shan State Border Guard Force":         model.SectorArmedGroup,
		"Royal Lao Army":                        model.SectorMilitary, // a state's army keeps "military"
		"Thai Nation Party":                     model.SectorOther,
		"Migrant Mothers' Association":          model.SectorNGO,
		"Mekong Casino Operators Association":   model.SectorBusinessAssn,
		"ACTA Vietnam":                          model.SectorNGO,
		"House Committee on Public Order":       model.SectorLegislature,
		"Narcotics Suppression Division":        model.SectorPolice,
		"Cyber Rights Lab":                      model.SectorAcademic,
		"Bureau of Immigration":                 model.SectorGovernment,
		"Central Investigation Bureau":          model.SectorPolice,
		"Eastern Task Force":                    model.SectorMilitary,
		"Provincial Department of Public Works": model.SectorGovernment,
	} {
		if got := sectorOf(name); got != want {
			t.Errorf("sectorOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSectorFromKindWord gives a body no list holds the sector its kind word says.
func TestSectorFromKindWord(t *testing.T) {
	x := newTestExtractor(t)
	for text, want := range map[string]string{
		"Chan Dara, director of the rights group Mekongwatch, spoke.": model.SectorNGO,
		"The claim was printed by the newspaper Kampot Daily.":        model.SectorMedia,
		"Workers joined the group Silverline, the recruiter said.":    "",
	} {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
		x.Analyze(&d)
		found := false
		for _, e := range d.Entities {
			if e.Type == model.Organization {
				found = true
				if e.Sector != want {
					t.Errorf("%q: %s sector %q, want %q", text, e.Name, e.Sector, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no organisation in %v", text, entityNames(d))
		}
	}
}
