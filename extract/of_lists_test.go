package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOfLists covers a site's description holding a list of what it contains after "of",
// commas and all, in a copula and in an apposition; with cases where a list between names or
// a description without a site noun must not place anything.
func TestOfLists(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "copula with a list after of", text: "Golden Lattice Park is a gated complex of casinos, dormitories and office blocks on the western edge of Tachileik.",
			want: []rel{{"Golden Lattice Park", L, "Tachileik", ""}}},
		{name: "apposition with a list and an Oxford comma", text: "Golden Lattice Park, a walled compound of dormitories, canteens, and offices in Myawaddy, was raided on Monday.",
			want: []rel{{"Golden Lattice Park", L, "Myawaddy", ""}}},
		{name: "a list of people is no site's description", text: "Golden Lattice Park, a refuge of cousins, friends and neighbours in Myawaddy, was raided on Monday.",
			forbid: []rel{{"Golden Lattice Park", L, "Myawaddy", ""}}},
		{name: "a clause in the list keeps it a clause", text: "Golden Lattice Park, a compound of towers, which police raided and sealed in Myawaddy, reopened.",
			forbid: []rel{{"Golden Lattice Park", L, "Myawaddy", ""}}},
	}
	checkRelCases(t, x, cases)
	for _, c := range []struct{ in, want string }{
		{", a gated complex of casinos, dormitories and office blocks on the ", ", a gated complex of casinos and office blocks on the "},
		{", a compound of towers, shops, or flats in ", ", a compound of towers or flats in "},
		{", a compound of towers in ", ", a compound of towers in "},
		{" and Chen, Li and Wang in ", " and Chen, Li and Wang in "},
	} {
		if got := ofList(c.in); got != c.want {
			t.Errorf("ofList(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
