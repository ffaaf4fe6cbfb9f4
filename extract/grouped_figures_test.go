package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGroupedFigures holds grouped_figures.go: a figure with a thousands separator inside a
// site's apposition leaves the apposition whole; "near" and places of people do not place
// the site.
func TestGroupedFigures(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a hectare figure before the site's noun and a possessed district",
			"The Golden Triangle Special Economic Zone, a 3,000-hectare enclave of casinos, hotels and apartment towers in Bokeo province's Ton Pheung district, sits on the Mekong River.",
			[]rel{{"Golden Triangle Special Economic Zone", model.LocatedIn, "Ton Pheung", ""}}, nil},
		{"a square-metre figure before a list of buildings in a town",
			"Lucky Star Park, a 12,500-square-metre cluster of casinos, hotels and dormitories in Bavet, was raided on Monday.",
			[]rel{{"Lucky Star Park", model.LocatedIn, "Bavet", ""}}, nil},
		// Precision.
		{"a figured compound near a town",
			"Lucky Star Park, a 3,000-hectare compound near Myawaddy, was raided on Monday.",
			nil, []rel{{"Lucky Star Park", model.LocatedIn, "Myawaddy", ""}}},
		{"a figure of workers and their home country",
			"Lucky Star Park, home to 3,000 workers from Kenya, was raided on Monday.",
			nil, []rel{{"Lucky Star Park", model.LocatedIn, "Kenya", ""}}},
	}
	checkRelCases(t, x, cases)
}
