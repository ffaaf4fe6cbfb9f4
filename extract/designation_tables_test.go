package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
	"golang.org/x/net/html"
)

// TestDesignationTables holds designation_tables.go (a matrix of parties and designating
// bodies, and a list of the designated under a notice) and the passive "X is designated" that
// makes X no designator (relations.go): recall cases and cases where nothing may be read.
func TestDesignationTables(t *testing.T) {
	x := newTestExtractor(t)
	ofac := "Office of Foreign Assets Control"
	cases := []struct {
		name, page   string
		want, forbid []rel
	}{
		{"a matrix of parties and the bodies that designated them",
			`<p>Canada, the European Union (EU) and the Office of Foreign Assets Control (OFAC) have sanctioned the network.</p>
<table><tr><th>Target</th><th>Kind</th><th>EU</th><th>US (OFAC)</th></tr>
<tr><td>Tan Boon Kiat</td><td>Person</td><td>Yes (May 2024)</td><td>—</td></tr>
<tr><td>Harbor Crest Holdings Co., Ltd.</td><td>Company</td><td>✓</td><td>Yes</td></tr></table>`,
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}, {"Harbor Crest Holdings Co., Ltd.", model.SanctionedBy, "European Union", ""},
				{"Harbor Crest Holdings Co., Ltd.", model.SanctionedBy, ofac, ""}},
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, ofac, ""}}},
		{"a list of the designated under a notice, the designator named in its lead",
			`<p>The Office of Foreign Assets Control (OFAC) today designated two persons tied to the casino.</p>
<p>The designations are as follows:</p>
<table><tr><th>No.</th><th>Name</th><th>Details</th></tr>
<tr><td>1</td><td>Tan Boon Kiat</td><td>Manager of the casino</td></tr>
<tr><td>2</td><td>Harbor Crest Holdings Co., Ltd.</td><td>Owner of the casino</td></tr></table>`,
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, ofac, ""}, {"Harbor Crest Holdings Co., Ltd.", model.SanctionedBy, ofac, ""}}, nil},
		// Precision.
		{"a matrix whose columns hold no marks",
			`<p>The Office of Foreign Assets Control (OFAC) sanctioned the network.</p>
<table><tr><th>Name</th><th>OFAC</th></tr>
<tr><td>Tan Boon Kiat</td><td>Met in Bangkok</td></tr></table>`,
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, ofac, ""}}},
		{"a table of names under a paragraph that speaks of no designation",
			`<p>The Office of Foreign Assets Control (OFAC) sanctioned Harbor Crest Holdings.</p>
<p>Guests at the opening were:</p>
<table><tr><th>Name</th><th>From</th></tr>
<tr><td>Tan Boon Kiat</td><td>Bangkok</td></tr></table>`,
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, ofac, ""}}},
		{"a party said to be designated is no designator of the next",
			`<p>The Office of Foreign Assets Control (OFAC) today designated the network.</p>
<p>The designations are as follows:</p>
<table><tr><th>Name</th></tr><tr><td>Karen National Army</td></tr><tr><td>Tan Boon Kiat</td></tr></table>`,
			[]rel{{"Karen National Army", model.SanctionedBy, ofac, ""}, {"Tan Boon Kiat", model.SanctionedBy, ofac, ""}},
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Karen National Army", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body><article><h1>Notice</h1>" + c.page + "</article></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := analyzeText(t, x, nodeText(doc))
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
