package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHoldingRules holds each rule of holdings.go (and the court-record and lawyer forms of
// the apposition rules) to sentences it must read and sentences where it must stay silent.
// The names are invented.
func TestHoldingRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		{"coordinated verbs give each tie",
			"Jade River Holdings Co., Ltd. owned and operated the Blue Heron Park, a fenced compound in Kampot.",
			[]rel{{"Jade River Holdings Co., Ltd.", model.Owns, "Blue Heron Park", model.Reported}, {"Jade River Holdings Co., Ltd.", model.Operates, "Blue Heron Park", model.Reported}},
			nil},
		{"coordinated verbs that are no tie",
			"Jade River Holdings Co., Ltd. visited and photographed the Blue Heron Park last spring.",
			nil,
			[]rel{{"Jade River Holdings Co., Ltd.", model.Owns, "Blue Heron Park", ""}, {"Jade River Holdings Co., Ltd.", model.Operates, "Blue Heron Park", ""}}},
		{"a passive past an inserted description",
			"Silver Pine Tower, an office block in Pasay City that was searched by the National Bureau of Investigation last year, was owned by Red Maple Realty Corp.",
			[]rel{{"Red Maple Realty Corp.", model.Owns, "Silver Pine Tower", model.Reported}},
			nil},
		{"a passive past a description that is no tie",
			"Silver Pine Tower, an office block in Pasay City, was visited by Red Maple Realty Corp. inspectors.",
			nil,
			[]rel{{"Red Maple Realty Corp.", model.Owns, "Silver Pine Tower", ""}}},
		{"a described site run by a named company",
			"Recruits were sent to the Lotus Bay Garden in Sihanoukville, Cambodia, a compound on the edge of town run by a company called Orchid Star Tech Co., Ltd.",
			[]rel{{"Orchid Star Tech Co., Ltd.", model.Operates, "Lotus Bay Garden", model.Reported}},
			nil},
		{"a described site beside something else that is run",
			"Recruits were sent to the Lotus Bay Garden in Sihanoukville, a compound beside a casino run by Orchid Star Tech Co., Ltd.",
			nil,
			[]rel{{"Orchid Star Tech Co., Ltd.", model.Operates, "Lotus Bay Garden", ""}}},
		{"a court record's employed person",
			"KONG DARA, male, 28, Khmer nationality, driver employed by Iron Gate Guard Services Co., Ltd.",
			[]rel{{"Kong Dara", model.EmployedBy, "Iron Gate Guard Services Co., Ltd.", ""}},
			nil},
		{"paid by a firm is not employed by it",
			"Kong Dara, who had been paid by Iron Gate Guard Services Co., Ltd., fled to Thailand.",
			nil,
			[]rel{{"Kong Dara", model.EmployedBy, "Iron Gate Guard Services Co., Ltd.", ""}}},
		{"a court record's role after sex, age and nationality",
			"CHEA RITHY, female, 39, Khmer nationality, director of Mekong Crest Investment Co., Ltd., was sentenced.",
			[]rel{{"Chea Rithy", model.Directs, "Mekong Crest Investment Co., Ltd.", ""}},
			nil},
		{"a lawyer acting for a person",
			"Wichai Sombat, a lawyer for Chen Dawei, denied the claims.",
			[]rel{{"Chen Dawei", model.AssociateOf, "Wichai Sombat", ""}},
			nil},
		{"a lawyer for others who meets a person",
			"Wichai Sombat, a lawyer for the families, met Chen Dawei in Bangkok.",
			nil,
			[]rel{{"Chen Dawei", model.AssociateOf, "Wichai Sombat", ""}, {"Wichai Sombat", model.AssociateOf, "Chen Dawei", ""}}},
		{"a second role joined to a tie",
			"Maria Reyes, a recruiter and business associate of Tan Kok Wah, placed the advertisements.",
			[]rel{{"Maria Reyes", model.AssociateOf, "Tan Kok Wah", ""}},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
