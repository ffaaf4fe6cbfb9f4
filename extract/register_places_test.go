package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRegisterPlaceColumns reads a register's column headed by a place's class ("Area",
// "Village", "Township") or "Registered" as where the row's site or firm is, and leaves
// tables with no party column, cells that name no place, a person's row and a place a cell
// only sets the site near.
func TestRegisterPlaceColumns(t *testing.T) {
	filler := strings.Repeat("Researchers matched survivor accounts against company filings and satellite images. ", 6)
	cases := []struct {
		name   string
		html   string
		want   []rel
		forbid []rel
		noText []string
	}{
		{"a register of compounds by village",
			`<table><tr><th>Compound</th><th>Village</th><th>Guarding unit</th></tr>
<tr><td>Orchid Bay Park</td><td>Kyaukhat</td><td>Battalion 1023</td></tr>
<tr><td>Silver Reed Garden</td><td>Mae Ku</td><td>Battalion 1019</td></tr></table>`,
			[]rel{{"Orchid Bay Park", model.LocatedIn, "Kyaukhat", ""}, {"Silver Reed Garden", model.LocatedIn, "Mae Ku", ""}},
			[]rel{{"Orchid Bay Park", model.LocatedIn, "Mae Ku", ""}}, nil},
		{"a register of compounds by area, the area a town in a province",
			`<table><tr><th>Compound</th><th>Area</th><th>Operator named by survivors</th></tr>
<tr><td>Jade Lake Resort</td><td>Ton Pheung district, Bokeo province</td><td>Bright Harvest Entertainment Co., Ltd.</td></tr></table>`,
			[]rel{{"Jade Lake Resort", model.LocatedIn, "Ton Pheung", ""}}, nil, nil},
		{"a register of firms by where they are registered",
			`<table><tr><th>Company</th><th>Registered</th><th>Role</th></tr>
<tr><td>Harbour Crest Capital Limited</td><td>Hong Kong</td><td>Holds shares in the developer</td></tr>
<tr><td>Silver Reed Trading Co., Ltd.</td><td>Tachileik, Myanmar</td><td>Building supplies</td></tr></table>`,
			[]rel{{"Harbour Crest Capital Limited", model.LocatedIn, "Hong Kong", ""}, {"Silver Reed Trading Co., Ltd.", model.LocatedIn, "Tachileik", ""}},
			nil, nil},
		{"a township column of sites",
			`<table><tr><th>Site</th><th>Township</th></tr>
<tr><td>Golden Reed Park</td><td>Myawaddy</td></tr></table>`,
			[]rel{{"Golden Reed Park", model.LocatedIn, "Myawaddy", ""}}, nil, nil},
		{"precision: a registered column holding dates places nothing",
			`<table><tr><th>Company</th><th>Registered</th><th>Role</th></tr>
<tr><td>Harbour Crest Capital Limited</td><td>12 March 2019</td><td>Holds shares in the developer</td></tr></table>`,
			nil, nil, []string{"located in 12"}},
		{"precision: an area column holding a size names no place",
			`<table><tr><th>Compound</th><th>Area</th></tr>
<tr><td>Jade Lake Resort</td><td>40 hectares</td></tr></table>`,
			nil, nil, nil},
		{"precision: a village column in a table whose first column is no party",
			`<table><tr><th>Stage</th><th>Village</th><th>Company</th></tr>
<tr><td>Transit</td><td>Mae Ku</td><td>Silver Reed Trading Co., Ltd.</td></tr></table>`,
			nil, []rel{{"Silver Reed Trading Co., Ltd.", model.LocatedIn, "Mae Ku", ""}}, []string{"located in"}},
		{"precision: a person's row is not placed",
			`<table><tr><th>Name</th><th>Village</th><th>Role</th></tr>
<tr><td>Lwin Moe Aung</td><td>Kyaukhat</td><td>Landowner</td></tr></table>`,
			nil, []rel{{"Lwin Moe Aung", model.LocatedIn, "Kyaukhat", ""}}, nil},
		{"precision: a site only near a town is not in it",
			`<table><tr><th>Compound</th><th>Area</th></tr>
<tr><td>Jade Lake Resort</td><td>Near Myawaddy</td></tr>
<tr><td>Orchid Bay Park</td><td>Across the river from Mae Sot</td></tr></table>`,
			nil, []rel{{"Jade Lake Resort", model.LocatedIn, "Myawaddy", ""}, {"Orchid Bay Park", model.LocatedIn, "Mae Sot", ""}}, nil},
		{"precision: two places in one cell, a list, place neither",
			`<table><tr><th>Company</th><th>Registered</th></tr>
<tr><td>Harbour Crest Capital Limited</td><td>Hong Kong and Singapore</td></tr></table>`,
			nil, []rel{{"Harbour Crest Capital Limited", model.LocatedIn, "Singapore", ""}}, nil},
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
