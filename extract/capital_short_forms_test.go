package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCapitalsSurnameTarget: a lone surname in capitals after a full name in capitals is that
// person (capital_short_forms.go); a body's acronym stays the body's, and a name written in
// ordinary case does not take a word in capitals.
func TestCapitalsSurnameTarget(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the surname alone after an indictment's full name",
			"Defendant LIU ZHENBANG was the chairman of the group. Defendant WU MEILING (\"WU\") was LIU's wife.",
			[]rel{{"Liu Zhenbang", model.FamilyOf, "Wu Meiling", ""}},
			nil},
		{"the surname after a kin noun",
			"The defendant LIANG WEIXIANG, a citizen of China, ran the firm. The defendant PHAN THI MAI, a citizen of Vietnam, was the wife of LIANG.",
			[]rel{{"Liang Weixiang", model.FamilyOf, "Phan Thi Mai", ""}},
			nil},
	}
	checkRelCases(t, x, cases)

	aliases := []struct {
		name, text, person, alias string
		want                      bool
	}{
		{"a surname in capitals joins the full name in capitals",
			"Since 2021, businessman HENG SOPHEARITH, a Cambodian national, has paid the guards. HENG intervened twice.",
			"Heng Sophearith", "HENG", true},
		{"a body's acronym stays the body's",
			"Defendant SAW KYAW HTET, a citizen of Burma, paid the Karen National Army (KNA). The KNA guarded the gates.",
			"Saw Kyaw Htet", "KNA", false},
		{"a name in ordinary case takes no word in capitals",
			"Chen Haoran owns Blue Reef Co., Ltd. and pays the guards. Police said CHEN was absent.",
			"Chen Haoran", "CHEN", false},
	}
	for _, c := range aliases {
		doc := &model.Document{Text: c.text}
		x.Analyze(doc)
		found := false
		for _, e := range doc.Entities {
			if e.Name == c.person {
				found = true
				if got := slices.Contains(e.Aliases, c.alias); got != c.want {
					t.Errorf("%s: %s aliases %v, want %q joined=%v", c.name, c.person, e.Aliases, c.alias, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no entity %q", c.name, c.person)
		}
	}
}
