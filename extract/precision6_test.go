package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// precisionCase is a sentence with the readings a rule must make (want) and the false
// readings it must hold out (forbid).
type precisionCase struct {
	name   string
	text   string
	want   []rel
	forbid []rel
}

func runPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// TestOfHeadActs holds of_heads.go: in "X of Y <verb> Z" the verb is said of X; Y only
// qualifies it.
func TestOfHeadActs(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a unit of a national force raids a site",
			"The Anti-Trafficking Division of the Royal Thai Police raided Golden Crane Park on Monday.",
			[]rel{{"Anti-Trafficking Division", model.Raided, "Golden Crane Park", ""}},
			[]rel{{"Royal Thai Police", model.Raided, "Golden Crane Park", ""}}},
		{"a unit of a force, after a partner set off by commas, raids a site",
			"Officers of the Bureau of Immigration, with the Special Action Group of the Philippine National Police, raided Harbor Light Hub.",
			[]rel{{"Special Action Group", model.Raided, "Harbor Light Hub", ""}},
			[]rel{{"Philippine National Police", model.Raided, "Harbor Light Hub", ""}}},
		{"a person of a firm owns a site",
			"Chen Wei of Golden Harbor Holdings Ltd. owns the Blue Reef compound.",
			nil,
			[]rel{{"Golden Harbor Holdings Ltd.", model.Owns, "Blue Reef", ""}}},
		// The reading stays where nothing heads the body.
		{"agents of a body raid a site",
			"Agents of the National Bureau of Investigation raided Harbor Light Hub before dawn.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Harbor Light Hub", ""}}, nil},
		{"a body raids a site",
			"The Royal Thai Police raided Golden Crane Park on Monday.",
			[]rel{{"Royal Thai Police", model.Raided, "Golden Crane Park", ""}}, nil},
	})
}

// TestListShares holds list_shares.go: what the name before a list says of its first item is
// not shared with a second item set off by ", and", and a place read for one named thing is
// not shared with the other places of a list.
func TestListShares(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a possessed firm, then another object of the verb",
			"Today OFAC sanctioned the tycoon Lim Chea, his company Golden Lotus Holdings Co., Ltd., and the Blue Harbor Casino in Bavet.",
			[]rel{{"Lim Chea", model.Owns, "Golden Lotus Holdings Co., Ltd.", ""}},
			[]rel{{"Lim Chea", model.Owns, "Blue Harbor Casino", ""}}},
		{"a relative clause with a post, then another object of the verb",
			"The ministry also designated Sok Mean, who serves as a director of Angkor Star Co., Ltd., and River Gate Trading Co., Ltd., a payment firm that moved the funds.",
			[]rel{{"Sok Mean", model.Directs, "Angkor Star Co., Ltd.", ""}},
			[]rel{{"Sok Mean", model.Directs, "River Gate Trading Co., Ltd.", ""}}},
		{"a court named before the towns where warrants were served",
			"Between 3 and 7 May, officers executed 12 search warrants issued by the Criminal Court in Kampot, Takeo and Kep and arrested five suspects.",
			nil,
			[]rel{{"Criminal Court", model.LocatedIn, "Takeo", ""}, {"Criminal Court", model.LocatedIn, "Kep", ""}}},
		// Lists that do share.
		{"a father and his sons",
			"The court found that Wang Lei and his sons Wang Bo and Wang Tao had controlled the Jade Moon compound.",
			[]rel{{"Wang Bo", model.FamilyOf, "Wang Lei", ""}, {"Wang Lei", model.FamilyOf, "Wang Tao", ""}}, nil},
		{"a director of two firms",
			"Lim Heng is a director of Alpha Star Co., Ltd. and Beta Moon Trading Co., Ltd.",
			[]rel{{"Lim Heng", model.Directs, "Alpha Star Co., Ltd.", ""}, {"Lim Heng", model.Directs, "Beta Moon Trading Co., Ltd.", ""}}, nil},
		{"two directors named before their firm",
			"Sok Dara and Chea Rith, directors of Golden Lotus Holdings Ltd., were arrested.",
			[]rel{{"Sok Dara", model.Directs, "Golden Lotus Holdings Ltd.", ""}, {"Chea Rith", model.Directs, "Golden Lotus Holdings Ltd.", ""}}, nil},
	})
}

