package extract

import "testing"

// TestIntroAgents holds the rule of intro_agents.go: rows after a lead that names no body are
// designated by the body the sentence before said made the designations; a body only named
// there, a lead pointing back past another sentence, and prose after the rows read nothing.
func TestIntroAgents(t *testing.T) {
	x := newTestExtractor(t)
	const fcdo = "Foreign, Commonwealth and Development Office"
	const made = "The designations, made by the Foreign, Commonwealth and Development Office (FCDO) under the Global Human Rights sanctions regime, impose asset freezes and travel bans.\n\n"
	const rows = "Tan Boon Hock, chairman and majority shareholder of Golden River Co., Ltd., the company that developed the resort;\n\nBlue Harbour Holdings Limited, a Macau-based junket operator that runs the casino floor.\n\n"
	cases := []relCase{
		{"rows after a lead that names no body",
			made + "Those sanctioned are:\n\n" + rows,
			sanctioned("Tan Boon Hock", fcdo, "Blue Harbour Holdings Limited", fcdo), nil},
		{"rows after a lead that points back",
			made + "They are:\n\n" + rows,
			sanctioned("Tan Boon Hock", fcdo, "Blue Harbour Holdings Limited", fcdo), nil},
		// Precision.
		{"a body named, not the one that made the designations",
			"The action was taken in coordination with the Foreign, Commonwealth and Development Office (FCDO).\n\nThose sanctioned are:\n\n" + rows,
			nil, sanctioned("Tan Boon Hock", fcdo, "Blue Harbour Holdings Limited", fcdo)},
		{"a lead pointing back past another sentence",
			made + "Workers at the resort were beaten.\n\nThey are:\n\n" + rows,
			nil, sanctioned("Tan Boon Hock", fcdo, "Blue Harbour Holdings Limited", fcdo)},
		{"a person the notice says was not designated, after the rows",
			made + "Those sanctioned are:\n\n" + rows + "Lim Kok Wah, his wife's brother, has not been designated and is not subject to sanctions.",
			sanctioned("Tan Boon Hock", fcdo), sanctioned("Lim Kok Wah", fcdo)},
		{"a lead of those not sanctioned",
			"Campaigners said the sanctions imposed by the FCDO left key figures untouched.\n\nNames not on the sanctions list include:\n\n" + rows,
			nil, sanctioned("Tan Boon Hock", fcdo, "Blue Harbour Holdings Limited", fcdo, "Tan Boon Hock", "FCDO")},
		{"a lead of those who escaped sanctions",
			"Campaigners said the sanctions imposed by the FCDO left key figures untouched.\n\nThose who escaped sanctions include:\n\n" + rows,
			nil, sanctioned("Tan Boon Hock", fcdo, "Blue Harbour Holdings Limited", fcdo, "Tan Boon Hock", "FCDO")},
	}
	checkRelCases(t, x, cases)
}
