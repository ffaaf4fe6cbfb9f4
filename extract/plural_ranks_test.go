package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPluralRanks holds rePluralRank (pair_refs.go): a rank held in an armed body by a plural
// subject ("A and B are captains in Battalion 1024") is each one's membership; a negation, a
// possessive after the body and a name outside the coordinated subject give none.
func TestPluralRanks(t *testing.T) {
	x := newTestExtractor(t)
	mem := func(a, b string) rel { return rel{a, model.MemberOf, b, ""} }
	checkRelCases(t, x, []relCase{
		{"captains in a battalion", "Saw Eh Doh and Saw Kyaw Kyaw are captains in Battalion 1024.",
			[]rel{mem("Saw Eh Doh", "Battalion 1024"), mem("Saw Kyaw Kyaw", "Battalion 1024")}, nil},
		{"soldiers in an armed group", "Saw Eh Doh and Saw Kyaw Kyaw were soldiers in the Mon National Defence Army.",
			[]rel{mem("Saw Eh Doh", "Mon National Defence Army"), mem("Saw Kyaw Kyaw", "Mon National Defence Army")}, nil},
		{"the subject closing its apposition", "Two of his nephews, Saw Eh Doh and Saw Kyaw Kyaw, are captains in Battalion 1024, the militia unit.",
			[]rel{mem("Saw Eh Doh", "Battalion 1024"), mem("Saw Kyaw Kyaw", "Battalion 1024")}, nil},
		// Must not fire.
		{"the object of a verb before the comma", "Lim Hock paid Saw Eh Doh and Saw Kyaw Kyaw, are captains in Battalion 1024.",
			nil, []rel{mem("Saw Eh Doh", "Battalion 1024"), mem("Saw Kyaw Kyaw", "Battalion 1024")}},
		{"a former rank is no current membership (review of round 23)", "Saw Eh Doh and Saw Kyaw Kyaw are former captains in Battalion 1024.",
			nil, []rel{mem("Saw Eh Doh", "Battalion 1024"), mem("Saw Kyaw Kyaw", "Battalion 1024")}},
		{"negated rank", "Saw Eh Doh and Saw Kyaw Kyaw are not officers of the Mon National Defence Army.",
			nil, []rel{mem("Saw Eh Doh", "Mon National Defence Army"), mem("Saw Kyaw Kyaw", "Mon National Defence Army")}},
		{"a name outside the subject", "Saw Eh Doh met Lim Hock, and Saw Kyaw Kyaw and Tan Wei are captains in Battalion 1024.",
			[]rel{mem("Tan Wei", "Battalion 1024")}, []rel{mem("Saw Eh Doh", "Battalion 1024"), mem("Lim Hock", "Battalion 1024")}},
	})
}
