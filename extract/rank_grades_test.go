package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRankGrades covers a grade after a title, a Roman numeral or an ordinal class
// (rank_grades.go), with the names that open with such a word.
func TestRankGrades(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a Roman numeral grades the post",
			"Dismissed were Immigration Officer I Kristoffer Dimaculangan and Immigration Officer II Janine Abalos.",
			[]string{"Person:Kristoffer Dimaculangan", "Person:Janine Abalos"},
			[]string{"Person:II Janine Abalos"}},
		{"an ordinal class grades the rank",
			"Sergeant Major First Class Sombat Inthachai, a non-commissioned officer, was suspended.",
			[]string{"Person:Sombat Inthachai"},
			[]string{"Person:First Class Sombat Inthachai"}},
		{"a single name after the numeral",
			"Officer II Abalos signed the order.",
			nil,
			[]string{"Person:II Abalos"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
