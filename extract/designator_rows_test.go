package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignatorRows holds designator_rows.go (a party's line naming its designators) and the
// list a designating sentence announces with "the following" before a further sentence closed
// by a colon (designation_colon.go): recall cases and cases where nothing may be read.
func TestDesignatorRows(t *testing.T) {
	x := newTestExtractor(t)
	ofac := "Office of Foreign Assets Control"
	cases := []relCase{
		{"lines of a party, a dash and its designators",
			"The European Union (EU) and the Office of Foreign Assets Control (OFAC) acted against the casino's owners on Monday.\n\nDesignations at a glance:\n\nTan Boon Kiat — EU, OFAC\n\nHarbor Crest Holdings Co., Ltd. — OFAC\n\nThe casino stayed open.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}, {"Tan Boon Kiat", model.SanctionedBy, ofac, ""},
				{"Harbor Crest Holdings Co., Ltd.", model.SanctionedBy, ofac, ""}},
			[]rel{{"Harbor Crest Holdings Co., Ltd.", model.SanctionedBy, "European Union", ""}}},
		{"a colon, a bracketed date and 'and' between the designators",
			"Both bodies have sanctioned the network.\n\nLim Boon Kiat: the European Union (May 2024) and OFAC (June 2024)",
			[]rel{{"Lim Boon Kiat", model.SanctionedBy, "European Union", ""}, {"Lim Boon Kiat", model.SanctionedBy, ofac, ""}}, nil},
		{"the following, announced before a sentence closed by a colon",
			"The Office of Foreign Assets Control has today designated the following under its cyber program. Each is subject to an asset freeze:\n\nTan Boon Kiat\n\nHarbor Crest Holdings Co., Ltd.\n\nThe action follows a year of reporting.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, ofac, ""}, {"Harbor Crest Holdings Co., Ltd.", model.SanctionedBy, ofac, ""}}, nil},
		// Precision.
		{"a line of a party and the bodies it met, with no talk of sanctions",
			"The delegation's schedule was published.\n\nTan Boon Kiat — European Union, OFAC\n\nThe visit ended on Friday.",
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}, {"Tan Boon Kiat", model.SanctionedBy, ofac, ""}}},
		{"a line with words besides the bodies",
			"OFAC sanctioned the network in May.\n\nTan Boon Kiat — met the European Union envoy twice",
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}}},
		{"the following told of something else than the designated",
			"The Office of Foreign Assets Control has today designated Harbor Crest Holdings. The firm said the following:\n\nTan Boon Kiat\n\nThe action follows a year of reporting.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, ofac, ""}}, []rel{{"Tan Boon Kiat", model.SanctionedBy, ofac, ""}}},
	}
	checkRelCases(t, x, cases)
}