// TestGroupByKind holds group_refs.go: "the group" is an armed or rights group named between
// it and a firm whose name merely ends in "Group".
func TestGroupByKind(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"an armed body named after the firm",
			"The Palm Zone was developed by Thousand Palms International Holding Group Ltd., a firm registered in Samoa. The Dawna Ridge Border Guard Brigade provides armed security for the zone. The group is led by Colonel Saw Eh Htoo.",
			[]rel{{"Saw Eh Htoo", model.Directs, "Dawna Ridge Border Guard Brigade", ""}},
			[]rel{{"Saw Eh Htoo", model.Directs, "Thousand Palms International Holding Group Ltd.", ""}}},
		{"a spokesman for the group in the sentence naming the armed body",
			"The casino is owned by Sai Leng Hpa through his company Golden Peacock Tourism Group. Analysts say troops of the Shan State Progress Army guard it, though a spokesman for the group, Sai Hsam Tun, denied it.",
			nil,
			[]rel{{"Sai Hsam Tun", model.EmployedBy, "Golden Peacock Tourism Group", ""}, {"Sai Hsam Tun", model.MemberOf, "Golden Peacock Tourism Group", ""}}},
		// The firm stays the group when no body is named after it, or only a state's body.
		{"the firm is the last group named",
			"The Palm Zone was developed by Thousand Palms International Holding Group Ltd. The group is chaired by Zhou Wenkang.",
			[]rel{{"Zhou Wenkang", model.Directs, "Thousand Palms International Holding Group Ltd.", ""}}, nil},
		{"a police force named after the firm is not the group",
			"The Palm Zone was developed by Thousand Palms International Holding Group Ltd. The Royal Thai Police opened an inquiry. The group is chaired by Zhou Wenkang.",
			[]rel{{"Zhou Wenkang", model.Directs, "Thousand Palms International Holding Group Ltd.", ""}},
			[]rel{{"Zhou Wenkang", model.Directs, "Royal Thai Police", ""}}},
	})
}

// TestPlaceChainWithClass holds place_chains.go: in "opposite Mae Sot district, Tak province"
// the province is where the landmark is, not where the site named before it is.
func TestPlaceChainWithClass(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a site opposite a district of a province",
			"The networks worked from Lotus Bay Complex, a compound on the west bank of the Moei River opposite Phop Phra district, Tak province.",
			[]rel{{"Phop Phra", model.LocatedIn, "Tak", ""}},
			[]rel{{"Lotus Bay Complex", model.LocatedIn, "Tak", ""}}},
		{"a site near a township of a state",
			"Workers were held at Golden Reed Park, a walled compound near Hpa-an township, Kayin State.",
			nil,
			[]rel{{"Golden Reed Park", model.LocatedIn, "Kayin State", ""}}},
		// A site in a chain of places is in them.
		{"a site in a district of a province",
			"The networks worked from Lotus Bay Complex, a compound in Phop Phra district, Tak province.",
			[]rel{{"Lotus Bay Complex", model.LocatedIn, "Phop Phra", ""}}, nil},
	})
}

// TestApposHeadParticiple holds appos_heads.go: a description set off after a name and
// followed by a participle ("a Tatmadaw-aligned militia commanded by") gives the name the
// head that a later "the militia" refers by.
func TestApposHeadParticiple(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"the militia described with an army inside its modifier",
			"Golden Reed Resort is guarded by the Mong Hsat People's Militia Force, a Tatmadaw-aligned militia commanded by Sai Hla. In exchange for payments from Hengda, the militia staffs the resort's checkpoints and returns escaped workers.",
			[]rel{{"Mong Hsat People's Militia Force", model.Protects, "Golden Reed Resort", ""}},
			[]rel{{"Myanmar military", model.Protects, "Golden Reed Resort", ""}}},
		{"the company described as registered somewhere",
			"Blue Reef Resort is run by Harbor Crest Ltd., a Samoa-registered company owned by Chen Wei. The Cambodian National Police said the company also runs Lotus Bay Park.",
			[]rel{{"Harbor Crest Ltd.", model.Operates, "Lotus Bay Park", ""}},
			[]rel{{"Cambodian National Police", model.Operates, "Lotus Bay Park", ""}}},
	})
}

