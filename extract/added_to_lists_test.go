package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAddedToLists holds the rules of added_to_lists.go and the small widenings beside them:
// every party of a chain a body put on its sanctions list, a designation told with an adverb
// of manner, a party already subject to a body's sanctions, a heading list whose rows are
// "name: description" sentences, and a list that stays the notice's own when another body
// "also" designated; recall cases and cases where nothing may be read.
func TestAddedToLists(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(a, b string) rel { return rel{a, model.SanctionedBy, b, ""} }
	ofac, fcdo := "Office of Foreign Assets Control", "Foreign, Commonwealth and Development Office"
	cases := []relCase{
		{"two parties added to a body's sanctions list",
			"On Monday the Office of Foreign Assets Control added Lim Heng and Golden Gate Co., Ltd. to its sanctions list.",
			[]rel{sanc("Lim Heng", ofac), sanc("Golden Gate Co., Ltd.", ofac)}, nil},
		{"three parties placed on a consolidated list",
			"The Foreign, Commonwealth and Development Office placed Tan Wei, Mao Dara and the Kayin Peace Army on its consolidated list of sanctions targets.",
			[]rel{sanc("Tan Wei", fcdo), sanc("Mao Dara", fcdo), sanc("Kayin Peace Army", fcdo)}, nil},
		{"a designation with an adverb of manner",
			"The Foreign, Commonwealth and Development Office today separately designated Tan Wei and Golden Gate Co., Ltd.",
			[]rel{sanc("Tan Wei", fcdo), sanc("Golden Gate Co., Ltd.", fcdo)}, nil},
		{"a party already subject to a body's sanctions",
			"Tan Wei is already subject to sanctions by the Office of Foreign Assets Control.",
			[]rel{sanc("Tan Wei", ofac)}, nil},
		{"a heading list of name-colon rows stays the notice's own body",
			"The Foreign, Commonwealth and Development Office (FCDO) has today sanctioned a network that owns two casinos.\n" +
				"The action is coordinated with the United States, where the Office of Foreign Assets Control has today also designated Golden Gate Co., Ltd.\n" +
				"Designations\n" +
				"Tan Wei: chairman of Golden Gate Co., Ltd. and owner of a majority stake in it since the year it was founded.\n" +
				"Mao Dara: chief executive of Golden Gate Co., Ltd.\n" +
				"Those designated are subject to an asset freeze.",
			[]rel{sanc("Tan Wei", fcdo), sanc("Mao Dara", fcdo), sanc("Golden Gate Co., Ltd.", ofac)},
			[]rel{sanc("Tan Wei", ofac), sanc("Mao Dara", ofac)}},
		// Precision.
		{"parties added to a list of something else",
			"The Office of Foreign Assets Control added Lim Heng and Golden Gate Co., Ltd. to its list of speakers at the conference.",
			nil, []rel{sanc("Lim Heng", ofac), sanc("Golden Gate Co., Ltd.", ofac)}},
		{"a name and its description joined by a comma",
			"The Office of Foreign Assets Control added Lim Heng, Golden Gate Co., Ltd.'s chairman, to its sanctions list.",
			nil, []rel{sanc("Golden Gate Co., Ltd.", ofac)}},
		{"parties added to a body's agenda",
			"The Foreign, Commonwealth and Development Office added Tan Wei and Mao Dara to the guest list for the embassy dinner.",
			nil, []rel{sanc("Tan Wei", fcdo), sanc("Mao Dara", fcdo)}},
	}
	checkRelCases(t, x, cases)
}
