package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtDistricts covers a judicial district named alone (a place) and inside the full
// name of the office or court (a body); and names that are no district.
func TestCourtDistricts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want, typ string
		absent                bool
	}{
		{"district as the victims' place", "Victims in the Eastern District of New York lost their savings.", "Eastern District of New York", model.Location, false},
		{"district as the office's reach", "The case is handled by prosecutors for the Eastern District of New York.", "Eastern District of New York", model.Location, false},
		{"the office's full name stays a body", "The US Attorney's Office for the Eastern District of New York filed the case.", "US Attorney's Office for the Eastern District of New York", model.Organization, false},
		{"the office's full name is no place", "The US Attorney's Office for the Eastern District of New York filed the case.", "Eastern District of New York", model.Location, true},
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
	if !districtAsPlace(model.Organization, "District of Columbia") || districtAsPlace(model.Organization, "District Court of Kandal Province") ||
		districtAsPlace(model.Location, "Eastern District of New York") {
		t.Error("districtAsPlace reads the wrong names as districts")
	}
}
