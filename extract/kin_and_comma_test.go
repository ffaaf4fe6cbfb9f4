package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinAndComma holds the shape of kin_and_comma.go: relations each case must read and
// relations it must not. FAMILY_OF is symmetric, so either order matches.
func TestKinAndComma(t *testing.T) {
	x := newTestExtractor(t)
	kin := func(a, b string) []rel { return []rel{{a, model.FamilyOf, b, ""}} }
	cases := []relCase{
		{"a relative after a comma and a possessed apposition", "The shares are held by Somsak Chaiyo's wife, Ratana Chaiyo, and her brother, Wichai Boonmee, records show.",
			kin("Wichai Boonmee", "Ratana Chaiyo"), nil},
		{"a relative after a comma with no apposition", "The villa was registered to Malee Suksan, and her younger sister, Nittaya Suksan, in 2020.",
			kin("Nittaya Suksan", "Malee Suksan"), nil},
		// Must not fire.
		{"a list before the pronoun", "Police detained Anan Phrom, Malee Suksan, and her son Prasert Wong at the checkpoint.",
			nil, kin("Prasert Wong", "Anan Phrom")},
		{"the relative's own possessive", "The villa was registered to Malee Suksan, and her sister, Nittaya Suksan's driver, in 2020.",
			nil, kin("Nittaya Suksan", "Malee Suksan")},
	}
	checkRelCasesEitherWay(t, x, cases)
}
