package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLeadTitles covers words written before a name that are no part of it: the other
// romanisation of the Khmer title Oknha ("Okhna"), and a party's word in court papers
// ("Defendant") before a firm; and the names after them that must stay whole.
func TestLeadTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want, typ string
		absent                bool
	}{
		{"the title spelt Okhna", "The land is held by Okhna Sok Pisey, a tycoon from Kampot.", "Sok Pisey", model.Person, false},
		{"the title spelt Okhna is no part of the name", "The land is held by Okhna Sok Pisey, a tycoon from Kampot.", "Okhna Sok Pisey", model.Person, true},
		{"the title spelt Oknha as before", "The land is held by Oknha Sok Pisey, a tycoon from Kampot.", "Sok Pisey", model.Person, false},
		{"a defendant firm in capitals", "Defendant RIVER JADE TRADING CO., LTD. received the wires.", "RIVER JADE TRADING CO., LTD.", model.Company, false},
		{"a defendant firm in capitals keeps no party word", "Defendant RIVER JADE TRADING CO., LTD. received the wires.", "Defendant RIVER JADE TRADING CO., LTD.", model.Company, true},
		{"a defendant firm in title case", "Defendant River Jade Trading Co., Ltd. received the wires.", "River Jade Trading Co., Ltd.", model.Company, false},
		{"a defendant person in capitals stays a person", "Defendant LIU MINGHAO pleaded guilty to wire fraud.", "Liu Minghao", model.Person, false},
		{"defendants in capitals stay two people", "Defendants LIU MINGHAO and SUN QIANG conspired with others.", "Sun Qiang", model.Person, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, d := analyzeText(t, x, c.text)
			found := false
			for _, e := range d.Entities {
				if e.Name == c.want && e.Type == c.typ {
					found = true
				}
			}
			if found == c.absent {
				t.Errorf("%s %q found=%v, want %v; entities %v", c.typ, c.want, found, !c.absent, d.Entities)
			}
		})
	}
}
