package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKindNamedAndUnlistedPlacePolice: a body whose words alone look like no name is one
// when a kind noun introduces it; an unlisted place's police named with its level word is a
// body even when the place's words alone read as a person's name.
func TestKindNamedAndUnlistedPlacePolice(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a rights group's plain-word name",
			"The figures were gathered by the rights group Mekong Conscience.",
			[]string{"Organization:Mekong Conscience"},
			nil},
		{"a watchdog, then a comma",
			"A report from the watchdog Open Ledger, released on Monday, named the lessor.",
			[]string{"Organization:Open Ledger"},
			nil},
		{"an NGO named after the kind word",
			"Shelter was given by the NGO Safe Passage, which runs a hotline.",
			[]string{"Organization:Safe Passage"},
			nil},
		{"precision: a lone common word after the kind word",
			"Staff of the charity Police said nothing.",
			nil,
			[]string{"Organization:Police"}},
		{"precision: no kind word before the words",
			"Her talk at Mekong Conscience was short.",
			nil,
			[]string{"Organization:Mekong Conscience"}},
		{"an unlisted two-word place and its provincial police",
			"The workers were handed to Savan Khet provincial police at the bridge.",
			[]string{"Organization:Savan Khet provincial police"},
			[]string{"Person:Savan Khet"}},
		{"an unlisted place's district police as the subject",
			"Muang Phon district police detained four managers.",
			[]string{"Organization:Muang Phon district police"},
			nil},
		{"a place's police command",
			"The raid was led by the Savan Khet provincial police command, officials said.",
			[]string{"Organization:Savan Khet provincial police command"},
			nil},
		{"precision: a verb 'commanded' after the force is no part of it",
			"Muang Phon district police commanded the operation.",
			[]string{"Organization:Muang Phon district police"},
			nil},
		{"precision: the place's police as the seat of a post",
			"Muang Phon district police chief Somsak Inthavong denied it.",
			nil,
			[]string{"Organization:Muang Phon district police"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[0].text}
	x.Analyze(&d)
	for _, e := range d.Entities {
		if e.Name == "Mekong Conscience" && e.Sector != model.SectorNGO {
			t.Errorf("%s: sector %q, want %q", e.Name, e.Sector, model.SectorNGO)
		}
	}
}
