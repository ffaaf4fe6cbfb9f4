package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPaidAway holds the rule of paid_away.go: a force paid to stay away from a site, or
// whose men collect its cash at the site; recall cases and cases where nothing may be read.
func TestPaidAway(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	alleged := func(a, b string) rel { return rel{a, model.Protects, b, model.Alleged} }
	cases := []relCase{
		{"guards bragged of paying the police to stay away",
			"Survivors said guards at Silver Crane Park bragged of paying the Koh Kong Provincial Police to stay away.",
			[]rel{alleged("Koh Kong Provincial Police", "Silver Crane Park")}, nil},
		{"officers paid in cash to leave the compound alone, a verb between",
			"Silver Crane Park stands on the coast. Workers said officers of the Koh Kong Provincial Police visited regularly and were paid in cash to leave the compound alone.",
			[]rel{alleged("Koh Kong Provincial Police", "Silver Crane Park")}, nil},
		{"a quote opening before the pay",
			"A witness testified that officers of the Tarlac Municipal Police Station \"were paid every month to stay away\" from Golden Dune Hub.",
			[]rel{alleged("Tarlac Municipal Police Station", "Golden Dune Hub")}, nil},
		{"the site paid the force to look the other way",
			"Workers said Golden Dune Park paid the Myawaddy District Police to look the other way.",
			[]rel{alleged("Myawaddy District Police", "Golden Dune Park")}, nil},
		{"officers who collected envelopes at the gate",
			"Two women said Golden Dune Park was run by a Chinese firm and that officers from the Ton Pheung District Police collected envelopes of cash at the gate each month.",
			[]rel{alleged("Ton Pheung District Police", "Golden Dune Park")}, nil},
		{"men in uniform who collected envelopes from the compound's office",
			"Golden Dune Park was raided in May. Three workers said that men in uniform from the Bavet Town Police collected envelopes from the compound's finance office at the start of each month.",
			[]rel{prot("Bavet Town Police", "Golden Dune Park")}, nil},
		// Precision.
		{"two sites in the sentence",
			"Workers moved from Silver Crane Park to Golden Dune Park, whose managers paid the Koh Kong Provincial Police to stay away.",
			nil, []rel{prot("Koh Kong Provincial Police", "Silver Crane Park"), prot("Koh Kong Provincial Police", "Golden Dune Park")}},
		{"a firm paid, not a force",
			"Golden Dune Park paid Mekong Media Co., Ltd. to stay away from the story.",
			nil, []rel{prot("Mekong Media Co., Ltd.", "Golden Dune Park")}},
		{"paid for something else",
			"Golden Dune Park paid the Koh Kong Provincial Police to escort a convoy of donated rice.",
			nil, []rel{prot("Koh Kong Provincial Police", "Golden Dune Park")}},
		{"a raid told in the sentence",
			"The Koh Kong Provincial Police, who had been paid to stay away, raided Golden Dune Park on Monday.",
			nil, []rel{prot("Koh Kong Provincial Police", "Golden Dune Park")}},
		{"the payer named through another body between",
			"Golden Dune Park paid the lawyers of the Koh Kong Provincial Police union to stay away.",
			nil, []rel{prot("Koh Kong Provincial Police", "Golden Dune Park")}},
		{"a denial by the force is kept, graded alleged with the denial in the quote",
			"The Koh Kong Provincial Police denied that its officers were paid to stay away from Golden Dune Park.",
			[]rel{alleged("Koh Kong Provincial Police", "Golden Dune Park")}, nil},
		{"envelopes collected elsewhere",
			"Golden Dune Park is a walled compound. Officers from the Bavet Town Police collected envelopes from shopkeepers in the market.",
			nil, []rel{prot("Bavet Town Police", "Golden Dune Park")}},
		{"another site told since the page's site",
			"Golden Dune Park was raided in May. Golden Dune Park had 400 workers. The managers moved. Workers were taken to another compound. Guards there bragged of paying the Koh Kong Provincial Police to stay away.",
			nil, []rel{prot("Koh Kong Provincial Police", "Golden Dune Park")}},
	}
	checkRelCases(t, x, cases)
}
