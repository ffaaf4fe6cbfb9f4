package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNumberLabels covers a document's number label and a law's "Anti-" word read as people's
// names (number_labels.go), with the names before a number that stay.
func TestNumberLabels(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a land title's and a law's numbers",
			"The properties covered by TCT Nos. 045-2021 and 045-2022 were seized, under R.A. No. 9208 as amended.",
			nil,
			[]string{"Person:TCT Nos", "Person:R.A. No", "Person:TCT Nos.", "Person:R.A. No."}},
		{"a register's number in a table row",
			"Golden Kinnara Development Company Limited, Registration No. 118845202, Myawaddy.",
			nil,
			[]string{"Person:Registration No", "Person:Registration No."}},
		{"a street before its number keeps its name",
			"The embassy at Jalan Pejambon No. 6 in Jakarta said the workers were safe.",
			[]string{"Location:Jalan Pejambon"},
			[]string{"Location:Jalan Pejambon No"}},
		{"a law named by what it works against",
			"The firm was charged under the Anti-Money Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001, the prosecutor said.",
			nil,
			[]string{"Person:Anti-Terrorism Financing"}},
		{"a person's name ending in a word before a number is no label",
			"Investigators interviewed Maria Santos about the 2 buses.",
			[]string{"Person:Maria Santos"},
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
