package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMilitiaNames: an unlisted name of two or three words before a lower-case "militia"
// names the armed group; a possessor, a lone word or a name with no "the" is left.
func TestMilitiaNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a militia named by two words",
			"Security around the compound was provided by the Wan Hong militia, residents say.",
			[]string{"Organization:Wan Hong militia"},
			[]string{"Person:Wan Hong"}},
		{"three words",
			"Fighters of the Loi Tai Leng militia guarded the gate.",
			[]string{"Organization:Loi Tai Leng militia"},
			nil},
		{"precision: a possessor's militia",
			"Sai Mong's militia guarded the gate.",
			nil,
			[]string{"Organization:Sai Mong's militia", "Organization:Sai Mong militia"}},
		{"precision: no determiner before the name",
			"Residents said Sai Mong militia men guarded the gate.",
			nil,
			[]string{"Organization:Sai Mong militia"}},
		{"precision: a place's militia stays the place",
			"The Shan State militia guarded the gate.",
			nil,
			[]string{"Organization:Shan State militia"}},
	}
	checkNameCases(t, x, "https://example.org/news/story", cases)
	// The post after a kin clause goes to the kin, now that the militia is a name.
	checkRelCases(t, x, []relCase{
		{"son of B, commander of the militia", "The chairman is Sai Lon Kham, the son of Sai Mong, commander of the Wan Hong militia.",
			[]rel{{"Sai Mong", model.Directs, "Wan Hong militia", ""}},
			[]rel{{"Sai Lon Kham", model.Directs, "Wan Hong militia", ""}, {"Sai Lon Kham", model.MemberOf, "Wan Hong militia", ""}}},
	})
}
