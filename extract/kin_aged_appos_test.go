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
		{"a bracket and particulars, then the relative's possessive",
			"Cai Lijuan (蔡丽娟), female, born 1984, Wu Zhiqiang's wife.",
			fam("Cai Lijuan", "Wu Zhiqiang"), nil},
		{"a bracketed year of birth, then wife of",
			"Police detained Tran Van Nam (born 1990), younger brother of Tran Van Binh, in Tay Ninh.",
			fam("Tran Van Nam", "Tran Van Binh"), nil},
		{"a bare age, then the relative's possessive",
			"Police arrested Wilaiwan Boonmee, 41, Thanakorn Boonmee's wife, at her home.",
			fam("Wilaiwan Boonmee", "Thanakorn Boonmee"), nil},
		{"a possessive that is no kin",
			"Suspects: Chan Dara, 41, Lim Heng's driver.",
			nil, fam("Chan Dara", "Lim Heng")},
		{"the relative's relative",
			"Suspects: Chan Dara (陈达), male, born 1980, Lim Heng's wife's brother.",
			nil, fam("Chan Dara", "Lim Heng")},
		{"a bracket, then a friend of the son",
			"Police detained Tran Van Nam (born 1990), a friend of the son of Tran Van Binh.",
			nil, fam("Tran Van Nam", "Tran Van Binh")},
		{"a possessive kin noun that names another person after it",
			"Those held were Chan Dara (陈达), male, born 1980, Lim Heng's wife, Sok Mey, and two drivers.",
			nil, fam("Chan Dara", "Lim Heng")},
		{"listed names that are not tied", "Police arrested Narong Srisawat, aged 31, and Chaiwat Srisawat, aged 58, at a house in Mae Sot.",
			nil, fam("Narong Srisawat", "Chaiwat Srisawat")},
	})
}
