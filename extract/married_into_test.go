package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMarriedInto holds the shapes of married_into.go: a marriage told in a clause after a
// description of the first person, and a marriage into the second person's family; and
// sentences that must give no kin.
func TestMarriedInto(t *testing.T) {
	x := newTestExtractor(t)
	kin := func(a, b string) []rel { return []rel{{a, model.FamilyOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"described, then married to", "The firm is chaired by Ma Chenggang, a Chinese-born businessman with Myanmar citizenship who is married to Nang Seng Hom, a Shan entrepreneur.",
			kin("Ma Chenggang", "Nang Seng Hom"), nil},
		{"married to the daughter of", "His head of security is Sok Piseth, who is married to the daughter of Sam Rithy, the district police chief.",
			kin("Sok Piseth", "Sam Rithy"), nil},
		{"whose sister is married to", "The land was bought by Hak Sopheak, a businessman whose sister is married to General Sao Rithy, deputy commander of Brigade 31.",
			kin("Hak Sopheak", "Sao Rithy"), nil},
		// Must not fire.
		{"a rumoured marriage", "The firm is chaired by Ma Chenggang, a businessman who is rumoured to be married to Nang Seng Hom.",
			nil, kin("Ma Chenggang", "Nang Seng Hom")},
		{"not married", "The firm is chaired by Ma Chenggang, a businessman who is not married to Nang Seng Hom, he said.",
			nil, kin("Ma Chenggang", "Nang Seng Hom")},
		{"a lawyer married to someone", "Sok Piseth, whose lawyer is married to Sam Rithy, declined to comment.",
			nil, kin("Sok Piseth", "Sam Rithy")},
		{"the daughter of someone else named nearby", "Sok Piseth, a guard who is married to the daughter of Heng Dara, met Sam Rithy.",
			nil, kin("Sok Piseth", "Sam Rithy")},
		{"married to a partner of", "Sok Piseth, who is married to the daughter of a partner of Sam Rithy, left.",
			nil, kin("Sok Piseth", "Sam Rithy")},
		{"the name runs on", "Sok Piseth, a guard whose sister is married to Sam Rithy Holdings' chairman, left.",
			nil, kin("Sok Piseth", "Sam Rithy")},
	})
}
