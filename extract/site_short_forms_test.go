package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteShortForms covers a site named after by its lead word alone (site_short_forms.go),
// with the words it must leave alone: a word two names begin, a person's word, a listed place.
func TestSiteShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a park by its lead word runs",
			"Workers were held at Shunda Park, a compound near Myawaddy. Hongsheng Group runs Shunda, two former workers said.",
			[]rel{{"Hongsheng Group", model.Operates, "Shunda Park", ""}}, nil},
		{"a compound by its lead word is protected",
			"Police raided Jinshui Compound in Kandal province last week. Nhem Sophal was protecting Jinshui.",
			[]rel{{"Nhem Sophal", model.Protects, "Jinshui Compound", ""}}, nil},
		{"two sites begin with the word",
			"Workers were held at Shunda Park near Myawaddy. Shunda Casino stands across the river. Hongsheng Group runs Shunda, two former workers said.",
			nil,
			[]rel{{"Hongsheng Group", model.Operates, "Shunda Park", ""}, {"Hongsheng Group", model.Operates, "Shunda Casino", ""}}},
		{"a firm and a site begin with the word",
			"Workers were held at Shunda Park near Myawaddy. Shunda Holdings Co., Ltd. is a trading firm. Hongsheng Group runs Shunda, two former workers said.",
			nil,
			[]rel{{"Hongsheng Group", model.Operates, "Shunda Park", ""}}},
		{"a person's name holds the word",
			"Workers were held at Zhao Park near Myawaddy. Zhao Wenbin owns a trading firm. Hongsheng Group employs Zhao, two former workers said.",
			nil,
			[]rel{{"Hongsheng Group", model.Operates, "Zhao Park", ""}}},
		{"a word a place's class word follows stays a place",
			"Workers were held at Shunda Park last year. Hongsheng Group runs a casino in Shunda village, two former workers said.",
			nil,
			[]rel{{"Hongsheng Group", model.Operates, "Shunda Park", ""}}},
		{"a listed place keeps its reading",
			"Workers were held at Myawaddy Park last year. Hongsheng Group runs a casino in Myawaddy, two former workers said.",
			nil,
			[]rel{{"Hongsheng Group", model.Operates, "Myawaddy Park", ""}}},
	}
	checkRelCases(t, x, cases)
	names := []nameCase{
		{"the lead word joins the park",
			"Workers were held at Shunda Park, a compound near Myawaddy. Guards at Shunda wear Karen patches.",
			[]string{"Compound:Shunda Park"}, []string{"Location:Shunda", "Person:Shunda", "Compound:Shunda"}},
		{"a word the text writes in lower case stays unread",
			"Workers were held at Golden Park near Myawaddy. Golden years are over, a golden age gone.",
			[]string{"Compound:Golden Park"}, nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", names)
}
