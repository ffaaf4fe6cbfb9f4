package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteWorkAndFarReferences holds the rules of sitework.go (who runs or guards a site's
// floors), the same-head reference that reaches past the near window, a description whose
// noun follows a name ("the Harbour Jade compound"), and a raid whose leader a later
// sentence names: recall cases and cases where nothing may be read.
func TestSiteWorkAndFarReferences(t *testing.T) {
	x := newTestExtractor(t)
	filler := " Prices rose in the market. Traders complained about the roads. The rains came late this year. Schools reopened in March."
	cases := []relCase{
		{"a site's floors run by a firm, and its security provided by a unit",
			"Former workers said the Pearl Lagoon Resort's scam floors were run by Tianmu Network Co., Ltd., and that security was provided by men from the Karen Peace Army.",
			[]rel{{"Tianmu Network Co., Ltd.", model.Operates, "Pearl Lagoon Resort", ""}, {"Karen Peace Army", model.Protects, "Pearl Lagoon Resort", ""}}, nil},
		{"bare scam floors stand for the site just told; two managers joined by 'and'",
			"Forty workers escaped from the Red Crane Casino last week. The scam floors were managed by a Chinese man known as \"Ah Wu\" and a local accomplice, Chen Baoming.",
			[]rel{{"Ah Wu", model.Operates, "Red Crane Casino", ""}, {"Chen Baoming", model.Operates, "Red Crane Casino", ""}}, nil},
		{"a person who ran the scam floors herself",
			"The complex, Silver Teak Park, sits near the river. Workers said Tang Meiling ran the scam floors herself.",
			[]rel{{"Tang Meiling", model.Operates, "Silver Teak Park", ""}}, nil},
		{"the person in front of a title, not the body in it, oversees a site's operations",
			"Bai Wenjun, the chairman of Yuhai Holdings Limited, oversees the Jade Cloud Park's day-to-day operations.",
			[]rel{{"Bai Wenjun", model.Operates, "Jade Cloud Park", ""}}, nil},
		{"floors of no site, and a company's own floors, run nothing",
			"The scam floors were managed by Chen Bao. Hengfu Trading Co., Ltd.'s sales floors were run by Lao Wu.",
			nil, []rel{{"Chen Bao", model.Operates, "Hengfu Trading Co., Ltd.", ""}, {"Lao Wu", model.Operates, "Hengfu Trading Co., Ltd.", ""}}},
		{"security given by men of an army's unit, not the army",
			"Security at the Golden Kite Park was provided by soldiers from the Cambodian army's Brigade 17.",
			[]rel{{"Brigade 17", model.Protects, "Golden Kite Park", ""}}, nil},
		{"the only site with the head noun, far back",
			"Survivors described the Moonlight Bay Resort as a prison." + filler + " They said the resort's scam floors were run by Hengyu Network Co., Ltd.",
			[]rel{{"Hengyu Network Co., Ltd.", model.Operates, "Moonlight Bay Resort", ""}}, nil},
		{"two sites share the head noun far back: no antecedent",
			"Survivors described the Moonlight Bay Resort and the Palm Grove Resort as prisons." + filler + " They said the resort's scam floors were run by Hengyu Network Co., Ltd.",
			nil, []rel{{"Hengyu Network Co., Ltd.", model.Operates, "Moonlight Bay Resort", ""}, {"Hengyu Network Co., Ltd.", model.Operates, "Palm Grove Resort", ""}}},
		{"'the compound' is the name the noun followed, not a nearer site",
			"He worked at the Harbour Jade compound inside the Clark Green Zone. Agents of the National Bureau of Investigation raided the compound in June.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Harbour Jade", ""}},
			[]rel{{"National Bureau of Investigation", model.Raided, "Clark Green Zone", ""}}},
		{"the operation's leader named far after the only raid told, through a possessive",
			"Troops raided the Sky Lotus Park on Monday." + filler + " The operation was led by the army's Eastern Regional Command.",
			[]rel{{"Eastern Regional Command", model.Raided, "Sky Lotus Park", ""}}, nil},
		{"two different raids told before: the operation's leader stays unread",
			"Troops raided the Sky Lotus Park on Monday. Police raided the Jade Harbour compound on Friday." + filler + " The operation was led by the army's Eastern Regional Command.",
			nil, []rel{{"Eastern Regional Command", model.Raided, "Sky Lotus Park", ""}, {"Eastern Regional Command", model.Raided, "Jade Harbour", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestReferenceQuoteHoldsBothSentences checks that a claim read through a reference quotes
// the sentence naming the antecedent and the claim's sentence, even when the sentences
// between are too long to quote whole.
func TestReferenceQuoteHoldsBothSentences(t *testing.T) {
	x := newTestExtractor(t)
	long := " " + strings.Repeat("Witnesses described long days at desks with quotas and fines for missing them. ", 5)
	for _, text := range []string{
		"Workers were held at the Moonlight Bay Resort near the coast. Survivors said the resort's scam floors were run by Hengyu Network Co., Ltd.",
		"Workers were held at the Moonlight Bay Resort near the coast." + long + "Survivors said the resort's scam floors were run by Hengyu Network Co., Ltd.",
	} {
		got, _ := analyzeText(t, x, text)
		r, ok := got[[3]string{"Hengyu Network Co., Ltd.", model.Operates, "Moonlight Bay Resort"}]
		if !ok {
			t.Fatalf("missing the relation read through 'the resort'; got %v", relKeys(got))
		}
		if !strings.Contains(r.Quote, "Moonlight Bay Resort") || !strings.Contains(r.Quote, "run by Hengyu Network") || len(r.Quote) > 600 {
			t.Errorf("quote %q lacks a sentence (or is too long)", r.Quote)
		}
	}
}

// TestDescriptionReferences holds the description forms added to references.go: a
// reflexive after the head, a modifier that a name holds, and a head that a farther name
// has when the nearest site ends in another class noun.
func TestDescriptionReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"'the resort itself' is the resort",
			"Workers were held at the Moonlight Bay Resort for months. The resort itself is owned by Hengyu Land Co., Ltd.",
			[]rel{{"Hengyu Land Co., Ltd.", model.Owns, "Moonlight Bay Resort", ""}}, nil},
		{"a modifier the firm's name holds picks the firm",
			"The site is owned by Dela Cruz Realty Corp., which bought it from Tianbao Mining Co., Ltd. in 2019. The senator's son, Marco Dela Cruz, sits on the board of the realty firm.",
			[]rel{{"Marco Dela Cruz", model.Directs, "Dela Cruz Realty Corp.", ""}},
			[]rel{{"Marco Dela Cruz", model.Directs, "Tianbao Mining Co., Ltd.", ""}}},
		{"a modifier no name holds points back to nothing",
			"The site is owned by Dela Cruz Realty Corp. since 2019. Marco Dela Cruz sits on the board of the shipping firm.",
			nil, []rel{{"Marco Dela Cruz", model.Directs, "Dela Cruz Realty Corp.", ""}}},
		{"'the casino' is the site named a casino, not the nearer park",
			"Workers fled the Golden Reed Casino last year. They walked for days. Some reached the border. Many had first been held at the Sky Lotus Park nearby. Police were slow. The casino is run by Hengyu Network Co., Ltd.",
			[]rel{{"Hengyu Network Co., Ltd.", model.Operates, "Golden Reed Casino", ""}},
			[]rel{{"Hengyu Network Co., Ltd.", model.Operates, "Sky Lotus Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRaidLeaderAndIt holds the raid forms of complicity.go that point back to a raid told
// before ("the raid by X", "X led the raid", a site "was raided in May"), a second raider
// named through its officers, and "it" as the subject of a passive.
func TestRaidLeaderAndIt(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site raided with no agent, then the body that led the raid",
			"The Jade Harbour compound was raided in May. The Tak Provincial Police led the raid.",
			[]rel{{"Tak Provincial Police", model.Raided, "Jade Harbour", ""}}, nil},
		{"'the raid by' a body after a raid told",
			"Soldiers stormed the Jade Harbour compound at dawn. The raid by the Kampot Provincial Police freed 90 workers.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}}, nil},
		{"'the raid by' a body with no raid told before points to nothing",
			"Workers at the Jade Harbour compound were freed in May. The raid by the Tak Provincial Police followed complaints.",
			nil, []rel{{"Tak Provincial Police", model.Raided, "Jade Harbour", ""}}},
		{"a second raider named through its officers",
			"The Kampot Provincial Police and officers from the Department of Immigration jointly searched the Jade Harbour compound on 3 April.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}, {"Department of Immigration", model.Raided, "Jade Harbour", ""}}, nil},
		{"'it' as a passive's subject is the one site named before",
			"The Jade Harbour compound was crowded. On Monday it was raided by the Tak Provincial Police.",
			[]rel{{"Tak Provincial Police", model.Raided, "Jade Harbour", ""}}, nil},
		{"'it' with two sites named before stands for neither",
			"The Jade Harbour compound and the Sky Lotus Park were crowded. On Monday it was raided by the Tak Provincial Police.",
			nil, []rel{{"Tak Provincial Police", model.Raided, "Jade Harbour", ""}, {"Tak Provincial Police", model.Raided, "Sky Lotus Park", ""}}},
		{"a country's police give way to the named police body whose commander speaks of the raid",
			"Cambodian police on Sunday raided the Jade Harbour compound in Bavet. General Keo Sambath, the commander of the Kampot Provincial Police, told reporters that the raid followed complaints.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}},
			[]rel{{"Cambodian police", model.Raided, "Jade Harbour", ""}}},
		{"a named raider's raid is not given to another body whose chief speaks of it",
			"The Tak Provincial Police on Sunday raided the Jade Harbour compound. General Keo Sambath, the commander of the Kampot Provincial Police, said the raid was overdue.",
			[]rel{{"Tak Provincial Police", model.Raided, "Jade Harbour", ""}},
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}}},
		{"'his unit' is the body the witness was named with, and it raided with its partner",
			"Workers were held at the Jade Harbour compound. Witness PO2 Ramon Diaz of the Cebu Provincial Police Office testified that his unit, together with agents of the Bureau of Immigration, raided the compound.",
			[]rel{{"Cebu Provincial Police Office", model.Raided, "Jade Harbour", ""}, {"Bureau of Immigration", model.Raided, "Jade Harbour", ""}}, nil},
		{"'her unit' after two persons stands for no body",
			"Ramon Diaz of the Cebu Provincial Police Office met Maria Santos, who said her unit raided the Jade Harbour compound.",
			nil, []rel{{"Cebu Provincial Police Office", model.Raided, "Jade Harbour", ""}}},
		{"'it' is no raided firm",
			"Workers were paid by Hengyu Network Co., Ltd. Last year it was raided by the Tak Provincial Police.",
			nil, []rel{{"Tak Provincial Police", model.Raided, "Hengyu Network Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestCourtAndShortFormReferences holds a court's party designations ("the First
// Defendant"), "the said company", "the Group" and a passive hedged by "is believed to be".
func TestCourtAndShortFormReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a party designated in the caption and referred to later",
			"The Public Prosecutor, Plaintiff; Mr. SOMSAK CHAIYAPORN, First Defendant; Ms. MALEE WONGSA, Second Defendant. The Court finds that the First Defendant was the managing director of Golden Star Recruitment Co., Ltd.",
			[]rel{{"Somsak Chaiyaporn", model.Directs, "Golden Star Recruitment Co., Ltd.", ""}},
			[]rel{{"Malee Wongsa", model.Directs, "Golden Star Recruitment Co., Ltd.", ""}}},
		{"a designation never made points to no one",
			"Mr. SOMSAK CHAIYAPORN testified for the prosecution. The Court finds that the Third Defendant was the managing director of Golden Star Recruitment Co., Ltd.",
			nil, []rel{{"Somsak Chaiyaporn", model.Directs, "Golden Star Recruitment Co., Ltd.", ""}}},
		{"'the said company' points back to the company",
			"Ms. Malee Wongsa worked in Bangkok for Golden Star Recruitment Co., Ltd. from 2022. Her sister, Dao Wongsa, was employed by the said company as a recruiter.",
			[]rel{{"Dao Wongsa", model.EmployedBy, "Golden Star Recruitment Co., Ltd.", ""}}, nil},
		{"'the Group' is the firm whose name ends in Group",
			"Hengyu Group built the Golden Reed compound. The Group is controlled by Zhang Wei.",
			[]rel{{"Zhang Wei", model.Owns, "Hengyu Group", ""}}, nil},
		{"'the Group' with no firm named a group points to nothing",
			"Hengyu Land Co., Ltd. built the Golden Reed compound. The Group is controlled by Zhang Wei.",
			nil, []rel{{"Zhang Wei", model.Owns, "Hengyu Land Co., Ltd.", ""}}},
		{"'its chairman' is the firm's, not the nearer site's",
			"Hengyu Land Co., Ltd. built the Golden Reed compound. Its chairman, Zhang Wei, 44, denied wrongdoing.",
			[]rel{{"Zhang Wei", model.Directs, "Hengyu Land Co., Ltd.", ""}},
			[]rel{{"Zhang Wei", model.Operates, "Golden Reed", ""}}},
		{"a passive hedged by 'is believed to be'",
			"The Golden Reed compound sits on the river. The compound is believed to be owned by Hengyu Land Co., Ltd.",
			[]rel{{"Hengyu Land Co., Ltd.", model.Owns, "Golden Reed", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
