package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmShortForms covers a firm's short form that a verb or an aside raised past a name's
// shape (firm_short_forms.go), with the persons it must leave alone.
func TestFirmShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
		notIn  string // a mention no firm may take
	}{
		{"the firm's first words after a verb and after said",
			"Filings show Lim Dara holds most of Silver Tide Development Co., Ltd. A year later Silver Tide signed a lease with the operator. The lawyer said Silver Tide was only a landlord.",
			[]string{"Company:Silver Tide Development Co., Ltd."},
			[]string{"Person:Silver Tide"}, ""},
		{"three words of a corporation's name",
			"The land belongs to Cebu Harbor Crest Realty Corporation. Cebu Harbor Crest said it collected rent.",
			[]string{"Company:Cebu Harbor Crest Realty Corporation"},
			[]string{"Person:Cebu Harbor Crest"}, ""},
		{"two firms that begin with the same words leave the short form unread",
			"Silver Tide Development Co., Ltd. and Silver Tide Trading Co., Ltd. share an office. A year later Silver Tide signed a lease.",
			[]string{"Company:Silver Tide Development Co., Ltd.", "Company:Silver Tide Trading Co., Ltd."},
			nil, "Silver Tide"},
		{"a person's post in an aside keeps the name from a firm that begins with it",
			"Chan Vibol Development Co., Ltd. leased the plot. Reporters met Chan Vibol, the senator, and Chan Vibol said the lease was lawful.",
			nil,
			[]string{"Company:Chan Vibol"}, "Chan Vibol"},
		{"a name the text calls a person stays apart from the group named after it",
			"Ouk Sophal Group Co., Ltd. built the Golden Sand compound in Bavet. Ouk Sophal, who denies any link to the compound, told reporters the land was leased.",
			[]string{"Company:Ouk Sophal Group Co., Ltd.", "Person:Ouk Sophal"},
			nil, "Ouk Sophal"},
		{"the group's short form with no person cue still joins the group",
			"Ouk Sophal Group Co., Ltd. built the Golden Sand compound in Bavet. Ouk Sophal Group said the land was leased.",
			[]string{"Company:Ouk Sophal Group Co., Ltd."},
			[]string{"Person:Ouk Sophal"}, ""},
		{"a site written with the article is left to the site readers",
			"The operator is Jade Orchid Entertainment Co., Ltd. Police said the Jade Orchid was raided twice.",
			nil,
			[]string{"Company:Jade Orchid"}, "Jade Orchid"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if c.notIn != "" && e.Type == model.Company && m.Text == c.notIn {
						t.Errorf("%q joined the firm %s", m.Text, e.Name)
					}
				}
			}
		})
	}
}
