package extract

import "testing"

// TestCurrencyEndsName: a currency's letters before a sum are no part of the name before
// them ("paid Chen Zhiwei US$1,500").
func TestCurrencyEndsName(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Xie Haoran paid Chen Zhiwei US$1,500 for each person delivered.",
		"Xie Haoran paid Chen Zhiwei USD 1,500 for each person delivered.",
		"Xie Haoran paid Chen Zhiwei RM 2,000 for each recruit.",
	} {
		_, doc := analyzeText(t, x, text)
		found := false
		for _, e := range doc.Entities {
			if e.Name == "Chen Zhiwei" {
				found = true
			}
			if e.Name == "Chen Zhiwei US" || e.Name == "Chen Zhiwei USD" || e.Name == "Chen Zhiwei RM" {
				t.Errorf("%q: name ran into the currency: %q", text, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: no entity Chen Zhiwei in %v", text, doc.Entities)
		}
	}
}
