package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinAgedAppos holds the shapes of kin_aged_appos.go: a kin noun after a person's age,
// sex or year of birth ties the person to the name after "of"; a third person's tie, a
// possessive after the name or an "and" before the kin noun ties no one.
func TestKinAgedAppos(t *testing.T) {
	x := newTestExtractor(t)
	fam := func(a, b string) []rel { return []rel{{a, model.FamilyOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"aged, then son of", "The suspects are Narong Srisawat, aged 31, son of Mr. Chaiwat Srisawat and a director of Srisawat Transport Co., Ltd., who arranged vans.",
			fam("Narong Srisawat", "Chaiwat Srisawat"), nil},
		{"sex and year of birth, then eldest son of", "Ma Tianyu, male, born 1988, eldest son of Ma Guoqiang, general manager of Jinfeng Group Co., Ltd.;",
			fam("Ma Tianyu", "Ma Guoqiang"), nil},
		{"a bare age, then wife of", "Police arrested Wilaiwan Boonmee, 41, wife of Thanakorn Boonmee, at her home.",
			fam("Wilaiwan Boonmee", "Thanakorn Boonmee"), nil},
		{"son of the other's driver", "Police arrested Narong Srisawat, aged 31, son of Chaiwat Srisawat's driver.",
			nil, fam("Narong Srisawat", "Chaiwat Srisawat")},
		{"a friend of the son", "Police arrested Narong Srisawat, aged 31, a friend of the son of Chaiwat Srisawat.",
			nil, fam("Narong Srisawat", "Chaiwat Srisawat")},
		{"listed names that are not tied", "Police arrested Narong Srisawat, aged 31, and Chaiwat Srisawat, aged 58, at a house in Mae Sot.",
			nil, fam("Narong Srisawat", "Chaiwat Srisawat")},
	})
}
