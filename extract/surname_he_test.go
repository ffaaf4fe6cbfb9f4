package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSurnameHeAfterComma holds the surname He set off by a comma inside a sentence
// (midSentenceSurname): a name there, never the pronoun standing for an earlier person.
func TestSurnameHeAfterComma(t *testing.T) {
	x := newTestExtractor(t)
	checkNameCases(t, x, "https://news.example.org/a", []nameCase{
		{"the surname after a post and a comma", "The tower was run by Sanxing Network Technology Co., Ltd., whose chairman, He Wenbo, holds most of its shares.",
			[]string{"Person:He Wenbo"}, nil},
		{"the surname after a list's comma", "The court heard from the cashier, He Liping, and two guards.",
			[]string{"Person:He Liping"}, nil},
		{"the pronoun opening a sentence stays a pronoun", "Zhao Wei chairs the group. He Visited the site twice.",
			nil, []string{"Person:He Visited"}},
	})
	checkRelCases(t, x, []relCase{
		{"the post is the named chairman's, not an earlier man's", "The group's chairman, Zhao Wei, was sanctioned in 2018. Until last year the tower was run by Sanxing Network Technology Co., Ltd., whose chairman, He Wenbo, holds most of its shares.",
			[]rel{{"He Wenbo", model.Directs, "Sanxing Network Technology Co., Ltd.", ""}},
			[]rel{{"Zhao Wei", model.Directs, "Sanxing Network Technology Co., Ltd.", ""}}},
		{"a pronoun opening the next sentence still stands for the man", "Zhao Wei was sanctioned in 2018. He founded Sanxing Network Technology Co., Ltd. in 2016.",
			[]rel{{"Zhao Wei", model.Directs, "Sanxing Network Technology Co., Ltd.", ""}}, nil},
	})
}
