package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteCalled: a site noun and "called", "named" or "known as" say the next name is a
// compound's, whatever its words look like; a person's noun does not.
func TestSiteCalled(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"a complex called a city-like name",
			"Survivors spoke of a complex called Jade Harbour City near the river.",
			[]string{"Compound:Jade Harbour City"},
			[]string{"Location:Jade Harbour City"}},
		{"a building named a person-like name",
			"They were taken to a building named Golden Pine, guarded by men with rifles.",
			[]string{"Compound:Golden Pine"},
			[]string{"Person:Golden Pine"}},
		{"known to workers as",
			"One compound, known to its workers as Silver Crane Plaza, held 600 people.",
			[]string{"Compound:Silver Crane Plaza"},
			nil},
		{"precision: a man called",
			"A man called Han Wei recruited them online.",
			[]string{"Person:Han Wei"},
			[]string{"Compound:Han Wei"}},
		{"precision: a person known as",
			"The manager, known to staff as Big Brother Zhou, kept the passports.",
			nil,
			[]string{"Compound:Big Brother Zhou"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