// TestModifiedBodyHead holds mod_heads.go: "the provincial committee" is not a body named
// "... Provincial Police" only because both hold "provincial".
func TestModifiedBodyHead(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a committee after a police force sharing the modifier",
			"The raid was led by Major General Keo Vuthy, Commissioner of Kampot Provincial Police, under the direction of Chea Sophal, Governor of the Kampot Provincial Administration and head of the provincial committee for countering trafficking.",
			[]rel{{"Keo Vuthy", model.Directs, "Kampot Provincial Police", ""}},
			[]rel{{"Chea Sophal", model.Directs, "Kampot Provincial Police", ""}}},
		// A description with the body's own head still refers to it.
		{"the provincial police after the force's full name",
			"Kampot Provincial Police raided Lotus Bay Park on Monday. The provincial police said 300 workers were freed. Chea Sophal, a spokesman for the provincial police, confirmed the raid.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Lotus Bay Park", ""}}, nil},
	})
}

// TestDecimalPoint holds decimals.go: a decimal point in a share ("99.97%") ends no sentence,
// so a possessive in the next sentence reaches the firm that opens the sentence.
func TestDecimalPoint(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a share with two decimals, then 'its accountant'",
			"Harbor Light Exchange Co., Ltd. is a money changer whose shares are 99.97% held by Golden Reed Trading. Its accountant, Ms. Malee Srisuk, was arrested on Monday.",
			[]rel{{"Malee Srisuk", model.EmployedBy, "Harbor Light Exchange Co., Ltd.", ""}},
			[]rel{{"Malee Srisuk", model.EmployedBy, "Golden Reed Trading", ""}}},
	})
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Shares are 99.97% held by Golden Reed Trading. Its manager was arrested.", 2},
		{"The lot covers 12.5 hectares. It was sold.", 2},
		{"It cost $1.5 million. Then it was sold.", 2},
		{"Section 3. The firm was sold.", 2},
	} {
		if got := len(splitSentences(c.text, tokenize(c.text))); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.n)
		}
	}
}

// TestLandmarkNotAntecedent holds landmarks.go: a site named only to place another ("south of
// X", "near X") is not what a later "the compound" stands for.
func TestLandmarkNotAntecedent(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a site placed south of a landmark site",
			"Jade Garden, a walled complex about 10 kilometres south of Golden Lotus Park, is run by Harbor Crest Ltd. Residents said soldiers of the Karen National Army patrolled the compound's perimeter.",
			nil,
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}},
		{"a town's site near a landmark site",
			"The new hub in Myawaddy, near Golden Lotus Park, opened in 2021. Residents said soldiers of the Karen National Army patrolled the compound's perimeter.",
			nil,
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}},
		// A site the text speaks of stays the antecedent.
		{"a site spoken of, then the compound",
			"Golden Lotus Park was raided in May. Residents said soldiers of the Karen National Army patrolled the compound's perimeter.",
			[]rel{{"Karen National Army", model.Protects, "Golden Lotus Park", ""}}, nil},
	})
}

// TestSameShortForm holds short_forms.go: a bare surname stays with the person it first stood
// for when a relative sharing it is named later, and a possessive that opens a fronted
// phrase ("Through her lawyer, X said") does not make X the lawyer.
func TestSameShortForm(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a surname after a daughter who shares it",
			"Oknha Heng Vuthy owns Angkor Phoenix Co., Ltd. Heng is a member of the chamber's board. The rest belongs to Meng Sokha, who is married to Heng's daughter, Heng Sreypich. Its representative is Huang Liqiang, a business partner of Heng.",
			[]rel{{"Heng Vuthy", model.AssociateOf, "Huang Liqiang", ""}},
			[]rel{{"Heng Sreypich", model.AssociateOf, "Huang Liqiang", ""}, {"Huang Liqiang", model.AssociateOf, "Heng Sreypich", ""}}},
		{"a fronted phrase with a possessive before the speaker",
			"Former mayor Corazon Tan Villacorte co-founded Hongfa Land Corp. with Guo Feng. Her daughter, Bea Villacorte, is a board member. Through her lawyer, Villacorte said she had sold her shares.",
			[]rel{{"Bea Villacorte", model.FamilyOf, "Corazon Tan Villacorte", ""}},
			[]rel{{"Bea Villacorte", model.AssociateOf, "Corazon Tan Villacorte", ""}, {"Corazon Tan Villacorte", model.AssociateOf, "Bea Villacorte", ""}}},
		// The possessive's post set off as an apposition stays.
		{"her lawyer named in apposition",
			"Former mayor Corazon Tan Villacorte co-founded Hongfa Land Corp. with Guo Feng. Her lawyer, Ramon Cruz, said she had sold her shares.",
			[]rel{{"Corazon Tan Villacorte", model.AssociateOf, "Ramon Cruz", ""}}, nil},
	})
}

