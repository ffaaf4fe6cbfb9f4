package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestInitialledNames covers a given name, a middle initial and a surname whose given name is
// also a people's name (initial_names.go), with spans it must leave alone.
func TestInitialledNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a given name that is also a people's, in capitals and in running text",
			"The plea was signed.\n\nKAREN T. WALSH\n\nAssistant United States Attorney\n\nLater Karen T. Walsh told the court the deal stood.",
			[]string{"Person:Karen T. Walsh"},
			nil},
		{"a people's name before a body's cue is no given name",
			"Fighters of the Karen N. Union and the Shan S. Army left.",
			nil,
			[]string{"Person:Karen N. Union", "Person:Shan S. Army"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://court.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
