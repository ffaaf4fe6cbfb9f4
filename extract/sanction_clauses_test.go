package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionClauses holds the rules of sanction_clauses.go: a relative clause on the
// designating body, "it" for the body named before, several bodies as the subject, and a
// listing of several parties on a given day; recall cases and cases where nothing may be read.
func TestSanctionClauses(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(a, b string) rel { return rel{a, model.SanctionedBy, b, ""} }
	ofac, fcdo := "Office of Foreign Assets Control", "Foreign, Commonwealth and Development Office"
	cases := []relCase{
		{"a relative clause on the body, two parties",
			"The notice was issued together with the Foreign, Commonwealth and Development Office, which separately sanctioned Lim Heng and Golden Gate Trading Co., Ltd. on Tuesday.",
			[]rel{sanc("Lim Heng", fcdo), sanc("Golden Gate Trading Co., Ltd.", fcdo)}, nil},
		{"it for the body named before",
			"Silver Crane Park was among the sites named by the Office of Foreign Assets Control (OFAC) when it designated Golden Gate Trading Co., Ltd. and its owners in 2024.",
			[]rel{sanc("Golden Gate Trading Co., Ltd.", ofac)}, nil},
		{"two bodies as the subject, the first qualified by a possessive",
			"The US Treasury's Office of Foreign Assets Control and the Foreign, Commonwealth and Development Office jointly designated Golden Gate Trading Co., Ltd. and its chairman Lim Heng.",
			[]rel{sanc("Golden Gate Trading Co., Ltd.", ofac), sanc("Lim Heng", ofac), sanc("Golden Gate Trading Co., Ltd.", fcdo), sanc("Lim Heng", fcdo)}, nil},
		{"a body that listed a party and, after its description, the party's chairman",
			"The Council of the European Union today listed Golden Gate Trading Co., Ltd., the operator of Silver Crane Park in Mong La, plus its chairman Lim Heng.",
			[]rel{sanc("Golden Gate Trading Co., Ltd.", "Council of the European Union"), sanc("Lim Heng", "Council of the European Union")},
			[]rel{sanc("Silver Crane Park", "Council of the European Union")}},
		// Precision.
		{"a bank that froze accounts designates no one",
			"Golden Gate Bank Plc froze the accounts of Silver Crane Trading Co., Ltd. and of Lim Heng after a dispute.",
			nil, []rel{sanc("Silver Crane Trading Co., Ltd.", "Golden Gate Bank Plc"), sanc("Lim Heng", "Golden Gate Bank Plc")}},
		{"it for an advocacy group",
			"The report was drafted by Mekong Justice Watch when it blacklisted Golden Gate Trading Co., Ltd. and Lim Heng last year.",
			nil, []rel{sanc("Lim Heng", "Mekong Justice Watch"), sanc("Golden Gate Trading Co., Ltd.", "Mekong Justice Watch")}},
		{"an advocacy group that froze accounts designates no one",
			"Mekong Justice Watch froze the accounts of Golden Gate Trading Co., Ltd. and of Lim Heng.",
			nil, []rel{sanc("Lim Heng", "Mekong Justice Watch"), sanc("Golden Gate Trading Co., Ltd.", "Mekong Justice Watch")}},
		{"a company between the body and it",
			"The Office of Foreign Assets Control fined Golden Gate Trading Co., Ltd. after it sanctioned Lim Heng without a licence.",
			nil, []rel{sanc("Lim Heng", ofac)}},
		{"a single body that designated without a freeze is left to the lists",
			"The Office of Foreign Assets Control listed the risks of dealing with Golden Gate Trading Co., Ltd. in an advisory.",
			nil, []rel{sanc("Golden Gate Trading Co., Ltd.", ofac)}},
	}
	checkRelCases(t, x, cases)
}
