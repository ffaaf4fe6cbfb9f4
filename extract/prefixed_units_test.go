package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrefixedUnits: a numbered unit written with and without its parent's acronym is one
// node; different numbers, different unit words and two parents' units stay apart.
func TestPrefixedUnits(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text string
		want int // organisations whose name ends in the number
		num  string
	}{
		{"Col. Saw Kyaw Htet Naing commands BGF Battalion 1023. Soldiers of Battalion 1023 guard the gate.", 1, "1023"},
		// Two different battalions.
		{"Col. Saw Kyaw Htet Naing commands BGF Battalion 1023. Soldiers of Battalion 1019 guard the gate.", 1, "1019"},
		// A brigade is no battalion of the same number.
		{"Soldiers of RCAF Brigade 31 guard the gate. Battalion 31 patrols the road.", 1, "Battalion 31"},
		// Two parents' units could be the bare one: nothing joins.
		{"BGF Battalion 907 guards the park. DKBA Battalion 907 raided it. Battalion 907 denied it.", 3, "907"},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/pu", Kind: "article", Text: c.text}
		x.Analyze(&d)
		n := 0
		for _, e := range d.Entities {
			if e.Type == model.Organization && len(e.Name) >= len(c.num) && e.Name[len(e.Name)-len(c.num):] == c.num {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d organisations ending in %q, want %d: %v", c.text, n, c.num, c.want, entityNames(d))
		}
	}
}
