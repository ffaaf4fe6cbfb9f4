package extract

import "testing"

// TestNamesByLeadNoun covers names typed by a noun or phrase before them, short forms that
// weak readings disagree on, and shapes that name nothing.
func TestNamesByLeadNoun(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "site noun opens the sentence", text: "The casino, Jade Lotus Riverside, covers twelve hectares on the river.",
			want: []string{"Compound:Jade Lotus Riverside"}, forbid: []string{"Person:Jade Lotus Riverside"}},
		{name: "tower as an apposition's head", text: "The Silver Naga Pavilion, a 30-storey tower on the bank, was sealed in May.",
			want: []string{"Compound:Silver Naga Pavilion"}},
		{name: "outlet that reached someone", text: "Reached by Delta Sentinel, the manager said he had left the firm.",
			want: []string{"Organization:Delta Sentinel"}, forbid: []string{"Person:Delta Sentinel"}},
		{name: "channel a post was forwarded from", text: "Forwarded from Harbour Lookout: the vans left at dawn.",
			want: []string{"Organization:Harbour Lookout"}},
		{name: "told the outlet", text: "The senator told the Clarion he had sold his shares.",
			want: []string{"Organization:Clarion"}},
		{name: "a person told is no outlet", text: "The senator told Mok Sreyla he had sold his shares.",
			want: []string{"Person:Mok Sreyla"}, forbid: []string{"Organization:Mok Sreyla"}},
		{name: "a person after a lead phrase stays a person", text: "Reached by phone, Mok Sreyla said she had left.",
			want: []string{"Person:Mok Sreyla"}},
		{name: "a person at a site stays a person", text: "At the resort, Chea Vuthy, a guard, opened the gate.",
			forbid: []string{"Compound:Chea Vuthy"}},
		{name: "state army in capitals", text: "He is a former corporal in the Malaysian Army.",
			want: []string{"Organization:Malaysian Army"}},
		{name: "spaced heading", text: "D E C I S I O N\n\nThe appeal is dismissed.",
			forbid: []string{"Person:D E C", "Person:O N"}},
		{name: "case number", text: "The court heard Criminal Case No. 41 on Monday.",
			forbid: []string{"Person:Criminal Case No", "Person:Case No"}},
		{name: "adverb opens the sentence", text: "Apparently Wen Bo lives across the river.",
			want: []string{"Person:Wen Bo"}, forbid: []string{"Person:Apparently Wen Bo"}},
		{name: "counsel is a title", text: "Counsel Ang Mei Ling, representing the accused, asked for bail.",
			want: []string{"Person:Ang Mei Ling"}, forbid: []string{"Person:Counsel Ang Mei Ling"}},
		{name: "fields of people inside a body's name", text: "Officers of the PNP Women and Children Protection Center interviewed them.",
			want: []string{"Organization:PNP Women and Children Protection Center"}},
		{name: "chambers of an attorney-general", text: "Lim Hui Min (Attorney-General's Chambers) for the Prosecution.",
			want: []string{"Organization:Attorney-General's Chambers"}},
		{name: "a site named by its kind", text: "Police raided the Coral Bay compound. Coral Bay lies on the outskirts of the port town.",
			want: []string{"Compound:Coral Bay"}, forbid: []string{"Location:Coral Bay"}},
		{name: "a listed town before the kind stays a town", text: "Police raided the Sihanoukville compound. Workers in Sihanoukville were freed.",
			want: []string{"Location:Sihanoukville"}},
		{name: "a developer's coined city", text: "The group runs Kampot Fortune Dream City, where workers were held.",
			want: []string{"Compound:Kampot Fortune Dream City"}},
		{name: "a town named city stays a town", text: "The firm is based in Quezon City.",
			want: []string{"Location:Quezon City"}},
		{name: "a site between the and its kind", text: "Provincial police raided the Jade Heron building inside the zone.",
			want: []string{"Compound:Jade Heron"}, forbid: []string{"Person:Jade Heron"}},
		{name: "a person before a kind that only modifies", text: "Police said the Chea Vuthy building permits were forged.",
			forbid: []string{"Compound:Chea Vuthy"}},
		{name: "a hyphenated title before the name", text: "DSI Director-General Wirat Saenglek told reporters the case was closed.",
			want: []string{"Person:Wirat Saenglek"}, forbid: []string{"Person:DSI Director-General Wirat Saenglek"}},
		{name: "a country before a body's letters", text: "Thailand AMLO freeze list update: eight more names added.",
			want: []string{"Location:Thailand"}, forbid: []string{"Person:Thailand AMLO"}},
		{name: "counsel in capitals signing", text: "LINH PHAM CARTER, Attorney for Defendant TAN BOON KEAT",
			want: []string{"Person:Linh Pham Carter"}},
		{name: "a heading in capitals before a comma", text: "SEALED INDICTMENT, United States District Court",
			forbid: []string{"Person:Sealed Indictment"}},
		{name: "documents name no person", text: "Under the Emergency Decree, the General Information Sheets list the officers.",
			forbid: []string{"Person:Emergency Decree", "Person:Information Sheets"}},
		{name: "a collective", text: "Mekong Voices Collective interviewed 40 survivors.",
			want: []string{"Organization:Mekong Voices Collective"}},
	}
	checkNameCases(t, x, "https://news.example.org/n7", cases)
}

