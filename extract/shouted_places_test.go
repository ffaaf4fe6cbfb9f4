package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShoutedPlaces covers a listed place written in capitals as one word (a dateline, a
// court's heading): it is the place; a short word in capitals and a body's acronym stay
// what they were.
func TestShoutedPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want, typ string
		absent                bool
	}{
		{"a dateline with a dash", "MANILA — Senators questioned the owner of the land under the hub.", "Manila", model.Location, false},
		{"a dateline with a colon", "BANGKOK: Two recruiters were arrested at the airport.", "Bangkok", model.Location, false},
		{"a dateline with the agency in brackets", "YANGON (AP) — The junta said the compound had been cleared.", "Yangon", model.Location, false},
		{"a place in capitals inside a sentence", "The transfers went through a shell firm in MANILA last year.", "Manila", model.Location, false},
		{"a place's word inside a name in capitals is no place", "Funds reached a firm of which the defendant LIM DAWEI was the owner.", "Dawei", model.Location, true},
		{"the name in capitals stays a person", "Funds reached a firm of which the defendant LIM DAWEI was the owner.", "Lim Dawei", model.Person, false},
		{"a short word in capitals is no place", "Officers from the BI and the NBI raided the tower.", "BI", model.Location, true},
		{"a body's acronym stays a body", "The PNP said the raid would continue.", "Philippine National Police", model.Organization, false},
		{"a body's acronym is no place", "The PNP said the raid would continue.", "PNP", model.Location, true},
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
	g := x.Gazetteer()
	for _, w := range []string{"Manila", "manila", "KL", "MANILA1"} {
		if g.shoutedPlace(w) >= 0 {
			t.Errorf("shoutedPlace(%q) found a place; only a word all in capitals of four letters or more is read so", w)
		}
	}
}
