package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtBranchSeats covers a trial court written with its branch and then its seat: the
// court keeps the form without the seat as an alias and the seat becomes a place; a court
// named with its seat after "of", a seat the text names elsewhere, and a court with no seat
// make no new place.
func TestCourtBranchSeats(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text string
		court      string // an alias or the name the court must carry; "" for none
		places     map[string]int
	}{
		{"branch then a two-word seat", "Regional Trial Court, Branch 41, Mabalacat City. The court ordered the buildings forfeited.",
			"Regional Trial Court, Branch 41", map[string]int{"Mabalacat City": 1}},
		{"region, branch, then the seat", "Regional Trial Court, Fourth Judicial Region, Branch 12, Batangas City. Judgment was rendered on appeal.",
			"Regional Trial Court, Fourth Judicial Region, Branch 12", map[string]int{"Batangas City": 1}},
		{"the seat named again is one place", "Regional Trial Court, Branch 41, Mabalacat City. The hub stood in Mabalacat City near the highway.",
			"Regional Trial Court, Branch 41", map[string]int{"Mabalacat City": 1}},
		{"the seat after of stays in the court's name", "The Regional Trial Court of Capas, Tarlac, Branch 66 convicted him.",
			"Regional Trial Court of Capas, Tarlac, Branch 66", map[string]int{"Regional Trial Court of Capas, Tarlac, Branch 66": 0}},
		{"a court with no seat makes no place", "The Regional Trial Court, Branch 41 convicted the manager.",
			"Regional Trial Court, Branch 41", map[string]int{"Branch 41": 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, d := analyzeText(t, x, c.text)
			court := false
			places := map[string]int{}
			for _, e := range d.Entities {
				if e.Type == model.Organization {
					for _, n := range append([]string{e.Name}, e.Aliases...) {
						if n == c.court {
							court = true
						}
					}
				}
				if e.Type == model.Location {
					for _, n := range append([]string{e.Name}, e.Aliases...) {
						places[n]++ // a listed place keeps its list's name, the seat's as an alias
					}
					if len(e.Mentions) == 0 {
						t.Errorf("place %q has no mention", e.Name)
					}
				}
			}
			if c.court != "" && !court {
				t.Errorf("no court named %q; entities %v", c.court, d.Entities)
			}
			for p, n := range c.places {
				if places[p] != n {
					t.Errorf("place %q found %d times, want %d; entities %v", p, places[p], n, d.Entities)
				}
			}
		})
	}
}
