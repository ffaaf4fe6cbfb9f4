package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRelativePlaces holds relative_places.go: a place set by a bearing word ("south of",
// "outside", "near") and then a bare "in" does not make the first place part of the second;
// a comma, a place across a border, and a place with no bearing word before it still do.
func TestRelativePlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// Recall: the chains the rule leaves alone.
		{"a comma sets the second place off as the first one's",
			"Police raided Saixing Garden, a compound about 12 kilometres south of Myawaddy, in Kayin State, on Monday.",
			[]rel{{"Myawaddy", model.LocatedIn, "Karen State", ""}}, nil},
		{"a place across the river keeps its own country",
			"Police sealed the Emerald Crown Casino, a towering complex on the bank of the Mekong River opposite Chiang Saen in Thailand.",
			[]rel{{"Chiang Saen", model.LocatedIn, "Thailand", ""}}, nil},
		{"no bearing word before the first place",
			"Police raided Golden Moei Garden, a compound in Myawaddy in Myanmar's Kayin State, on Monday.",
			[]rel{{"Golden Moei Garden", model.LocatedIn, "Myawaddy", ""}}, nil},
		// Precision.
		{"south of a town in a state",
			"Through Golden Crown, he financed the construction of Yinhe Garden, a scam compound south of Myawaddy in Karen State.",
			nil, []rel{{"Myawaddy", model.LocatedIn, "Karen State", ""}}},
		{"south of a town in a country's state",
			"The group had been held at Taizhong Park, a cluster of concrete buildings about 12 kilometres south of Myawaddy in Myanmar's Karen State.",
			nil, []rel{{"Myawaddy", model.LocatedIn, "Karen State", ""}, {"Myawaddy", model.LocatedIn, "Myanmar", ""}}},
		{"outside a town in a country",
			"The firm recruited 23 Malaysians who ended up inside KK Park, the notorious scam compound outside Myawaddy in Myanmar.",
			nil, []rel{{"Myawaddy", model.LocatedIn, "Myanmar", ""}}},
		{"near a pass in a state",
			"Troops raided Sky Rainbow Park, a complex of casinos outside Payathonzu near the Three Pagodas Pass in Kayin State.",
			nil, []rel{{"Three Pagodas Pass", model.LocatedIn, "Kayin State", ""}}},
	}
	checkRelCases(t, x, cases)
}
