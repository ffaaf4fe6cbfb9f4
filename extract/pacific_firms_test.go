package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPacificFirms: a name closed by "Pacific" is a firm's, whether written in full with its
// legal form and then short or short alone; a bearing or a people before the word, or a
// body named for a continent, is no firm.
func TestPacificFirms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name         string
		text         string
		want, forbid []string
	}{
		{"a firm's short form after its full name with a legal form",
			"LIM was the director of Bright Star Pacific Remittance Sdn. Bhd. (\"Bright Star Pacific\"), a money services business. Bright Star Pacific converted the funds.",
			[]string{"Company:Bright Star Pacific Remittance Sdn. Bhd."},
			[]string{"Organization:Bright Star Pacific"}},
		{"a firm named by its short form alone",
			"The land was leased to Jade Crest Pacific in 2021. Jade Crest Pacific paid the rent.",
			[]string{"Company:Jade Crest Pacific"},
			[]string{"Organization:Jade Crest Pacific", "Person:Jade Crest Pacific"}},
		{"precision: a bearing, or a body named for a continent, is no firm",
			"Workers came from the South Pacific. Freedom Lines Asia said it helped 40 of them.",
			[]string{"Organization:Freedom Lines Asia"},
			[]string{"Company:South Pacific", "Company:Freedom Lines Asia"}},
		{"an apposition naming another kind of thing is no firm",
			"Mercy Pacific, a charity founded by Maria Santos, housed the survivors. The Jade Pacific, a casino boat run by Li Ming, docked at the pier. Ocean Pacific, the survivors' shelter, took in 40 people.",
			nil,
			[]string{"Company:Mercy Pacific", "Company:Jade Pacific", "Company:The Jade Pacific", "Company:Ocean Pacific"}},
		{"an apposition naming a firm keeps the firm",
			"Everbright Pacific, a trading company, paid the workers.",
			[]string{"Company:Everbright Pacific"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
