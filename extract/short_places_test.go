package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPlaceShapedShortForms: a name that only its shape called a place and that begins a
// firm's or site's longer name in the same text is that firm's or site's short form; a
// place the words around it call one keeps its own entity.
func TestPlaceShapedShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a resort's short form ending in Bay",
			"Police raided Silverline Bay Resort on Monday. Silverline Bay's owners denied it.",
			[]string{"Compound:Silverline Bay Resort"},
			[]string{"Location:Silverline Bay"}},
		{"a firm's short form ending in Road",
			"Workers were paid by Amber Road Trading Co., Ltd. Guards said Amber Road paid them too.",
			[]string{"Company:Amber Road Trading Co., Ltd."},
			[]string{"Location:Amber Road"}},
		{"precision: a district a firm is named after",
			"The site, in Tani Kong district, was owned by Tani Kong Star Realty Co., Ltd.",
			[]string{"Company:Tani Kong Star Realty Co., Ltd."},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[2].text}
	x.Analyze(&d)
	found := false
	for _, e := range d.Entities {
		if e.Type == model.Location && (e.Name == "Tani Kong" || e.Name == "Tani Kong district") {
			found = true
		}
	}
	if !found {
		t.Errorf("the district lost its own entity: %v", entityNames(d))
	}
}
