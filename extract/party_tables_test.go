package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPartyTables reads a register of a firm's parties (a party column with a stake and/or a
// post column) as sentences about the firm its header or its colon-ended lead names, and
// leaves tables without such a header, a lead without a colon and empty stakes alone.
func TestPartyTables(t *testing.T) {
	filler := strings.Repeat("Investigators spent months tracing the money through shell firms and nominees. ", 6)
	cases := []struct {
		name     string
		html     string
		want     []rel
		forbid   []rel
		noText   []string
		wantText []string
	}{
		{"firm in the lead, post and stake columns",
			`<p>The trade registry lists the officers of Silver Reed Trading Co., Ltd. as follows:</p>
<table><tr><th>Name</th><th>Position</th><th>Shares</th></tr>
<tr><td>Lwin Moe Aung</td><td>Managing Director</td><td>55%</td></tr>
<tr><td>Harbour Crest Holdings Ltd. (Seychelles)</td><td>Corporate shareholder</td><td>45%</td></tr>
<tr><td>Daw Khin Sandar</td><td>Company Secretary</td><td>—</td></tr></table>`,
			[]rel{{"Lwin Moe Aung", model.Directs, "Silver Reed Trading Co., Ltd.", ""},
				{"Lwin Moe Aung", model.Owns, "Silver Reed Trading Co., Ltd.", ""},
				{"Harbour Crest Holdings Ltd.", model.Owns, "Silver Reed Trading Co., Ltd.", ""}},
			[]rel{{"Daw Khin Sandar", model.Owns, "Silver Reed Trading Co., Ltd.", ""}},
			[]string{"Daw Khin Sandar holds"}, nil},
		{"firm in the lead with a parenthesised place in its name",
			`<p>The resort is run by Jade River Entertainment (Cambodia) Co., Ltd. The registry lists its officers as follows:</p>
<table><tr><th>Name</th><th>Position</th><th>Shareholding</th></tr>
<tr><td>Sok Chanthy</td><td>Chairwoman</td><td>60%</td></tr>
<tr><td>Meas Vibol</td><td>Company secretary</td><td>—</td></tr></table>`,
			[]rel{{"Sok Chanthy", model.Directs, "Jade River Entertainment (Cambodia) Co., Ltd.", ""},
				{"Sok Chanthy", model.Owns, "Jade River Entertainment (Cambodia) Co., Ltd.", ""}},
			nil, []string{"of Cambodia) Co., Ltd."}, []string{"Sok Chanthy is the chairwoman of Jade River Entertainment (Cambodia) Co., Ltd."}},
		{"firm in the post column's header",
			`<p>The evidence establishes the following about the accused:</p>
<table><tr><th>Accused</th><th>Position in Golden Reef Outsourcing Inc.</th><th>Shareholding</th></tr>
<tr><td>Tan Wei Ming</td><td>President and Chairman of the Board</td><td>70%</td></tr>
<tr><td>Rosa Lim Ocampo</td><td>Treasurer (non-stockholder)</td><td>0%</td></tr></table>`,
			[]rel{{"Tan Wei Ming", model.Directs, "Golden Reef Outsourcing Inc.", ""},
				{"Tan Wei Ming", model.Owns, "Golden Reef Outsourcing Inc.", ""}},
			[]rel{{"Rosa Lim Ocampo", model.Owns, "Golden Reef Outsourcing Inc.", ""}},
			nil, []string{"Tan Wei Ming is the president and chairman of Golden Reef Outsourcing Inc."}},
		{"a firm whose name holds a bracketed word, named in the lead",
			`<p>The hotel is run by Jade Lotus Leisure (Cambodia) Co., Ltd. The registry lists the company's officers as follows:</p>
<table><tr><th>Name</th><th>Position</th><th>Shareholding</th></tr>
<tr><td>Sok Chenda</td><td>Chairwoman</td><td>60%</td></tr></table>`,
			[]rel{{"Sok Chenda", model.Directs, "Jade Lotus Leisure (Cambodia) Co., Ltd.", ""},
				{"Sok Chenda", model.Owns, "Jade Lotus Leisure (Cambodia) Co., Ltd.", ""}},
			nil, []string{"of Cambodia) Co."}, nil},
		{"shareholder and stake only, the lead refers back to the firm",
			`<p>The casino is run by Moei Bright Development Co., Ltd. Filings list three shareholders in the company:</p>
<table><tr><th>Shareholder</th><th>Stake</th><th>Notes</th></tr>
<tr><td>Ko Zaw Htet</td><td>60%</td><td>—</td></tr>
<tr><td>Eastern Pearl Capital Limited</td><td>40%</td><td>registered offshore</td></tr></table>`,
			[]rel{{"Ko Zaw Htet", model.Owns, "Moei Bright Development Co., Ltd.", ""},
				{"Eastern Pearl Capital Limited", model.Owns, "Moei Bright Development Co., Ltd.", ""}},
			nil, nil, nil},
		{"the lead names the firm short; the paragraph before names it in full",
			`<p>The building was leased by Blue Harbour Services Corp., which the gaming regulator never licensed.</p>
<p>According to papers filed by Blue Harbour with the registry, its shareholders are:</p>
<table><tr><th>Name</th><th>Shares</th></tr>
<tr><td>Nguyen Thi Lan</td><td>80%</td></tr></table>`,
			[]rel{{"Nguyen Thi Lan", model.Owns, "Blue Harbour Services Corp.", ""}},
			nil, nil, nil},
		{"notes give a holder's post and a holder's seat; a seat in brackets",
			`<p>The casino is run by Moei Bright Development Co., Ltd. Filings list its shareholders:</p>
<table><tr><th>Shareholder</th><th>Stake</th><th>Notes in filing</th></tr>
<tr><td>Ko Zaw Htet</td><td>60%</td><td>also listed as a director</td></tr>
<tr><td>Eastern Pearl Capital Limited</td><td>25%</td><td>registered in Samoa</td></tr>
<tr><td>Northwind Capital Limited (Seychelles)</td><td>15%</td><td>—</td></tr></table>`,
			[]rel{{"Ko Zaw Htet", model.Directs, "Moei Bright Development Co., Ltd.", ""},
				{"Eastern Pearl Capital Limited", model.LocatedIn, "Samoa", ""},
				{"Northwind Capital Limited", model.LocatedIn, "Seychelles", ""}},
			nil, nil, nil},
		{"precision: a note that is no post or seat",
			`<p>The casino is run by Moei Bright Development Co., Ltd. Filings list its shareholders:</p>
<table><tr><th>Shareholder</th><th>Stake</th><th>Notes</th></tr>
<tr><td>Ko Zaw Htet</td><td>60%</td><td>once visited Samoa as a tourist</td></tr></table>`,
			nil, []rel{{"Ko Zaw Htet", model.Directs, "Moei Bright Development Co., Ltd.", ""}},
			[]string{"Ko Zaw Htet is registered", "Ko Zaw Htet is the"}, nil},
		{"precision: a lead without a colon names no firm for the table",
			`<p>Silver Reed Trading Co., Ltd. was struck off in 2022.</p>
<table><tr><th>Name</th><th>Shares</th></tr>
<tr><td>Lwin Moe Aung</td><td>55%</td></tr></table>`,
			nil, []rel{{"Lwin Moe Aung", model.Owns, "Silver Reed Trading Co., Ltd.", ""}},
			[]string{"Lwin Moe Aung holds"}, nil},
		{"precision: a table of figures is no register",
			`<p>Deposits seized at Silver Reed Trading Co., Ltd. were counted as follows:</p>
<table><tr><th>Year</th><th>Share</th></tr>
<tr><td>2023</td><td>35%</td></tr></table>`,
			nil, nil, []string{"2023 holds", "holds a 35%"}, nil},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://news.example.org/a")
			checkLayoutText(t, text, c.noText, false)
			checkLayoutText(t, text, c.wantText, true)
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// TestPartyTablesBounded: a hostile table of thousands of rows has only its first rows
// rewritten, so a lead scan per row stays bounded.
func TestPartyTablesBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><p>The filing of Silver Reed Trading Co., Ltd. lists:</p><table><tr><th>Name</th><th>Shares</th></tr>`)
	for i := 0; i < 3000; i++ {
		b.WriteString(`<tr><td>Lwin Moe Aung</td><td>1%</td></tr>`)
	}
	b.WriteString(`</table></article></body></html>`)
	text, _ := mainText([]byte(b.String()), "https://news.example.org/a")
	n := strings.Count(text, "holds a 1% stake")
	if n == 0 || n > maxRegisterRows {
		t.Errorf("%d rows rewritten, want 1..%d", n, maxRegisterRows)
	}
}
