package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteRefQuotes: "The park's owner is X" read through a description of a site named in
// the sentence before quotes that sentence too; a site named in the claim's own sentence is
// quoted alone.
func TestSiteRefQuotes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, subj, pred, obj string
		both                        bool
	}{
		{"the park's owner, the park named before",
			"Police raided Golden Sands Park in Bavet in May. The park's owner is Chen Wei, a Macau businessman.",
			"Chen Wei", model.Owns, "Golden Sands Park", true},
		{"the compound's landlord, a firm",
			"Police raided Golden Sands Park in Bavet in May. The compound's landlord is Heng Ly Land Co., Ltd., records show.",
			"Heng Ly Land Co., Ltd.", model.Owns, "Golden Sands Park", true},
		{"the site named in the claim's own sentence",
			"Police raided a casino in Bavet in May. Golden Sands Park's operator is Heng Ly Land Co., Ltd., records show.",
			"Heng Ly Land Co., Ltd.", model.Operates, "Golden Sands Park", false},
	}
	for _, c := range cases {
		got, _ := analyzeText(t, x, c.text)
		r, ok := got[[3]string{c.subj, c.pred, c.obj}]
		if !ok {
			t.Errorf("%s: missing %s %s %s", c.name, c.subj, c.pred, c.obj)
			continue
		}
		if has := strings.Contains(r.Quote, "Police raided"); has != c.both {
			t.Errorf("%s: quote %q holds the sentence before: %v, want %v", c.name, r.Quote, has, c.both)
		}
	}
}
