package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOwnerColumns reads site registers whose owner column is headed "Landowner / lessor" or
// mixes owners and operators with the role in brackets, and leaves cells that name no owner,
// no role, or a tie that has ended alone. The names are invented.
func TestOwnerColumns(t *testing.T) {
	filler := strings.Repeat("Researchers compared land records with the accounts of former workers. ", 6)
	cases := []struct {
		name   string
		html   string
		want   []rel
		forbid []rel
		noText []string
	}{
		{"a landowner / lessor column",
			`<table><tr><th>Site</th><th>Location</th><th>Landowner / lessor</th><th>Security</th></tr>
<tr><td>Blue Reed Compound</td><td>Chrey Thom, Cambodia</td><td>Heng Lim Land Co., Ltd.</td><td>private guards</td></tr>
<tr><td>Silver Fern Park</td><td>Tachileik, Myanmar</td><td>not identified</td><td>private guards</td></tr></table>`,
			[]rel{{"Heng Lim Land Co., Ltd.", model.Owns, "Blue Reed Compound", ""}},
			nil, []string{"Silver Fern Park is owned"}},
		{"an owner-or-operator column with the role in brackets",
			`<table><tr><th>Site</th><th>Owner or operator named in records</th><th>Interviewees</th></tr>
<tr><td>Crown Sea Casino &amp; Hotel</td><td>Crown Sea Entertainment Co., Ltd. (owner and operator)</td><td>41</td></tr>
<tr><td>Lucky Nine Park</td><td>Huaxing Star Group Co., Ltd. (operator)</td><td>36</td></tr>
<tr><td>Jade Crane Tower</td><td>Meng Sothea Co., Ltd. (owner since 2023)</td><td>19</td></tr></table>`,
			[]rel{{"Crown Sea Entertainment Co., Ltd.", model.Owns, "Crown Sea Casino & Hotel", ""},
				{"Crown Sea Entertainment Co., Ltd.", model.Operates, "Crown Sea Casino & Hotel", ""},
				{"Huaxing Star Group Co., Ltd.", model.Operates, "Lucky Nine Park", ""},
				{"Meng Sothea Co., Ltd.", model.Owns, "Jade Crane Tower", ""}},
			[]rel{{"Huaxing Star Group Co., Ltd.", model.Owns, "Lucky Nine Park", ""}}, nil},
		{"precision: a former owner and a cell with no role",
			`<table><tr><th>Site</th><th>Owner / operator</th><th>Interviewees</th></tr>
<tr><td>Jade Crane Tower</td><td>Chea Vuthy (owner until 2023)</td><td>19</td></tr>
<tr><td>Lucky Nine Park</td><td>Huaxing Star Group Co., Ltd.</td><td>36</td></tr></table>`,
			nil,
			[]rel{{"Chea Vuthy", model.Owns, "Jade Crane Tower", ""}, {"Huaxing Star Group Co., Ltd.", model.Owns, "Lucky Nine Park", ""}},
			[]string{"Jade Crane Tower is owned", "Lucky Nine Park is owned", "Lucky Nine Park is operated"}},
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
