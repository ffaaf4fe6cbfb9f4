package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedLoci holds possessed_loci.go to places and sites set across a river in a
// country's place, and to phrases that place nothing. The site names are invented.
func TestPossessedLoci(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a town across the river in a country's province",
			"He met the chairman at a restaurant in Mae Sot, across the river in Thailand's Tak province.",
			[]rel{{"Mae Sot", model.LocatedIn, "Tak", ""}},
			nil},
		{"a site across the river in a country's town",
			"Workers were held at Jade Moon Garden, a compound across the river in Myanmar's Myawaddy township.",
			[]rel{{"Jade Moon Garden", model.LocatedIn, "Myawaddy", ""}},
			nil},
		{"across the river from places nothing",
			"Jade Moon Garden, across the river from Thailand's Mae Sot, was raided.",
			nil,
			[]rel{{"Jade Moon Garden", model.LocatedIn, "Mae Sot", ""}}},
		{"a person across the river is placed nowhere",
			"Sok Dara, across the river in Thailand's Tak province, denied it.",
			nil,
			[]rel{{"Sok Dara", model.LocatedIn, "Tak", ""}}},
	}
	checkRelCases(t, x, cases)
}
