package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionShapes holds designation_colon.go (a designating line closed by a colon, then one
// line per party), clause_heads.go (whom a clause after an inserted phrase describes) and the
// progressive "who is also being designated": recall cases and cases where nothing may be read.
func TestSanctionShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a designating line closed by a colon, one party a line",
			"Treasury acted against the network today.\n\nOFAC is also designating:\n\nNaw Htee Paw, a Burmese national who keeps the militia's books;\n\nSomsak Chaiyo, a Thai broker who moves cash across the river;\n\nRiver Gate Exchange Co., Ltd., a money changer owned by Somsak Chaiyo.\n\nThe action follows a year of reporting.",
			[]rel{{"Naw Htee Paw", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Somsak Chaiyo", model.SanctionedBy, "Office of Foreign Assets Control", ""},
				{"River Gate Exchange Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a country's line naming the following persons",
			"The United Kingdom today sanctioned the following individuals:\nChen Liwei, chairman of a casino group;\nTan Boon Kiat, his finance director.",
			[]rel{{"Chen Liwei", model.SanctionedBy, "United Kingdom", ""}, {"Tan Boon Kiat", model.SanctionedBy, "United Kingdom", ""}}, nil},
		{"a person still being designated, told in a relative clause",
			"OFAC today designated Harbor Crest Holdings. The firm is run by Colonel Saw Min Htet, who is also being designated today.",
			[]rel{{"Saw Min Htet", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a relative 'who' after a firm's inserted phrase takes the person",
			"Harbor Crest Holdings, a company run by Chen Liwei, who was sanctioned by OFAC in 2023, owns the casino.",
			[]rel{{"Chen Liwei", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a 'Designated today' heading, rows that name their bodies, and rows that name none",
			"Today OFAC designated three persons. In coordination, the United Kingdom's Foreign, Commonwealth and Development Office is designating one of them.\n\nDesignated Today\n\nLim Boon Kiat, Malaysian national — designated by OFAC; also designated by the FCDO.\n\nOng Mei Ling, Malaysian national — designated by OFAC.\n\nRiver Gate Holdings Co., Ltd. — designated for being owned or controlled by Lim Boon Kiat.\n\nAs a result of today's action, all property of the designated persons is blocked.",
			[]rel{{"Lim Boon Kiat", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Lim Boon Kiat", model.SanctionedBy, "Foreign, Commonwealth and Development Office", ""},
				{"Ong Mei Ling", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"River Gate Holdings Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Ong Mei Ling", model.SanctionedBy, "Foreign, Commonwealth and Development Office", ""}}},
		{"a designating sentence, then 'The individuals are:' and 'The entities are:' lists",
			"The United Kingdom has today sanctioned two individuals and one entity tied to scam centres. The individuals are:\n\nChen Liwei, a casino manager;\n\nTan Boon Kiat, his broker.\n\nThe entities are:\n\nRiver Gate Holdings Co., Ltd., a money changer.",
			[]rel{{"Chen Liwei", model.SanctionedBy, "United Kingdom", ""}, {"Tan Boon Kiat", model.SanctionedBy, "United Kingdom", ""},
				{"River Gate Holdings Co., Ltd.", model.SanctionedBy, "United Kingdom", ""}}, nil},
		{"measures imposed on the following persons, closed by a colon",
			"The European Union today imposed restrictive measures on the following persons:\n\nChen Liwei, a casino manager;\n\nTan Boon Kiat, his broker.",
			[]rel{{"Chen Liwei", model.SanctionedBy, "European Union", ""}, {"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}}, nil},
		{"a designation told by the office and by its department keeps the office's",
			"The Office of Foreign Assets Control designated Harbor Crest Holdings on Tuesday. The US Department of the Treasury sanctioned Harbor Crest Holdings for running the casino.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "US Department of the Treasury", ""}}},
		{"a state named where its designating office is named speaks for the office",
			"OFAC designated Harbor Crest Holdings. The United States also sanctioned Chen Liwei.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, []rel{{"Chen Liwei", model.SanctionedBy, "United States", ""}}},
		{"a party added to a body's sanctions list, placed on a list by a body, a target of a body's sanctions",
			"Harbor Crest Holdings was added to the U.S. Treasury's sanctions list in 2025. Chen Liwei was placed on the SDN list by OFAC. Tan Boon Kiat, a target of United Kingdom sanctions since 2023, owns the casino.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "US Department of the Treasury", ""}, {"Chen Liwei", model.SanctionedBy, "Office of Foreign Assets Control", ""},
				{"Tan Boon Kiat", model.SanctionedBy, "United Kingdom", ""}}, nil},
		// Precision.
		{"a party designated by a body as a kind of thing is named, not sanctioned",
			"Harbor Crest Holdings was designated by the Department of Foreign Affairs as a scam hub in its advisory.",
			nil, []rel{{"Harbor Crest Holdings", model.SanctionedBy, "Department of Foreign Affairs", ""}}},
		{"a person designated by a body as head of a unit is appointed, not sanctioned",
			"Chen Liwei was designated by the Ministry of Interior as head of the task force in 2021.",
			nil, []rel{{"Chen Liwei", model.SanctionedBy, "Ministry of Interior", ""}}},
		{"a party designated by a body as a money laundering concern is sanctioned",
			"Harbor Crest Holdings was designated by FinCEN as a primary money laundering concern in 2025.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Financial Crimes Enforcement Network", ""}}, nil},
		{"parties designated by a body as targets under an executive order are sanctioned",
			"Harbor Crest Holdings was designated by OFAC as targets under E.O. 13581 in 2024.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a party designated by a body as a sanctions target is sanctioned",
			"Harbor Crest Holdings was designated by OFAC as a Specially Designated National in 2024.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"a party put on a guest list, and a target of a body's investigators",
			"Chen Liwei was added to the guest list by the Office of Foreign Assets Control. Tan Boon Kiat, a target of OFAC investigators, owns the casino.",
			nil, []rel{{"Chen Liwei", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Tan Boon Kiat", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a list of people after a line that designates nobody, then 'The individuals are:'",
			"The European Union sent observers to the trial. The individuals are:\n\nChen Liwei, a casino manager;\n\nTan Boon Kiat, his broker.",
			nil, []rel{{"Chen Liwei", model.SanctionedBy, "European Union", ""}}},
		{"the main clause's verb after an inserted participle is the first name's",
			"Harbor Crest Holdings, owned by Chen Liwei, was designated by OFAC.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Chen Liwei", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a line closed by a colon that designates nobody",
			"OFAC officials spoke to the following people:\n\nChen Liwei, a casino manager;\n\nTan Boon Kiat, a broker.",
			nil, []rel{{"Chen Liwei", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Tan Boon Kiat", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"the list ends at prose a name leads",
			"OFAC is also designating:\n\nChen Liwei, a casino manager;\n\nTan Boon Kiat, a broker.\n\nSomsak Chaiyo, who was questioned by Thai police last year about his links to the casino, says he never met either man and has not been charged.",
			[]rel{{"Chen Liwei", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Somsak Chaiyo", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a person being investigated is not designated",
			"The United Kingdom sanctioned Harbor Crest Holdings. Its chairman is Chen Liwei, who is being investigated by police.",
			nil, []rel{{"Chen Liwei", model.SanctionedBy, "United Kingdom", ""}}},
	}
	checkRelCases(t, x, cases)
}
