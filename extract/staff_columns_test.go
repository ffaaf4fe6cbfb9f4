package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStaffColumns reads a register's post column ("Director(s)") as each listed person's
// post in the row's firm, and leaves a column whose header is no post, or whose cell lists
// something other than names, alone.
func TestStaffColumns(t *testing.T) {
	x := newTestExtractor(t)
	filler := strings.Repeat("Investigators traced the proceeds through several trading firms and their registered officers. ", 6)
	cases := []struct {
		name         string
		html         string
		want, forbid []rel
	}{
		{"a directors column listing two people",
			`<p>Companies identified in the investigation:</p><table><tr><th>Company</th><th>Registered office</th><th>Director(s)</th></tr>
<tr><td>Horizon Siam Trading Co., Ltd.</td><td>Bangkok</td><td>Mrs. Wanida Tangsiri, Mr. Chatchai Tangsiri</td></tr>
<tr><td>Rim Moei Agro Co., Ltd.</td><td>Mae Sot</td><td>Mr. Prasert Inthawong</td></tr></table>`,
			[]rel{{"Wanida Tangsiri", model.Directs, "Horizon Siam Trading Co., Ltd.", ""},
				{"Chatchai Tangsiri", model.Directs, "Horizon Siam Trading Co., Ltd.", ""},
				{"Prasert Inthawong", model.Directs, "Rim Moei Agro Co., Ltd.", ""}},
			[]rel{{"Prasert Inthawong", model.Directs, "Horizon Siam Trading Co., Ltd.", ""}}},
		{"a column that is no post",
			`<p>Companies identified in the investigation:</p><table><tr><th>Company</th><th>Contact person</th></tr>
<tr><td>Horizon Siam Trading Co., Ltd.</td><td>Mrs. Wanida Tangsiri</td></tr></table>`,
			nil, []rel{{"Wanida Tangsiri", model.Directs, "Horizon Siam Trading Co., Ltd.", ""}}},
		{"a post column whose cell is no list of names",
			`<p>Companies identified in the investigation:</p><table><tr><th>Company</th><th>Director</th></tr>
<tr><td>Horizon Siam Trading Co., Ltd.</td><td>unknown, possibly a nominee of Wanida Tangsiri</td></tr></table>`,
			nil, []rel{{"Wanida Tangsiri", model.Directs, "Horizon Siam Trading Co., Ltd.", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://news.example.org/report")
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
