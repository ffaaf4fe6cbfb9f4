package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBodyShortForms covers a firm's short form that the words around it typed a body
// (body_short_forms.go), with the names it must leave alone.
func TestBodyShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a director of a corporation's first two words",
			"The casino is leased to Jade Pacific Gaming Corp. Witnesses said Lito Ramos was a director of Jade Pacific and signed the lease.",
			[]string{"Company:Jade Pacific Gaming Corp."},
			[]string{"Organization:Jade Pacific"}},
		{"a manager of a firm named in full in an earlier sentence",
			"The hub was run by Coral Pacific Outsourcing Services Inc. Accused Tan Hock, a Malaysian national, was the operations manager of Coral Pacific.",
			[]string{"Company:Coral Pacific Outsourcing Services Inc."},
			[]string{"Organization:Coral Pacific"}},
		{"a board seat in a limited company's first words",
			"Ocean Pacific Trading Co., Ltd. owns the tower. Lim Dara, who sits on the board of Ocean Pacific, denied it.",
			[]string{"Company:Ocean Pacific Trading Co., Ltd."},
			[]string{"Organization:Ocean Pacific"}},
		{"two firms that begin with the same words leave the short form alone",
			"Jade Pacific Gaming Corp. and Jade Pacific Realty Corp. share an office. Lito Ramos was the manager of Jade Pacific.",
			[]string{"Company:Jade Pacific Gaming Corp.", "Company:Jade Pacific Realty Corp.", "Company:Jade Pacific"},
			nil},
		{"a longer name that is no registered firm takes no short form",
			"The Jade Pacific Friendship Forum met in May. Lito Ramos was the manager of Jade Pacific.",
			[]string{"Company:Jade Pacific"},
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