// TestWeakShortForms covers a firm's short form that weak readings typed a person and a place.
func TestWeakShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "person by shape and place by in", text: "Sok Dara was a shareholder in Silver Tide Investment Group, a Phnom Penh developer. " +
			"Silver Tide remains the majority shareholder of the hotel. He sold his stake in Silver Tide last year.",
			want: []string{"Company:Silver Tide Investment Group"}, forbid: []string{"Person:Silver Tide", "Location:Silver Tide"}},
		{name: "holding noun before the name", text: "Pearl Crest Holdings Sdn. Bhd. owns the park. Chan did not answer questions sent to Pearl Crest.",
			want: []string{"Company:Pearl Crest Holdings Sdn. Bhd."}, forbid: []string{"Location:Pearl Crest"}},
		{name: "a place a firm is named after stays a place", text: "Koh Rong Development Co., Ltd. built the pier. Workers were moved to Koh Rong by boat.",
			forbid: []string{"Company:Koh Rong"}},
	}
	checkNameCases(t, x, "https://news.example.org/w7", cases)
}

// TestSiteOfFirmName covers a site named by its kind whose name a firm's folds to.
func TestSiteOfFirmName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "site and firm stay apart", text: "OFAC designated Opal Heron Holdings Co., Ltd., which runs the Opal Heron compound in Sihanoukville. Police raided the Opal Heron compound in 2023.",
			want: []string{"Company:Opal Heron Holdings Co., Ltd.", "Compound:Opal Heron"}},
		{name: "a firm's short form still joins the firm", text: "OFAC designated Opal Heron Holdings Co., Ltd. on Monday. Opal Heron Holdings did not reply.",
			forbid: []string{"Compound:Opal Heron Holdings", "Person:Opal Heron Holdings"}},
	}
	checkNameCases(t, x, "https://news.example.org/s7", cases)
}

