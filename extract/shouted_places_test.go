package extract

import "testing"

// TestShoutedPlaces covers a listed place written in capitals as one word (a dateline, a
// court's heading): it is the place; a short word in capitals and a body's acronym stay
// what they were.
func TestShoutedPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a dateline with a dash", "MANILA — Senators questioned the owner of the land under the hub.", []string{"Location:Manila"}, nil},
		{"a dateline with a colon", "BANGKOK: Two recruiters were arrested at the airport.", []string{"Location:Bangkok"}, nil},
		{"a dateline with the agency in brackets", "YANGON (AP) — The junta said the compound had been cleared.", []string{"Location:Yangon"}, nil},
		{"a place in capitals inside a sentence", "The transfers went through a shell firm in MANILA last year.", []string{"Location:Manila"}, nil},
		{"a place's word inside a name in capitals is no place", "Funds reached a firm of which the defendant LIM DAWEI was the owner.", nil, []string{"Location:Dawei"}},
		{"the name in capitals stays a person", "Funds reached a firm of which the defendant LIM DAWEI was the owner.", []string{"Person:Lim Dawei"}, nil},
		{"a short word in capitals is no place", "Officers from the BI and the NBI raided the tower.", nil, []string{"Location:BI"}},
		{"a body's acronym stays a body", "The PNP said the raid would continue.", []string{"Organization:Philippine National Police"}, nil},
		{"a body's acronym is no place", "The PNP said the raid would continue.", nil, []string{"Location:PNP"}},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
	g := x.Gazetteer()
	for _, w := range []string{"Manila", "manila", "KL", "MANILA1"} {
		if g.shoutedPlace(w) >= 0 {
			t.Errorf("shoutedPlace(%q) found a place; only a word all in capitals of four letters or more is read so", w)
		}
	}
}
