package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinCopulaMore holds the shapes of kin_copula_more.go: a hedged kin copula, a first
// predicate coordinated before the kin noun, a place or body before the relative's title; and
// sentences that must give no kin.
func TestKinCopulaMore(t *testing.T) {
	x := newTestExtractor(t)
	kin := func(a, b string) []rel { return []rel{{a, model.FamilyOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"a hedge before the kin noun", "Chan Sreyneang is supposedly the nephew of Lim Phalla, a former deputy governor.",
			kin("Chan Sreyneang", "Lim Phalla"), nil},
		{"a first predicate coordinated", "Saw Ner Dah is a militia major and the son-in-law of Saw Lah Paw.",
			kin("Saw Ner Dah", "Saw Lah Paw"), nil},
		{"a place before the title", "Its president, Jericho Villareal, is a nephew of Porac Mayor Edgardo Salonga.",
			kin("Jericho Villareal", "Edgardo Salonga"), nil},
		{"who, reportedly, the daughter", "Keo Sreymom, who is reportedly the daughter of Keo Vuthy, signed the lease.",
			kin("Keo Sreymom", "Keo Vuthy"), nil},
		// Must not fire.
		{"the relative's own driver", "Chan Sreyneang is supposedly the nephew of Lim Phalla's driver.",
			nil, kin("Chan Sreyneang", "Lim Phalla")},
		{"a rival, not a relative", "Saw Ner Dah is a militia major and the rival of Saw Lah Paw.",
			nil, kin("Saw Ner Dah", "Saw Lah Paw")},
		{"another person between", "Chan Sreyneang is a lawyer for Heng Dara and the nephew of Lim Phalla.",
			nil, kin("Chan Sreyneang", "Lim Phalla")},
		{"a speaker after the name", "Chan Sreyneang is supposedly the nephew of Lim Phalla said, without proof.",
			nil, kin("Chan Sreyneang", "Lim Phalla")},
	})
}
