package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTableLayouts reads registers with a numbering column, a protector column and owner or
// parent fields, and leaves numbered tables of figures, empty protector cells and fields that
// name no owner alone.
func TestTableLayouts(t *testing.T) {
	filler := strings.Repeat("Investigators compared the registry extracts with statements from former workers. ", 6)
	cases := []struct {
		name   string
		html   string
		want   []rel
		forbid []rel
		noText []string
	}{
		{"a numbered register: the party is in the column after the number",
			`<table><tr><th>No.</th><th>Name</th><th>Type</th><th>Details</th></tr>
<tr><td>1</td><td>Kyaw Min Htet</td><td>Individual</td><td>Director, Golden Lotus Trading Co., Ltd.</td></tr>
<tr><td>2</td><td>Golden Lotus Trading Co., Ltd.</td><td>Company</td><td>Operator of Lotus Garden Park, Myawaddy</td></tr></table>`,
			[]rel{{"Kyaw Min Htet", model.Directs, "Golden Lotus Trading Co., Ltd.", ""},
				{"Golden Lotus Trading Co., Ltd.", model.Operates, "Lotus Garden Park", ""}},
			nil, nil},
		{"a '#' column before an entity column, with a place column",
			`<table><thead><tr><th>#</th><th>Entity</th><th>Location</th></tr></thead>
<tbody><tr><td>4</td><td>Silver Pine Holdings Limited</td><td>Tachileik</td></tr></tbody></table>`,
			[]rel{{"Silver Pine Holdings Limited", model.LocatedIn, "Tachileik", ""}}, nil, nil},
		{"a protector column under a site register",
			`<table><tr><th>Compound</th><th>Location</th><th>Armed group providing security</th></tr>
<tr><td>Jade River Park</td><td>Myawaddy</td><td>United Wa State Army (until 2024)</td></tr>
<tr><td>Pine Hill Garden</td><td>Hpa Lu</td><td>Unknown</td></tr></table>`,
			[]rel{{"United Wa State Army", model.Protects, "Jade River Park", ""}},
			nil, []string{"Pine Hill Garden is protected"}},
		{"a 'Protected by' column",
			`<table><tr><th>Site</th><th>Protected by</th></tr>
<tr><td>Orchid Bay Park</td><td>Karen National Army</td></tr></table>`,
			[]rel{{"Karen National Army", model.Protects, "Orchid Bay Park", ""}}, nil, nil},
		{"owner and parent fields in a basis column",
			`<table><tr><th>Name</th><th>Type</th><th>Basis</th></tr>
<tr><td>Lotus Payment Services Co., Ltd.</td><td>Entity</td><td>Owned or controlled by Harbour Crest Capital Limited</td></tr>
<tr><td>Crest Logistics Co., Ltd.</td><td>Company</td><td>Subsidiary of Harbour Crest Capital Limited; transport of recruits</td></tr></table>`,
			[]rel{{"Harbour Crest Capital Limited", model.Owns, "Lotus Payment Services Co., Ltd.", ""},
				{"Harbour Crest Capital Limited", model.Owns, "Crest Logistics Co., Ltd.", ""}},
			nil, nil},
		{"a Name | Nationality | Position table under a lead naming whose officers the rows are",
			`<p>The following officers and supervisors of Bright Harbour Digital Corp. were arrested:</p>
<table><thead><tr><th>Name</th><th>Nationality</th><th>Position</th></tr></thead>
<tbody><tr><td>Wu Jianguo</td><td>Chinese</td><td>President</td></tr>
<tr><td>Dela Cruz Antonio</td><td>Filipino</td><td>Treasurer</td></tr></tbody></table>`,
			[]rel{{"Wu Jianguo", model.Directs, "Bright Harbour Digital Corp.", ""}},
			nil, nil},
		{"precision: a lead that names a firm but not as the rows' employer",
			`<p>The following officials were charged over their dealings with Bright Harbour Digital Corp.:</p>
<table><thead><tr><th>Name</th><th>Nationality</th><th>Position</th></tr></thead>
<tbody><tr><td>Wu Jianguo</td><td>Chinese</td><td>President</td></tr></tbody></table>`,
			nil, []rel{{"Wu Jianguo", model.Directs, "Bright Harbour Digital Corp.", ""}},
			[]string{"is the president of"}},
		{"a firm register: registered office, major shareholders listed with commas",
			`<table><tr><th>Company</th><th>Registered office</th><th>Major shareholders</th></tr>
<tr><td>Pine Ridge Trading Co., Ltd.</td><td>Chiang Rai</td><td>Mrs. Somsri Kaewmanee (60%), Mr. Lu Hongbin (40%)</td></tr></table>`,
			[]rel{{"Pine Ridge Trading Co., Ltd.", model.LocatedIn, "Chiang Rai", ""},
				{"Somsri Kaewmanee", model.Owns, "Pine Ridge Trading Co., Ltd.", ""},
				{"Lu Hongbin", model.Owns, "Pine Ridge Trading Co., Ltd.", ""}},
			nil, nil},
		{"a site register: landowner, developer / operator, armed protection",
			`<table><tr><th>Compound</th><th>Location</th><th>Landowner</th><th>Developer / operator</th><th>Armed protection (according to survivors)</th></tr>
<tr><td>Lotus Valley Park</td><td>Myawaddy</td><td>Saw Eh Doh</td><td>Ruby Phoenix Group Co., Ltd.</td><td>Karen National Army (KNA)</td></tr>
<tr><td>Pine Hill Garden</td><td>Hpa Lu</td><td>Unknown</td><td>Unknown</td><td>Unknown</td></tr></table>`,
			[]rel{{"Saw Eh Doh", model.Owns, "Lotus Valley Park", ""},
				{"Ruby Phoenix Group Co., Ltd.", model.Operates, "Lotus Valley Park", ""},
				{"Karen National Army", model.Protects, "Lotus Valley Park", ""}},
			nil, []string{"Pine Hill Garden is protected", "Pine Hill Garden is owned"}},
		{"a numbered table of raided sites: owner / occupant and the raiding unit",
			`<table><tr><th>No.</th><th>Site</th><th>Location</th><th>Owner / occupant</th><th>Unit</th><th>Foreigners detained</th></tr>
<tr><td>1</td><td>Coral Sky Tower</td><td>Kampot</td><td>Operated by Khmer Pearl Hospitality Co., Ltd.</td><td>Kampot Provincial Police Commissariat</td><td>112</td></tr></table>`,
			[]rel{{"Khmer Pearl Hospitality Co., Ltd.", model.Operates, "Coral Sky Tower", ""},
				{"Kampot Provincial Police Commissariat", model.Raided, "Coral Sky Tower", ""}},
			nil, nil},
		{"precision: a 'Unit' column in a table that counts no raid",
			`<table><tr><th>Site</th><th>Unit</th><th>Floors</th></tr>
<tr><td>Coral Sky Tower</td><td>Kampot Provincial Police Commissariat</td><td>12</td></tr></table>`,
			nil, []rel{{"Kampot Provincial Police Commissariat", model.Raided, "Coral Sky Tower", ""}},
			[]string{"was raided by"}},
		{"a post in title case opening a details field",
			`<table><tr><th>Name</th><th>Details</th></tr>
<tr><td>Tan Boon Keat</td><td>Managing Director, Harbour Crest Capital Limited</td></tr>
<tr><td>Nguyen Van Khoa</td><td>Finance Manager, Harbour Crest Capital Limited</td></tr></table>`,
			[]rel{{"Tan Boon Keat", model.Directs, "Harbour Crest Capital Limited", ""},
				{"Nguyen Van Khoa", model.EmployedBy, "Harbour Crest Capital Limited", ""}},
			nil, nil},
		{"a basis 'Acted for or on behalf of' a person ties two people; a firm so listed is no associate",
			`<table><tr><th>Name</th><th>Type</th><th>Basis</th></tr>
<tr><td>Siti Aminah binti Yusof</td><td>Individual</td><td>Acted for or on behalf of Wu Jianguo</td></tr>
<tr><td>Harbour Crest Capital Limited</td><td>Entity</td><td>Acted for or on behalf of Wu Jianguo</td></tr></table>`,
			[]rel{{"Siti Aminah binti Yusof", model.AssociateOf, "Wu Jianguo", ""}},
			[]rel{{"Harbour Crest Capital Limited", model.AssociateOf, "Wu Jianguo", ""}}, nil},
		{"precision: a numbered table of figures",
			`<table><tr><th>No.</th><th>Year</th><th>Location</th></tr><tr><td>1</td><td>2023</td><td>Bokeo</td></tr></table>`,
			nil, nil, []string{"located in", "protected by"}},
		{"precision: a security column of counts, not of protectors",
			`<table><tr><th>Compound</th><th>Guards counted</th></tr>
<tr><td>Jade River Park</td><td>Karen National Army</td></tr></table>`,
			nil, []rel{{"Karen National Army", model.Protects, "Jade River Park", ""}}, []string{"is protected by"}},
		{"precision: a field that names a customer is no owner",
			`<table><tr><th>Name</th><th>Basis</th></tr>
<tr><td>Lotus Payment Services Co., Ltd.</td><td>Used by Harbour Crest Capital Limited</td></tr></table>`,
			nil, []rel{{"Harbour Crest Capital Limited", model.Owns, "Lotus Payment Services Co., Ltd.", ""}}, []string{"is owned by"}},
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