// TestListedRegionPlaces covers places of the region the gazetteer lists, named bare.
func TestListedRegionPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "a Chinese province and a Philippine region", text: "A Chinese investor from Guangxi holds the rest; the tower stands in Pasay City, Metro Manila.",
			want: []string{"Location:Guangxi", "Location:Pasay", "Location:Metro Manila"}, forbid: []string{"Person:Metro Manila"}},
		{name: "an offshore registry by its letters", text: "Our guess is a BVI company registered in St. Kitts and Nevis.",
			want: []string{"Location:British Virgin Islands", "Location:Saint Kitts and Nevis"}},
		{name: "outlets and an exchange named without a cue word", text: "Sai Hseng told Tai Freedom and Thai PBS that Bursa Malaysia had asked about the loan.",
			want: []string{"Organization:Tai Freedom", "Organization:Thai PBS", "Company:Bursa Malaysia"}, forbid: []string{"Person:Tai Freedom"}},
		{name: "bodies whose names hold another listed name", text: "An officer of the KNU/KNLA Peace Council met the Three Brotherhood Alliance; the Council of the European Union listed him.",
			want:   []string{"Organization:KNU/KNLA Peace Council", "Organization:Three Brotherhood Alliance", "Organization:Council of the European Union"},
			forbid: []string{"Organization:Brotherhood Alliance"}},
	}
	checkNameCases(t, x, "https://news.example.org/p7", cases)
}

// TestArticledSiteShortForm covers a site's short form after "the" when a firm shares it.
func TestArticledSiteShortForm(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "the short form is the site's", text: "The group runs the Amber Finch Resort. Amber Finch Leisure Co., Ltd. holds its licence. Police raided the Amber Finch twice in 2024.",
			want: []string{"Compound:Amber Finch Resort"}, forbid: []string{"Person:Amber Finch"}},
		{name: "a bare short form is left to the other rules", text: "The group runs the Amber Finch Resort. Amber Finch Leisure Co., Ltd. holds its licence. Amber Finch said nothing.",
			forbid: []string{"Compound:Amber Finch"}},
	}
	checkNameCases(t, x, "https://news.example.org/a7", cases)
}

// TestGivenAbbrevAfterTitle covers the Filipino "Ma." after a title and in capitals.
func TestGivenAbbrevAfterTitle(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "after a title", text: "Judge Ma. Luisa P. Dimaculangan presided over the hearing.",
			want: []string{"Person:Ma. Luisa P. Dimaculangan"}, forbid: []string{"Person:Luisa P. Dimaculangan"}},
		{name: "in capitals", text: "MA. LUISA P. DIMACULANGAN, Presiding Judge",
			want: []string{"Person:Ma. Luisa P. Dimaculangan"}},
		{name: "a surname ends the sentence", text: "The platform was founded by Jack Ma. Analysts were surprised.",
			forbid: []string{"Person:Jack Ma. Analysts"}},
	}
	checkNameCases(t, x, "https://news.example.org/g7", cases)
}

// TestCourtCaptionAndBurmeseSyllables covers a caption's "v." and "Than" inside a name.
func TestCourtCaptionAndBurmeseSyllables(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "a caption's party after v.", text: "UNITED STATES OF AMERICA v. ZHOU MINGHAO, Defendant.",
			want: []string{"Person:Zhou Minghao"}},
		{name: "Than inside a Burmese name", text: "The land belongs to Mahn Win Khaing Than, a militia officer.",
			want: []string{"Person:Mahn Win Khaing Than"}},
		{name: "than after a comparative names nothing", text: "More Than Words was playing in the lobby.",
			forbid: []string{"Person:Than Words"}},
	}
	checkNameCases(t, x, "https://news.example.org/c7", cases)
}

// TestQuotedChineseNicknames covers "Old Wu" and "Little Zhao" written in quotes after the
// words that introduce a nickname.
func TestQuotedChineseNicknames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{name: "known as, in quotes", text: `Their unit boss, a Chinese man known as "Lao Feng," answered to the owner.`,
			want: []string{"Person:Lao Feng"}},
		{name: "everyone calls, in quotes", text: `The floor manager is a man everyone calls "Xiao Tang" and he is cruel.`,
			want: []string{"Person:Xiao Tang"}},
		{name: "a quoted title is no nickname", text: `He said "Lao Feng" was the name of a song.`,
			forbid: []string{"Person:Lao Feng"}},
	}
	checkNameCases(t, x, "https://news.example.org/q7", cases)
}
