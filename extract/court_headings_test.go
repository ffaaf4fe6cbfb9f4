package extract

import "testing"

// TestCourtHeadingWords covers the words of indictments and designation notices that name a
// court role, a class of persons or a count, never a person (documentWords in ner.go), with
// the persons written beside them that must stay.
func TestCourtHeadingWords(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"the grand jury charges",
			"The Grand Jury charges: Defendant Li Wenhao laundered the proceeds of the Jade Bay compound.",
			[]string{"Person:Li Wenhao"},
			[]string{"Person:Grand Jury"}},
		{"a class of designated persons",
			"Designated Individuals include Zhou Minghui, who chairs the Jade Bay compound.",
			[]string{"Person:Zhou Minghui"},
			[]string{"Person:Designated Individuals"}},
		{"a count's heading",
			"Count One: Wire Fraud Conspiracy. Chen Haoran directed the scheme from the Jade Bay compound.",
			[]string{"Person:Chen Haoran"},
			[]string{"Person:Wire Fraud Conspiracy"}},
		{"a person's name beside the words stays",
			"Maria Santos told the jury that Ramon Cruz paid the guards.",
			[]string{"Person:Maria Santos", "Person:Ramon Cruz"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
