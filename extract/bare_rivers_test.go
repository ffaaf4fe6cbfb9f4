package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBareRivers holds bare_rivers.go: a site's apposition or extent "on the Mekong" places it
// on the river; a bare name that is no river, a river only near the site and a person placed
// on it place nothing.
func TestBareRivers(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a tower on the bare river, then its district",
			"The Royal Naga Pavilion, a 22-storey tower on the Mekong in Ton Pheung district, opened in 2019.",
			[]rel{{"Royal Naga Pavilion", model.LocatedIn, "Mekong", ""}, {"Royal Naga Pavilion", model.LocatedIn, "Ton Pheung", ""}}, nil},
		{"a riverside enclave on the bare river",
			"Police raided Sanjiang Bay Park, a riverside enclave on the Mekong, on Monday.",
			[]rel{{"Sanjiang Bay Park", model.LocatedIn, "Mekong", ""}}, nil},
		{"a site's extent on the bare river",
			"Golden Lotus Park occupies a 30-acre strip on the Mekong.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Mekong", ""}}, nil},
		// Precision.
		{"a bare place name that is no river after 'on'",
			"Police raided Sanjiang Bay Park, a riverside enclave on the Bokeo, on Monday.",
			nil, []rel{{"Sanjiang Bay Park", model.LocatedIn, "Bokeo", ""}}},
		{"a site near the bare river",
			"Police raided Sanjiang Bay Park, a riverside enclave near the Mekong, on Monday.",
			nil, []rel{{"Sanjiang Bay Park", model.LocatedIn, "Mekong", ""}}},
		{"a person on a boat on the river",
			"Wang Lixin, a broker on the Mekong, was arrested on Monday.",
			nil, []rel{{"Wang Lixin", model.LocatedIn, "Mekong", ""}}},
	}
	checkRelCases(t, x, cases)
}
