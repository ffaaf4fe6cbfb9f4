package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNumberedUnits keeps the number of a numbered terminal or commune in its name, and
// reads no place from a bare numbered terminal or a numbered street.
func TestNumberedUnits(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"an airport's numbered terminal after its name",
			"The officer was assigned at NAIA Terminal 3 when the group left for Bangkok.",
			[]string{"Location:NAIA Terminal 3"},
			[]string{"Person:NAIA Terminal", "Location:NAIA Terminal"}},
		{"a commune numbered, not named",
			"Police inspected Prosperity Bay Compound, located in Sangkat 4, Sihanoukville.",
			[]string{"Location:Sangkat 4"},
			[]string{"Location:Sangkat"}},
		{"a bare numbered terminal or a numbered street is no place of its own",
			"They met at Terminal 3 on Sunday and walked to Street 310.",
			nil,
			[]string{"Location:Terminal 3", "Location:Street 310"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
