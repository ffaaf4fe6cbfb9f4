package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// gradeOf analyses d and returns the grade of the relation s p o (either way round for a
// symmetric predicate), "none" when it is not found.
func gradeOf(x *Extractor, d model.Document, s, p, o string) string {
	x.Analyze(&d)
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	for _, r := range d.Relations {
		if (names[r.Subject] == s && names[r.Object] == o || model.Symmetric(p) && names[r.Subject] == o && names[r.Object] == s) && r.Predicate == p {
			return r.Grade
		}
	}
	return "none"
}

// TestGradeOfDescriptions: what the writer states as a description of a name (an apposition,
// a relative clause, a kin noun) keeps the writer's grade though the sentence's main claim is
// quoted, hedged or denied; a cue inside the description, or a clause-wide allegation, still
// lowers it; cues that report no speech ("the said company", "according to company filings",
// "according to land title documents") hedge nothing; and the title of who speaks or is cited
// is the writer's.
func TestGradeOfDescriptions(t *testing.T) {
	x := newTestExtractor(t)
	grade := func(d model.Document, s, p, o string) string { return gradeOf(x, d, s, p, o) }
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	court := func(text string) model.Document {
		return model.Document{URL: "https://www.judiciary.gov.ph/case/1", Kind: "article", Text: text}
	}
	cases := []struct {
		name    string
		doc     model.Document
		s, p, o string
		want    string
	}{
		// Recall: the description keeps the writer's grade.
		{"kin in a whose-clause outside the denial", news("Mr Pov Sarith, whose wife Keo Malis is a judge in Kampot, denied that he had ever guarded the site."),
			"Pov Sarith", model.FamilyOf, "Keo Malis", model.Reported},
		{"apposition outside the hedge on the main clause", news("The Blue Lotus compound appears to be run by Tanvir Trading Co., Ltd., a company registered in Penang."),
			"Tanvir Trading Co., Ltd.", model.LocatedIn, "Penang", model.Reported},
		{"apposition inside reported speech", news("Former guards said that fighters of the Lashio Hill Militia, an irregular force commanded by Sai Hom Kyaw, held the gate."),
			"Sai Hom Kyaw", model.Directs, "Lashio Hill Militia", model.Reported},
		{"kin noun after a possessive pronoun with a closing attribution", news("The gang was run by Tran Quoc Bao, 51, a former driver, and his wife Pham Thi Lan, who kept the books, according to provincial police."),
			"Tran Quoc Bao", model.FamilyOf, "Pham Thi Lan", model.Reported},
		{"a court's finding through the legal 'said'", court("The Court finds that the accused was the president of Lucky Bamboo Manpower Inc., a company registered in Cebu, and that the said company hired the workers."),
			"Lucky Bamboo Manpower Inc.", model.LocatedIn, "Cebu", model.Official},
		{"a record cited is no hedge", news("Marites Ocampo co-founded Silverline Realty Corp. in 2019, according to company registry filings."),
			"Marites Ocampo", model.Directs, "Silverline Realty Corp.", model.Reported},
		{"an attribution inside a relative clause stays there", news("A second casino, Jade Harbour Resort, is managed by a trader named Wu Mingjie, who is now, according to two dealers, its main lender."),
			"Wu Mingjie", model.Operates, "Jade Harbour Resort", model.Reported},
		{"a place inside a place is no one's claim", news("The men were held in Myawaddy district of Kayin State, a survivor said."),
			"Myawaddy", model.LocatedIn, "Karen State", model.Reported},
		{"a speaker's role is the writer's", news("Sok Dara, a spokesman for the Ministry of Interior, said the case had gone to court."),
			"Sok Dara", model.EmployedBy, "Ministry of Interior", model.Reported},
		{"a body after a speaker's name", news("\"The networks are vast,\" said Assistant Director Lena Ortiz of the Federal Bureau of Investigation."),
			"Lena Ortiz", model.EmployedBy, "Federal Bureau of Investigation", model.Reported},
		{"a body after a speaker's name, through its parent", model.Document{URL: "https://www.justice.gov/opa/pr/x", Kind: "article",
			Text: "\"Scam compounds depend on money launderers,\" said Assistant Attorney General Lena Ortiz of the Justice Department's Criminal Division."},
			"Lena Ortiz", model.Directs, "Criminal Division", model.Official},
		{"what that speaker adds stays attributed", news("\"The networks are vast,\" said Assistant Director Lena Ortiz of the Justice Department's Criminal Division, adding that Koh Beng Huat chairs Blue Tide Holdings Berhad."),
			"Koh Beng Huat", model.Directs, "Blue Tide Holdings Berhad", model.Alleged},
		{"names inside the speakers' phrase", news("Workers who fled Lotus Bay Park in Koh Kong province say they were beaten."),
			"Lotus Bay Park", model.LocatedIn, "Koh Kong", model.Reported},
		{"an authority's act in a charging document", model.Document{URL: "https://www.justice.gov/usao/x", Kind: "article",
			Text: "THE GRAND JURY CHARGES: At all relevant times, the defendant KOH BENG HUAT was the chairman of Blue Tide Holdings Berhad. In 2023 Malaysian police raided Blue Tide Resort."},
			"Malaysian police", model.Raided, "Blue Tide Resort", model.Official},
		{"a court's own finding", model.Document{URL: "https://www.justice.gov/usao/x", Kind: "article",
			Text: "The court finds that the defendant KOH BENG HUAT was the chairman of Blue Tide Holdings Berhad."},
			"Koh Beng Huat", model.Directs, "Blue Tide Holdings Berhad", model.Official},
		// Precision: the description itself hedged, or the whole clause alleged, or the claim
		// is the sentence's main one.
		{"a hedge word inside the apposition", news("Chen Wei, the reputed owner of Red Lotus Park, was arrested on Monday."),
			"Chen Wei", model.Owns, "Red Lotus Park", model.Alleged},
		{"a hedge inside the relative clause", news("Kenji Arata, who allegedly owns Sapphire Bay Casino, rejected the accusations."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Alleged},
		{"the relative clause outside the denial", news("Kenji Arata, who owns Sapphire Bay Casino, rejected the accusations."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Reported},
		{"a clause-wide allegation covers its descriptions", model.Document{URL: "https://www.justice.gov/opa/pr/x", Kind: "article",
			Text: "The complaint alleges that the cash came from a compound run by a gang led by Ong Wei Jie's uncle, Ong Kah Seng."},
			"Ong Wei Jie", model.FamilyOf, "Ong Kah Seng", model.Alleged},
		{"a news writer's description inside what investigators allege", news("Investigators allege that Tan Chee Hock is the beneficial owner of Falcon Ridge Digital Assets LLC, a trading firm registered in Dubai."),
			"Falcon Ridge Digital Assets LLC", model.LocatedIn, "Dubai", model.Reported},
		{"what investigators allege is alleged", news("Investigators allege that Tan Chee Hock is the beneficial owner of Falcon Ridge Digital Assets LLC, a trading firm registered in Dubai."),
			"Tan Chee Hock", model.Owns, "Falcon Ridge Digital Assets LLC", model.Alleged},
		{"a kin description opening what survivors said", news("Two survivors said Saw Htee Moo's nephew, Saw Kaw Lar, worked inside the compound."),
			"Saw Htee Moo", model.FamilyOf, "Saw Kaw Lar", model.Alleged},
		{"a kin description opening what officials told", news("Officials told reporters that Chen Jinlong's nephew, Chen Haoran, manages the casino."),
			"Chen Jinlong", model.FamilyOf, "Chen Haoran", model.Alleged},
		{"an inverted speaker's role after the quote", news("\"We document abuses,\" said Priya Raman, a researcher at Fortify Rights."),
			"Priya Raman", model.EmployedBy, "Fortify Rights", model.Reported},
		{"an apposition after the name a source names", news("The workers named Saw Kyaw Lin, a nephew of Saw Htoo Eh, as head of security."),
			"Saw Kyaw Lin", model.FamilyOf, "Saw Htoo Eh", model.Reported},
		{"a name given after a passive 'named'", news("Last year Chen Jinlong's nephew, Chen Haoran, was named the casino's manager."),
			"Chen Jinlong", model.FamilyOf, "Chen Haoran", model.Reported},
		{"the main claim stays attributed", news("Tanvir Trading Co., Ltd. runs the Blue Lotus compound, workers said."),
			"Tanvir Trading Co., Ltd.", model.Operates, "Blue Lotus", model.Alleged},
		{"a closing attribution of the whole sentence", news("Kenji Arata owns Sapphire Bay Casino, according to former staff."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Alleged},
		{"a denial of the main claim", news("Kenji Arata owns Sapphire Bay Casino but rejected the accusations."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Alleged},
		{"a site's place stays attributed", news("The men were held at KK Park in Myawaddy district, a survivor said."),
			"KK Park", model.LocatedIn, "Myawaddy", model.Alleged},
		{"what an indictment charges is alleged", model.Document{URL: "https://www.justice.gov/usao/x", Kind: "article",
			Text: "The indictment charges that Chen Wei conspired with Tan Kah Hoe to launder the proceeds."},
			"Chen Wei", model.AssociateOf, "Tan Kah Hoe", model.Alleged},
		{"what an indictment charges is alleged in news", news("The indictment charges that the defendants Chen Wei and Tan Kah Hoe, together with others, did knowingly and intentionally conspire to launder the proceeds."),
			"Chen Wei", model.AssociateOf, "Tan Kah Hoe", model.Alleged},
		{"what a charging document states is alleged", model.Document{URL: "https://www.justice.gov/usao/x", Kind: "article",
			Text: "THE GRAND JURY CHARGES: At all relevant times, the defendant KOH BENG HUAT was the chairman of Blue Tide Holdings Berhad. In 2023 Malaysian police raided Blue Tide Resort."},
			"Koh Beng Huat", model.Directs, "Blue Tide Holdings Berhad", model.Alleged},
		{"a denial of something else leaves the denier's role", news("Oknha Lim Pheak, chairman of Sun River Development Co., Ltd., denied that any workers were held."),
			"Lim Pheak", model.Directs, "Sun River Development Co., Ltd.", model.Reported},
		{"plural speakers attribute", news("Workers say Tiger Claw Security Co., Ltd. guards Lotus Bay Park."),
			"Tiger Claw Security Co., Ltd.", model.Protects, "Lotus Bay Park", model.Alleged},
		{"a witness cited is no record", news("Marites Ocampo co-founded Silverline Realty Corp. in 2019, according to a former partner."),
			"Marites Ocampo", model.Directs, "Silverline Realty Corp.", model.Alleged},
		{"a registry extract cited in many words", news("The remaining 30 percent of Bright Harbour Development Co., Ltd. belongs to Chea Rithy, according to a 2021 extract from the Ministry of Commerce's business registry."),
			"Chea Rithy", model.Owns, "Bright Harbour Development Co., Ltd.", model.Reported},
		{"a register cited after a long description", news("Khamphone Sisavath is vice chairman of Sanjiang Bay Holdings Co., Ltd., according to a 2023 company profile and a shareholder register obtained by the paper."),
			"Khamphone Sisavath", model.Directs, "Sanjiang Bay Holdings Co., Ltd.", model.Reported},
		{"an investor prospectus is a record", news("Chea Sokha holds 30 percent of Mekong Bright Development Co., Ltd., according to a 2022 prospectus circulated to investors."),
			"Chea Sokha", model.Owns, "Mekong Bright Development Co., Ltd.", model.Reported},
		{"a general information sheet is a record", news("Marites Ocampo is president of Silverline Realty Corp., according to its general information sheet."),
			"Marites Ocampo", model.Directs, "Silverline Realty Corp.", model.Reported},
		{"a notice with no issuer is no record", news("Chea Sokha holds 30 percent of Mekong Bright Development Co., Ltd., according to an anonymous notice."),
			"Chea Sokha", model.Owns, "Mekong Bright Development Co., Ltd.", model.Alleged},
		{"a notice others call forged is no record", news("Chea Sokha holds 30 percent of Mekong Bright Development Co., Ltd., according to a notice that rights groups say was forged."),
			"Chea Sokha", model.Owns, "Mekong Bright Development Co., Ltd.", model.Alleged},
		{"a court notice is a record", news("Chea Sokha holds 30 percent of Mekong Bright Development Co., Ltd., according to a court notice."),
			"Chea Sokha", model.Owns, "Mekong Bright Development Co., Ltd.", model.Reported},
		{"a witness who saw the prospectus is no record", news("Chea Sokha holds 30 percent of Mekong Bright Development Co., Ltd., according to a former manager who saw the prospectus."),
			"Chea Sokha", model.Owns, "Mekong Bright Development Co., Ltd.", model.Alleged},
		{"a witness's long description is no record", news("Khamphone Sisavath is vice chairman of Sanjiang Bay Holdings Co., Ltd., according to two former employees of the company who spoke to the paper."),
			"Khamphone Sisavath", model.Directs, "Sanjiang Bay Holdings Co., Ltd.", model.Alleged},
		{"survivors interviewed by an outlet named Ledger are no record", news("Kenji Arata owns Sapphire Bay Casino, according to three survivors interviewed by the Ledger."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Alleged},
		{"workers who spoke to an outlet named Register are no record", news("Kenji Arata owns Sapphire Bay Casino, according to former workers who spoke to the Mekong Register."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Alleged},
		{"a company's ledger is a record", news("Kenji Arata owns Sapphire Bay Casino, according to the casino's ledger."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Reported},
		{"a register named with capitals is a record", news("Kenji Arata owns Sapphire Bay Casino, according to the Companies Register."),
			"Kenji Arata", model.Owns, "Sapphire Bay Casino", model.Reported},
		{"a description closed before the names attributes nothing after it", news("Sok Rithy, whom the company describes as its founder, sits on the party's central committee, and his son-in-law, Chhay Virak, is a deputy governor in the Svay Rieng Provincial Administration."),
			"Chhay Virak", model.Directs, "Svay Rieng Provincial Administration", model.Reported},
		{"a description still open hedges its own claim", news("Police questioned Sok Rithy, whom the company describes as the founder of Bright Harbour Development Co., Ltd."),
			"Sok Rithy", model.Directs, "Bright Harbour Development Co., Ltd.", model.Alleged},
		{"a witness who saw a record is no record", news("Chen Weiming owns Jinhai Compound, according to a former guard who saw the land titles."),
			"Chen Weiming", model.Owns, "Jinhai Compound", model.Alleged},
		{"people familiar with the filings", news("Chen Weiming owns Jinhai Compound, according to people familiar with the company filings."),
			"Chen Weiming", model.Owns, "Jinhai Compound", model.Alleged},
		// The writer's description against what the sentence claims or denies.
		{"spokesman denying something else",
			news("Kim Sovann, a spokesman for the Preah Sihanouk Provincial Police, denied that officers had guarded the compound."),
			"Kim Sovann", model.EmployedBy, "Preah Sihanouk Provincial Police", model.Reported},
		{"chairman in the possessive denying something else",
			news("Golden Sands Co., Ltd.'s chairman, Lim Heng, denied that the company plays any part in the resort."),
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", model.Reported},
		{"a denial inside the description gives no tie",
			news("Lim Heng, who denies being the chairman of Golden Sands Co., Ltd., spoke to reporters."),
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", "none"},
		{"documents cited, ownership",
			news("Golden Lotus Park is owned by Sunrise Pearl Realty Corporation, according to a concession map obtained by the group."),
			"Sunrise Pearl Realty Corporation", model.Owns, "Golden Lotus Park", model.Reported},
		{"people cited",
			news("Golden Lotus Park is owned by Sunrise Pearl Realty Corporation, according to former workers."),
			"Sunrise Pearl Realty Corporation", model.Owns, "Golden Lotus Park", model.Alleged},
		{"relative clause on what witnesses said",
			news("Two of the workers said the guards belonged to the Democratic Karen Benevolent Army, which is commanded by General Saw Sein Win."),
			"Saw Sein Win", model.Directs, "Democratic Karen Benevolent Army", model.Reported},
		{"the same tie as the claim",
			news("Two of the workers said the Democratic Karen Benevolent Army is commanded by General Saw Sein Win."),
			"Saw Sein Win", model.Directs, "Democratic Karen Benevolent Army", model.Alleged},
		{"speaker's title before a denial",
			news("\"We have no part in the tenants' business,\" Golden Sands Co., Ltd. chief executive Lim Heng said."),
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", model.Reported},
		{"cited source's title",
			news("According to Department of Special Investigation director-general Charoen Wongsakul, the compound is run by Xu Mingfei."),
			"Charoen Wongsakul", model.Directs, "Department of Special Investigation", model.Reported},
		{"the claim the source makes",
			news("According to workers, Lim Heng chairs Golden Sands Co., Ltd."),
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", model.Alleged},
	}
	for _, c := range cases {
		if got := grade(c.doc, c.s, c.p, c.o); got != c.want {
			t.Errorf("%s: %s %s %s graded %s, want %s", c.name, c.s, c.p, c.o, got, c.want)
		}
	}
}

// TestDenialCarried: extraction decides denial once and carries it on the relation; a denial
// of something else in the sentence does not mark a description it does not reach.
func TestDenialCarried(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text    string
		s, p, o string
		want    bool
	}{
		{"Kenji Arata owns Sapphire Bay Casino but rejected the accusations.", "Kenji Arata", model.Owns, "Sapphire Bay Casino", true},
		{"Kenji Arata, who owns Sapphire Bay Casino, rejected the accusations.", "Kenji Arata", model.Owns, "Sapphire Bay Casino", false},
		{"Kenji Arata owns Sapphire Bay Casino, workers said.", "Kenji Arata", model.Owns, "Sapphire Bay Casino", false},
		{"Tanvir Trading Co., Ltd. runs the Blue Lotus compound, a claim the firm disputes.", "Tanvir Trading Co., Ltd.", model.Operates, "Blue Lotus", true},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
		x.Analyze(&d)
		names := map[string]string{}
		for _, e := range d.Entities {
			names[e.ID] = e.Name
		}
		found := false
		for _, r := range d.Relations {
			if names[r.Subject] == c.s && r.Predicate == c.p && names[r.Object] == c.o {
				found = true
				if r.Denied != c.want {
					t.Errorf("%q: %s %s %s denied = %v, want %v", c.text, c.s, c.p, c.o, r.Denied, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s %s %s", c.text, c.s, c.p, c.o)
		}
	}
}
