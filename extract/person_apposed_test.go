package extract

import (
	"testing"
)

// TestPersonAfterPlaceOpener: "In <place>, <name>, a <person noun>" names a person, not a
// second place of a list; a list of places with a place's apposition stays places.
func TestPersonAfterPlaceOpener(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a demonym and a person noun",
			"In Thailand, Prasert Wongkham, a Thai broker, arranged the crossing.",
			[]string{"Person:Prasert Wongkham", "Location:Thailand"},
			[]string{"Location:Prasert Wongkham"}},
		{"a post after the article",
			"In Cambodia, Sreymom Chea, a deputy director of the firm, signed the lease.",
			[]string{"Person:Sreymom Chea"},
			[]string{"Location:Sreymom Chea"}},
		{"precision: a town's apposition keeps the list of places",
			"In Kampot, Tani Khet, a river town, the raids began.",
			[]string{"Location:Tani Khet"},
			[]string{"Person:Tani Khet"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
