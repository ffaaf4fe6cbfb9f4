package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTieThenPost holds the shapes of tie_then_post.go: a post joined by "and" to the
// subject's tie with another person, the tie told before or as the person's possessive; and
// sentences where the post is not the subject's or is no post.
func TestTieThenPost(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"possessive tie, then the post", "Wu Meiling was Liu Zhenbang's wife and the chief financial officer of Zhenbang Holdings Co., Ltd.",
			[]rel{{"Wu Meiling", model.EmployedBy, "Zhenbang Holdings Co., Ltd.", ""}}, nil},
		{"the tie of a person, then served as", "The defendant Phan Thi Mai was the wife of Liang Wei and served as chief financial officer of Asterion Digital Holdings Ltd.",
			[]rel{{"Phan Thi Mai", model.EmployedBy, "Asterion Digital Holdings Ltd.", ""}}, nil},
		{"an apposition before the copula, a partner", "Tan Kah Hoe, a Malaysian national, was Wei Changsheng's business partner and the general manager of Tianfu International Development Co., Ltd.",
			[]rel{{"Tan Kah Hoe", model.Directs, "Tianfu International Development Co., Ltd.", ""}}, nil},
		// Must not fire.
		{"the post after a comma is the other person's", "Wu Meiling was the wife of Liu Zhenbang, the chief financial officer of Zhenbang Holdings Co., Ltd.",
			nil, []rel{{"Wu Meiling", model.EmployedBy, "Zhenbang Holdings Co., Ltd.", ""}}},
		{"a kin noun after and is no post", "Wu Meiling was Liu Zhenbang's wife and the mother of Zhenbang Holdings Co., Ltd.'s founder.",
			nil, []rel{{"Wu Meiling", model.Directs, "Zhenbang Holdings Co., Ltd.", ""}}},
		{"a former post", "Wu Meiling was Liu Zhenbang's wife and a former chief financial officer of Zhenbang Holdings Co., Ltd.",
			nil, []rel{{"Wu Meiling", model.EmployedBy, "Zhenbang Holdings Co., Ltd.", ""}}},
		{"the post opens a second clause", "The defendant Wu Meiling was Liu Zhenbang's business partner and the general manager of Zhenbang Holdings Co., Ltd. was his nephew, Liu Wen.",
			nil, []rel{{"Wu Meiling", model.Directs, "Zhenbang Holdings Co., Ltd.", ""}}},
		{"the post opens a second clause, a kin tie", "Wu Meiling was Liu Zhenbang's wife and the chief financial officer of Zhenbang Holdings Co., Ltd. was her younger brother.",
			nil, []rel{{"Wu Meiling", model.EmployedBy, "Zhenbang Holdings Co., Ltd.", ""}}},
		{"the subject is not the first name", "Police said that Chen Hao told Wu Meiling was Liu Zhenbang's wife and the chief financial officer of Zhenbang Holdings Co., Ltd.",
			nil, []rel{{"Chen Hao", model.EmployedBy, "Zhenbang Holdings Co., Ltd.", ""}}},
	})
}