// TestApposedSiteModifier holds site_modifiers.go: in "Golden Palm Resort, the Porac
// compound" the word before "compound" places or owns the site named before; it names no
// second site.
func TestApposedSiteModifier(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a town before the kind in apposition",
			"The land lies beneath Golden Palm Resort, the Porac compound raided last month by the Presidential Anti-Organized Crime Commission.",
			[]rel{{"Presidential Anti-Organized Crime Commission", model.Raided, "Golden Palm Resort", ""}},
			[]rel{{"Presidential Anti-Organized Crime Commission", model.Raided, "Porac", ""}}},
		{"an unknown word before the kind in apposition",
			"Workers were freed from Silver Reed Park, the Dalanta compound raided last week by the National Bureau of Investigation.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Silver Reed Park", ""}},
			[]rel{{"National Bureau of Investigation", model.Raided, "Dalanta", ""}}},
		// A site named by its kind stays a site.
		{"a site named by its kind",
			"The Cambodian National Police raided the Golden Sands compound in Bavet on Monday.",
			[]rel{{"Cambodian National Police", model.Raided, "Golden Sands", ""}}, nil},
	})
}

// TestSiteWordModifiesStaff holds the staff nouns of site_modifiers.go: "a former casino
// cashier" describes a person, so a later "the hub" does not stand for her.
func TestSiteWordModifiesStaff(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a casino cashier, then the hub",
			"Investigators found that Dalisay, a former casino cashier, held shares for Huang Wei. The land occupied by the hub is owned by Jaybee Realty Inc.",
			nil,
			[]rel{{"Jaybee Realty Inc.", model.Owns, "Dalisay", ""}}},
		// A site named with its kind stays a site.
		{"a site in apposition",
			"Workers were held at Dalanta, a walled casino compound in Kampot, until police raided it.",
			[]rel{{"Dalanta", model.LocatedIn, "Kampot", ""}}, nil},
	})
}

// TestMemberTitles holds the person titles "MP" and "Member" (internal/lexicon/person-titles.txt)
// and partyTie: a lawmaker's title before a name splits the body from the person, and a
// person of a party belongs to it.
func TestMemberTitles(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a board member's title between the body and the name",
			"The lot is owned by a realty firm controlled by the family of Tarlac Provincial Board Member Rosalinda Tan Mercado, senators heard.",
			[]rel{{"Rosalinda Tan Mercado", model.MemberOf, "Tarlac Provincial Board", ""}}, nil},
		{"an MP of a party after a province",
			"Until last year Somchai Wongsakul was an adviser to Chiang Rai MP Prasert Khamkaew of the Pheu Thai Party, who confirmed it.",
			[]rel{{"Prasert Khamkaew", model.MemberOf, "Pheu Thai Party", ""}},
			[]rel{{"Prasert Khamkaew", model.EmployedBy, "Pheu Thai Party", ""}, {"Somchai Wongsakul", model.EmployedBy, "Chiang Rai MP Prasert Khamkaew of the Pheu Thai Party", ""}}},
		// A researcher of a body still works for it.
		{"a researcher of an institute",
			"Jacob Sims of the Asia Policy Institute said the park had reopened.",
			[]rel{{"Jacob Sims", model.EmployedBy, "Asia Policy Institute", ""}}, nil},
	})
}
