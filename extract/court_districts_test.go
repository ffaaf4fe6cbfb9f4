package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtDistricts covers a judicial district named alone (a place) and inside the full
// name of the office or court (a body); and names that are no district.
func TestCourtDistricts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"district as the victims' place", "Victims in the Eastern District of New York lost their savings.", []string{"Location:Eastern District of New York"}, nil},
		{"district as the office's reach", "The case is handled by prosecutors for the Eastern District of New York.", []string{"Location:Eastern District of New York"}, nil},
		{"the office's full name stays a body", "The US Attorney's Office for the Eastern District of New York filed the case.", []string{"Organization:US Attorney's Office for the Eastern District of New York"}, nil},
		{"the office's full name is no place", "The US Attorney's Office for the Eastern District of New York filed the case.", nil, []string{"Location:Eastern District of New York"}},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
	if !districtAsPlace(model.Organization, "District of Columbia") || districtAsPlace(model.Organization, "District Court of Kandal Province") ||
		districtAsPlace(model.Location, "Eastern District of New York") {
		t.Error("districtAsPlace reads the wrong names as districts")
	}
}
