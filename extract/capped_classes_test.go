package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCappedClassAfter holds capped_classes.go: a place written with a capitalised class word
// after it keeps that fuller form as an alias; a class word that opens another name, or a
// heading in capitals, adds none.
func TestCappedClassAfter(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, place, alias string
		want                     bool
	}{
		{"a district before a comma and its province",
			"Tak Riverside Logistics Co., Ltd., a company registered in Mae Sot District, Tak Province, moved the funds.",
			"Mae Sot", "Mae Sot District", true},
		{"a district ending the sentence",
			"The travel agency Xinghe Travel Co., Ltd. is registered in Sanmin District.",
			"Sanmin", "Sanmin District", true},
		// Precision.
		{"the class word opens a court's name",
			"The Kaohsiung District Court sentenced Lin Chia-hao on Friday.",
			"Kaohsiung", "Kaohsiung District", false},
		{"the class word opens a post",
			"Investigators met in Mae Sot on Monday, and Mae Sot District Chief Somchai Boonmee denied it.",
			"Mae Sot", "Mae Sot District", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			got := false
			for _, e := range d.Entities {
				if e.Type == model.Location && e.Name == c.place && slices.Contains(e.Aliases, c.alias) {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("alias %q of %q: got %v, want %v (%+v)", c.alias, c.place, got, c.want, d.Entities)
			}
		})
	}
	if cappedClassAfter("in MAE SOT DISTRICT, TAK", len("in MAE SOT")) != "" {
		t.Error("a heading in capitals takes no class alias")
	}
}
