package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRegisterRows reads a register's place, operator and description columns as sentences
// written after the table, keeps its cells on their own lines, and leaves other tables and
// cells that open with no post or act alone.
func TestRegisterRows(t *testing.T) {
	filler := strings.Repeat("Researchers matched survivor accounts against company filings and satellite images. ", 6)
	cases := []struct {
		name     string
		html     string
		want     []rel
		forbid   []rel
		wantText []string
		noText   []string
	}{
		{"a register of parties: place, post, act and owner",
			`<table><tr><th>Entity</th><th>Location</th><th>Basis</th></tr>
<tr><td>Jade Lake Group Co., Ltd.</td><td>Tachileik</td><td>Operator of Jade Lake Resort</td></tr>
<tr><td>Silver Hill Security Services Co., Ltd.</td><td>Tachileik</td><td>Protects Jade Lake Resort</td></tr>
<tr><td>Moonrise Trading FZE</td><td>Dubai</td><td>Owned by Tan Wei Ming</td></tr></table>`,
			[]rel{{"Jade Lake Group Co., Ltd.", model.LocatedIn, "Tachileik", ""},
				{"Jade Lake Group Co., Ltd.", model.Operates, "Jade Lake Resort", ""},
				{"Silver Hill Security Services Co., Ltd.", model.Protects, "Jade Lake Resort", ""},
				{"Tan Wei Ming", model.Owns, "Moonrise Trading FZE", ""}},
			nil, []string{"\n\nJade Lake Group Co., Ltd.\n\nTachileik\n\n"}, nil},
		{"a register of sites: place and operator",
			`<table><tr><th>Site</th><th>Location</th><th>Operator named by survivors</th></tr>
<tr><td>Orchid Bay Park</td><td>Ton Pheung district</td><td>Bright Harvest Entertainment Co., Ltd.</td></tr></table>`,
			[]rel{{"Orchid Bay Park", model.LocatedIn, "Ton Pheung", ""},
				{"Bright Harvest Entertainment Co., Ltd.", model.Operates, "Orchid Bay Park", ""}},
			nil, nil, nil},
		{"a register of firms: holders with shares, officers by post",
			`<table><tr><th>Company</th><th>Shareholders (registry)</th><th>Officers</th></tr>
<tr><td>Silver Reed Trading Co., Ltd.</td><td>Lwin Moe Aung 70%; Harbour Crest Capital Limited 30%</td><td>Chairman: Lwin Moe Aung; Vice-chairman: Keo Ratana</td></tr></table>`,
			[]rel{{"Lwin Moe Aung", model.Owns, "Silver Reed Trading Co., Ltd.", ""},
				{"Harbour Crest Capital Limited", model.Owns, "Silver Reed Trading Co., Ltd.", ""},
				{"Lwin Moe Aung", model.Directs, "Silver Reed Trading Co., Ltd.", ""},
				{"Keo Ratana", model.Directs, "Silver Reed Trading Co., Ltd.", ""}},
			nil, nil, nil},
		{"descriptions: a relative, an associate, a stake held, a seat",
			`<table><tr><th>Name</th><th>Status</th></tr>
<tr><td>Ms. Malee Srisuk</td><td>Spouse of Mr. Chai Boonmee</td></tr>
<tr><td>Mr. Anan Rattana</td><td>Former headman; business associate of Mr. Chai Boonmee</td></tr>
<tr><td>Siam Jade Trading Co., Ltd.</td><td>Company registered in Chiang Rai; holds 40 percent of Orchid Bay Development Co., Ltd.</td></tr></table>`,
			[]rel{{"Chai Boonmee", model.FamilyOf, "Malee Srisuk", ""},
				{"Anan Rattana", model.AssociateOf, "Chai Boonmee", ""},
				{"Siam Jade Trading Co., Ltd.", model.LocatedIn, "Chiang Rai", ""},
				{"Siam Jade Trading Co., Ltd.", model.Owns, "Orchid Bay Development Co., Ltd.", ""}},
			nil, nil, []string{"Anan Rattana, former headman."}},
		{"precision: holders without a share, officers without a post",
			`<table><tr><th>Company</th><th>Shareholders</th><th>Officers</th></tr>
<tr><td>Silver Reed Trading Co., Ltd.</td><td>Lwin Moe Aung (undisclosed)</td><td>Contact: Daw Khin Sandar</td></tr></table>`,
			nil, []rel{{"Lwin Moe Aung", model.Owns, "Silver Reed Trading Co., Ltd.", ""},
				{"Daw Khin Sandar", model.Directs, "Silver Reed Trading Co., Ltd.", ""}},
			nil, []string{"holds a", "is the contact"}},
		{"precision: a person's nationality is no place of the person; a cell with no post or act",
			`<table><tr><th>Name</th><th>Nationality / Location</th><th>Status</th></tr>
<tr><td>Lwin Moe Aung</td><td>Myanmar</td><td>Former tenant of Orchid Bay Park</td></tr></table>`,
			nil, []rel{{"Lwin Moe Aung", model.LocatedIn, "Myanmar", ""}, {"Lwin Moe Aung", model.Operates, "Orchid Bay Park", ""}},
			nil, []string{"tenant of Orchid Bay Park."}},
		{"precision: a table of figures",
			`<table><tr><th>Year</th><th>Location</th></tr><tr><td>2023</td><td>Bokeo</td></tr></table>`,
			nil, nil, nil, []string{"located in"}},
		{"precision: a Name | Role table keeps its own reading, said once",
			`<table><tr><th>Name</th><th>Role</th><th>Status</th></tr>
<tr><td>Chen Bo</td><td>Director of Jade Lake Group Limited</td><td>Owned by nobody</td></tr></table>`,
			[]rel{{"Chen Bo", model.Directs, "Jade Lake Group Limited", ""}}, nil,
			nil, []string{"Chen Bo is owned"}},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://ngo.example.org/report")
			checkLayoutText(t, text, c.wantText, true)
			checkLayoutText(t, text, c.noText, false)
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// layoutText is the main text of a page holding body (a table or a list) between two filler
// paragraphs, long enough for the article to be kept.
func layoutText(filler, body, url string) string {
	text, _ := mainText([]byte(`<html><head><title>Register</title></head><body><article><p>`+filler+`</p>`+body+
		`<p>`+filler+`</p></article></body></html>`), url)
	return text
}

// checkLayoutText holds a layout's main text to holding each of strs (or, with held false,
// none of them).
func checkLayoutText(t *testing.T, text string, strs []string, held bool) {
	t.Helper()
	for _, s := range strs {
		if strings.Contains(text, s) != held {
			if held {
				t.Errorf("text lacks %q:\n%s", s, text)
			} else {
				t.Errorf("text holds %q:\n%s", s, text)
			}
		}
	}
}
