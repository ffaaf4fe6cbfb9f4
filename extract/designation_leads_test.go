package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignationLeads holds the rule of designation_leads.go: a line ending in a colon that
// announces the designated ("the following", "include:") opens a list whose rows are led by
// names, designated by the body the notice last said designates, however far back it was
// named; recall cases and cases where nothing may be read.
func TestDesignationLeads(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(a, b string) rel { return rel{a, model.SanctionedBy, b, ""} }
	cases := []relCase{
		{"a lead-in of those designated in the past and now cleared",
			"The Treasury today designated Ly Yong Phat.\n" +
				"The following individuals have been sanctioned in the past and were today cleared by the court:\n" +
				"Chea Vannath\n" +
				"Sophal Ear",
			[]rel{sanc("Ly Yong Phat", "US Department of the Treasury")}, []rel{sanc("Chea Vannath", "US Department of the Treasury"), sanc("Sophal Ear", "US Department of the Treasury")}},
		{"rows with dashes after a targets-the-following line, the body named paragraphs before",
			"The Office of Foreign Assets Control (OFAC) today sanctioned an armed group and its commander.\n" +
				"The group guards the casino. Its commander owns the land under it.\n" +
				"Workers described beatings.\n" +
				"Today's action targets the following persons:\n" +
				"Kayin Peace Force — designated for being responsible for serious abuse.\n" +
				"Lim Heng — designated for being a leader of the Kayin Peace Force.\n" +
				"As a result of today's action, all property of these persons is blocked.",
			[]rel{sanc("Kayin Peace Force", "Office of Foreign Assets Control"), sanc("Lim Heng", "Office of Foreign Assets Control")}, nil},
		{"rows of long descriptions after an include line, and names joined by and or a list",
			"The United Kingdom has today sanctioned four people and two companies.\n" +
				"Workers said the site was guarded. It lies in Koh Kong. Many escaped.\n" +
				"Those sanctioned today include:\n" +
				"Chen Bo, a businessman who founded and owns Golden Gate Co., Ltd., the company that built the casino. He also chairs its board.\n" +
				"Mao Dara and Ly Sok, for having materially assisted Golden Gate Co., Ltd.;\n" +
				"Sun Star Co., Ltd., Moon River Co., Ltd. and Tan Wei, for being owned by Chen Bo.",
			[]rel{sanc("Chen Bo", "United Kingdom"), sanc("Mao Dara", "United Kingdom"), sanc("Ly Sok", "United Kingdom"),
				sanc("Sun Star Co., Ltd.", "United Kingdom"), sanc("Moon River Co., Ltd.", "United Kingdom"), sanc("Tan Wei", "United Kingdom")}, nil},
		{"a designating line that names its body and its legal basis",
			"The tower was built in 2019 and employs hundreds.\n" +
				"The Office of Foreign Assets Control is designating the following persons pursuant to Executive Order 13818:\n" +
				"Pich Sam, for being a leader of Golden Gate Co., Ltd.;\n" +
				"Golden Gate Co., Ltd., for being owned or controlled by Pich Sam.",
			[]rel{sanc("Pich Sam", "Office of Foreign Assets Control"), sanc("Golden Gate Co., Ltd.", "Office of Foreign Assets Control")}, nil},
		{"a list under a pronoun lead-in that the sentence before says holds the designations, names in capitals",
			"The UK has today sanctioned two people behind the compound. Its owner Khun Sophanith hired Meas Sarin.\n\n" +
				"The designations are made under the Global Human Rights regime. They include:\n\n" +
				"KHUN SOPHANITH — asset freeze and travel ban\n\nMEAS SARIN — asset freeze and travel ban\n\nFull details are published by HM Treasury.",
			[]rel{sanc("Khun Sophanith", "United Kingdom"), sanc("Meas Sarin", "United Kingdom")}, nil},
		{"a lead-in where the designations target a list, and one where the following were designated",
			"The UK has today imposed sanctions on a tycoon and his company.\n\n" +
				"The designations, made under the Global Irregular Migration regime, target:\n\n" +
				"Ly Chanthou, an Oknha who owns the land;\n\nChanthou Group Co., Ltd., the firm that built the compound.",
			[]rel{sanc("Ly Chanthou", "United Kingdom"), sanc("Chanthou Group Co., Ltd.", "United Kingdom")}, nil},
		{"a lead-in where the following were designated, the body named before",
			"The Office of Foreign Assets Control (OFAC) sanctioned two people who own the compound. Lin Wenhao built it with Teo Boon Huat.\n\n" +
				"The following persons were designated pursuant to E.O. 13818:\n\n" +
				"LIN WENHAO; DOB 03 Feb 1974; nationality China.\n\nTeo Boon Huat; DOB 1970; nationality Malaysia.",
			[]rel{sanc("Lin Wenhao", "Office of Foreign Assets Control"), sanc("Teo Boon Huat", "Office of Foreign Assets Control")}, nil},
		// Precision.
		{"a lead-in that lists those spared",
			"The Office of Foreign Assets Control (OFAC) today sanctioned an armed group.\n" +
				"Reporters asked about others. The following people were not designated:\n" +
				"Lim Heng, a businessman.\n" +
				"Tan Wei, a banker.",
			nil, []rel{sanc("Lim Heng", "Office of Foreign Assets Control"), sanc("Tan Wei", "Office of Foreign Assets Control")}},
		{"names joined by commas alone are a name and its description; prose after the list",
			"The United Kingdom has today sanctioned two people.\n" +
				"Those sanctioned today include:\n" +
				"Chen Bo, Golden Gate Co., Ltd., a company he owns, is not listed.\n" +
				"Tan Wei said he would appeal.",
			[]rel{sanc("Chen Bo", "United Kingdom")}, []rel{sanc("Golden Gate Co., Ltd.", "United Kingdom"), sanc("Tan Wei", "United Kingdom")}},
		{"a colon line with no word of designation",
			"The Office of Foreign Assets Control (OFAC) today sanctioned an armed group.\n" +
				"The casino's managers include:\n" +
				"Lim Heng, a businessman from Phnom Penh.\n" +
				"Tan Wei, his cousin.",
			nil, []rel{sanc("Lim Heng", "Office of Foreign Assets Control"), sanc("Tan Wei", "Office of Foreign Assets Control")}},
		{"a pronoun lead-in with no word of designation before it",
			"The Office of Foreign Assets Control (OFAC) today sanctioned an armed group.\n" +
				"The casino employs hundreds of guards. They include:\n" +
				"Lim Heng, a former soldier.\n" +
				"Tan Wei, his cousin.",
			nil, []rel{sanc("Lim Heng", "Office of Foreign Assets Control"), sanc("Tan Wei", "Office of Foreign Assets Control")}},
		{"the following named as not designated",
			"The Office of Foreign Assets Control (OFAC) today sanctioned an armed group.\n" +
				"The following persons were not designated:\n" +
				"Lim Heng, a former soldier.",
			nil, []rel{sanc("Lim Heng", "Office of Foreign Assets Control")}},
	}
	checkRelCases(t, x, cases)
}
