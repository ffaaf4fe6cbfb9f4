package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTenantColumns reads site registers whose operator column also names the tenant or lessee,
// and leaves a column of tenants alone, an empty cell and a landowner column as they were. The
// names are invented.
func TestTenantColumns(t *testing.T) {
	filler := strings.Repeat("Researchers compared land records with the accounts of former workers. ", 6)
	cases := []struct {
		name   string
		html   string
		want   []rel
		forbid []rel
		noText []string
	}{
		{"an operator-or-main-tenant column",
			`<table><tr><th>Site</th><th>Location</th><th>Landowner / lessor</th><th>Operator or main tenant</th></tr>
<tr><td>Blue Reed Compound</td><td>Chrey Thom, Cambodia</td><td>Heng Lim Land Co., Ltd.</td><td>Wanfu Technology Group</td></tr>
<tr><td>Silver Fern Park</td><td>Tachileik, Myanmar</td><td>not identified</td><td>Silver Fern Entertainment Group</td></tr></table>`,
			[]rel{{"Wanfu Technology Group", model.Operates, "Blue Reed Compound", ""},
				{"Silver Fern Entertainment Group", model.Operates, "Silver Fern Park", ""},
				{"Heng Lim Land Co., Ltd.", model.Owns, "Blue Reed Compound", ""}},
			[]rel{{"Wanfu Technology Group", model.Owns, "Blue Reed Compound", ""},
				{"Heng Lim Land Co., Ltd.", model.Operates, "Blue Reed Compound", ""}}, nil},
		{"a lessee / operator column beside a landowner column",
			`<table><tr><th>Site</th><th>Location</th><th>Landowner</th><th>Lessee / operator</th></tr>
<tr><td>Evergold Summit Hub</td><td>Porac, Pampanga</td><td>Planas Agri-Lands Corporation</td><td>Everwise Technology Solutions Inc.</td></tr></table>`,
			[]rel{{"Everwise Technology Solutions Inc.", model.Operates, "Evergold Summit Hub", ""},
				{"Planas Agri-Lands Corporation", model.Owns, "Evergold Summit Hub", ""}},
			[]rel{{"Everwise Technology Solutions Inc.", model.Owns, "Evergold Summit Hub", ""},
				{"Planas Agri-Lands Corporation", model.Operates, "Evergold Summit Hub", ""}}, nil},
		{"precision: a column of tenants alone and an unknown operator",
			`<table><tr><th>Site</th><th>Tenants</th><th>Operator or tenant</th></tr>
<tr><td>Jade Crane Tower</td><td>Huaxing Star Group Co., Ltd.</td><td>not identified</td></tr></table>`,
			nil,
			[]rel{{"Huaxing Star Group Co., Ltd.", model.Operates, "Jade Crane Tower", ""}},
			[]string{"Jade Crane Tower is operated"}},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://ngo.example.org/report")
			checkLayoutText(t, text, c.noText, false)
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

func TestTenantRunHead(t *testing.T) {
	for h, want := range map[string]string{
		"operator or main tenant": "operator", "lessee / operator": "operator", "tenant/operator": "operator",
		"operators and lessees": "operator", "tenants": "tenants", "lessee": "lessee", "main tenant": "main tenant",
		"owner or tenant": "owner or tenant",
	} {
		if got := tenantRunHead(h); got != want {
			t.Errorf("tenantRunHead(%q) = %q, want %q", h, got, want)
		}
	}
}
