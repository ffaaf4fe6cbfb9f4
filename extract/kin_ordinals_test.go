package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinOrdinals: "first" and "second" before a kin noun keep it a kin noun ("a first cousin
// of Y", roleModifiers in relations.go); the ordinal before a post keeps the post.
func TestKinOrdinals(t *testing.T) {
	x := newTestExtractor(t)
	fam := func(a, b string) []rel { return []rel{{a, model.FamilyOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"a first cousin, in apposition", "Huang Zhenyu, a first cousin of Huang Jinrong, owns the land.",
			fam("Huang Zhenyu", "Huang Jinrong"), nil},
		{"a second cousin, in apposition", "Maria Santos, a second cousin of Jose Villanueva, signed the lease.",
			fam("Maria Santos", "Jose Villanueva"), nil},
		{"a first cousin of another person between", "Huang Zhenyu, a first cousin of Lim Hock's wife, met Tan Wei.",
			nil, fam("Huang Zhenyu", "Tan Wei")},
	})
}
