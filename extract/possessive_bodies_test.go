package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessiveBodies covers a body whose name holds a group's possessive after a people's
// name ("Lao Women's Union"): every word of it may name nothing alone, yet it is a name; a
// people's name before a lower-case group stays unnamed.
func TestPossessiveBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want, typ string
		absent                bool
	}{
		{"a union after a people's name", "The returnees were met by the Lao Women's Union in Vientiane.", "Lao Women's Union", model.Organization, false},
		{"a union with the curly apostrophe", "The returnees were met by the Lao Women’s Union in Vientiane.", "Lao Women’s Union", model.Organization, false},
		{"a fund after a people's name", "The Khmer Children's Fund paid for the flights home.", "Khmer Children's Fund", model.Organization, false},
		{"an organisation after a people's name", "Survivors were sheltered by the Karen Women's Organisation near the border.", "Karen Women's Organisation", model.Organization, false},
		{"a people's women in lower case name nothing", "Lao women's groups met the returnees.", "Lao women's groups", model.Organization, true},
		{"a people's police in capitals stay unnamed", "Lao Police raided the site.", "Lao Police", model.Organization, true},
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
