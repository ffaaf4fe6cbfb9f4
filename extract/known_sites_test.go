package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKnownSites holds known_sites.go: a site placed before it is named ("a compound in P,
// Q, known as N") is in the first place of the run; other names after a place are not.
func TestKnownSites(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site in a town and province, known locally as its name",
			"Records show that the 7.8-hectare compound in Concepcion, Tarlac, known locally as the Golden Hive Park, sits on leased land.",
			[]rel{{"Golden Hive Park", model.LocatedIn, "Concepcion", ""}},
			[]rel{{"Golden Hive Park", model.LocatedIn, "Tarlac", ""}}},
		{"a site in a town, known as its name",
			"The firm owns the 8-hectare compound in Capas, Tarlac, known as the Sunrise Meridian Technology Park, according to the filings.",
			[]rel{{"Sunrise Meridian Technology Park", model.LocatedIn, "Capas", ""}}, nil},
		// Precision.
		{"a person known by a nickname after a place",
			"A broker in Bavet, known as Boss Chen Wei, recruited the workers.",
			nil, []rel{{"Chen Wei", model.LocatedIn, "Bavet", ""}}},
		{"a site known for something, then another site",
			"Workers were moved from a compound in Poipet, known for its casinos, to Golden Lotus Park.",
			nil, []rel{{"Golden Lotus Park", model.LocatedIn, "Poipet", ""}}},
		{"a place that is no site's",
			"Police in Capas, Tarlac, called Sunrise Meridian Technology Park a front.",
			nil, []rel{{"Sunrise Meridian Technology Park", model.LocatedIn, "Capas", ""}}},
	}
	checkRelCases(t, x, cases)
}
