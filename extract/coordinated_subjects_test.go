package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoordinatedSubjects holds coordinatedSubject: a possessive after two joined people is
// left open; after one subject and an object it is the subject's.
func TestCoordinatedSubjects(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"a subject and an object: the subject's",
			"Chen Wei met Li Qiang in Bangkok. His company, Sunrise Holdings Co., Ltd., owns Golden Lotus Park.",
			[]rel{{"Chen Wei", model.Owns, "Sunrise Holdings Co., Ltd.", ""}}, nil},
		{"the site's owner is still read",
			"Chen Wei and Li Qiang were arrested. His company, Sunrise Holdings Co., Ltd., owns Golden Lotus Park.",
			[]rel{{"Sunrise Holdings Co., Ltd.", model.Owns, "Golden Lotus Park", ""}}, nil},
		{"a second name in the possessive opens an apposition: the subject is one",
			"Wu Jiale financed the hub. Arnel Salcedo, Wu's business partner since 2021, caused the incorporation of Oceanside Realty Development Corp. His wife, Liezel Salcedo, was installed as president of the corporation.",
			[]rel{{"Arnel Salcedo", model.FamilyOf, "Liezel Salcedo", ""}}, nil},
		// Precision.
		{"two joined subjects: either one's",
			"Chen Wei and Li Qiang were arrested. His company, Sunrise Holdings Co., Ltd., owns Golden Lotus Park.",
			nil, []rel{{"Chen Wei", model.Owns, "Sunrise Holdings Co., Ltd.", ""}, {"Li Qiang", model.Owns, "Sunrise Holdings Co., Ltd.", ""}}},
		{"three joined subjects",
			"Chen Wei, Li Qiang and Sun Mei were charged. Her brother, Sun Long, fled.",
			nil, []rel{{"Chen Wei", model.FamilyOf, "Sun Long", ""}, {"Sun Mei", model.FamilyOf, "Sun Long", ""}}},
		{"joined with an honorific",
			"Mr. Chen Wei and Mr. Li Qiang were detained. His wife, Sun Mei, was released.",
			nil, []rel{{"Chen Wei", model.FamilyOf, "Sun Mei", ""}, {"Li Qiang", model.FamilyOf, "Sun Mei", ""}}},
	})
	for _, c := range []string{
		"Chen Wei and Li Qiang were detained. His daughter, Chen Lan, was released.",
		"Chen Wei or Li Qiang was detained. His daughter, Chen Lan, was released.",
	} {
		got, _ := analyzeText(t, x, c)
		checkRelationsEitherWay(t, got, nil, []rel{{"Chen Wei", model.FamilyOf, "Chen Lan", ""}, {"Li Qiang", model.FamilyOf, "Chen Lan", ""}})
	}
}
