package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedPartners holds the shapes of possessed_partners.go: a person's partner named
// after a description, after a copula or an apposition; a tie of the description to someone
// else, a professional's or a private partner, or a name with its own possessive gives none.
func TestPossessedPartners(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"the partner noun before a copula and a loose description", "Karthik Subramanian's partner is some guy Faisal Rahman in Dubai who books the flights.",
			assoc("Karthik Subramanian", "Faisal Rahman"), nil},
		{"a partner in the venture set off with a description", "Chea Vanndy's partner in the venture, an investor from Fujian named Lin Zhiqiang, holds the remaining 40 percent.",
			assoc("Chea Vanndy", "Lin Zhiqiang"), nil},
		{"a partner in the casino called Y", "Theng Bunrith's Thai partner in the casino is a former councillor called Surachai Thongdee.",
			assoc("Theng Bunrith", "Surachai Thongdee"), nil},
		{"the partner is a cousin of Y", "Lim Heng's partner is a cousin of Chen Zhi.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"the partner is Y's brother", "Lim Heng's partner is Chen Zhi's brother.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"a law firm's partner", "Lim Heng's partner at the law firm, a lawyer named Chen Zhi, said nothing.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"a sparring partner", "Lim Heng's sparring partner is a boxer named Chen Zhi.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"the partner's lawyer", "Lim Heng's partner has a lawyer named Chen Zhi.",
			nil, assoc("Lim Heng", "Chen Zhi")},
		{"a tie word of a third name", "Sok Dara said Lim Heng's partner is a businessman called Chen Zhi.",
			nil, assoc("Sok Dara", "Chen Zhi")},
		{"the name opens a clause with its 'whom' left out", "Li Ming's partner is some guy Zhang Wei met in Dubai.",
			nil, assoc("Li Ming", "Zhang Wei")},
		{"a partner whom the possessor married is a spouse", "Li Ming's partner was a woman named Zhang Wei, whom he married in 2015.",
			nil, assoc("Li Ming", "Zhang Wei")},
	})
}
