package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHeadSource splits a column header into the header the register readers know and the
// people its cells are attributed to; a record cited in the header attributes nothing.
func TestHeadSource(t *testing.T) {
	cases := []struct{ raw, head, source string }{
		{"Operator named by survivors", "Operator", "survivors"},
		{"Security named by survivors", "Security", "survivors"},
		{"Protection reported by survivors", "Protection", "survivors"},
		{"Armed protection (according to survivors)", "Armed protection", "survivors"},
		{"Security (survivor accounts)", "Security", "survivor accounts"},
		{"Operator (per former workers)", "Operator", "former workers"},
		// precision: records, plain headers and a bracket that cites nobody
		{"Operator (company records)", "Operator (company records)", ""},
		{"Owner named in land records", "Owner named in land records", ""},
		{"Operator named by the registry", "Operator named by the registry", ""},
		{"Armed protection", "Armed protection", ""},
		{"Developer / operator", "Developer / operator", ""},
		{"Location (province)", "Location (province)", ""},
	}
	for _, c := range cases {
		head, source := headSource(c.raw)
		if head != c.head || source != c.source {
			t.Errorf("headSource(%q) = %q, %q; want %q, %q", c.raw, head, source, c.head, c.source)
		}
	}
}

// TestAttributedColumns grades the sentences of a column whose header cites survivors as
// their claims (alleged), while the columns beside it, and a column citing records, stay the
// writer's. The names are invented.
func TestAttributedColumns(t *testing.T) {
	filler := strings.Repeat("Researchers compared land records with the accounts of former workers. ", 6)
	cases := []struct {
		name string
		html string
		want []rel
	}{
		{"operator and security named by survivors",
			`<table><tr><th>Site</th><th>Location</th><th>Operator named by survivors</th><th>Security named by survivors</th></tr>
<tr><td>Heron Lake Park</td><td>Myawaddy</td><td>Heron Lake Technology Co., Ltd.</td><td>Democratic Karen Benevolent Army</td></tr></table>`,
			[]rel{{"Heron Lake Technology Co., Ltd.", model.Operates, "Heron Lake Park", model.Alleged},
				{"Democratic Karen Benevolent Army", model.Protects, "Heron Lake Park", model.Alleged},
				{"Heron Lake Park", model.LocatedIn, "Myawaddy", model.Reported}}},
		{"protection in brackets after the header",
			`<table><tr><th>Compound</th><th>Developer / operator</th><th>Armed protection (according to survivors)</th></tr>
<tr><td>Silver Reed Garden</td><td>Silver Reed Development Co., Ltd.</td><td>Karen National Army</td></tr></table>`,
			[]rel{{"Silver Reed Development Co., Ltd.", model.Operates, "Silver Reed Garden", model.Reported},
				{"Karen National Army", model.Protects, "Silver Reed Garden", model.Alleged}}},
		{"precision: an operator column citing company records stays reported",
			`<table><tr><th>Compound</th><th>Operator (company records)</th><th>Protection reported by survivors</th></tr>
<tr><td>Jade Pine Resort</td><td>Jade Pine Investment Co., Ltd.</td><td>Kandal Provincial Police</td></tr></table>`,
			[]rel{{"Jade Pine Investment Co., Ltd.", model.Operates, "Jade Pine Resort", model.Reported},
				{"Kandal Provincial Police", model.Protects, "Jade Pine Resort", model.Alleged}}},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://ngo.example.org/report")
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, nil)
		})
	}
}
