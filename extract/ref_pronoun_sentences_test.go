package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPronounSentences holds a sentence that names nobody, with a subject pronoun and one
// definite description, to the tie it states (ref_sentences.go) and to the ties it does not.
// The names are invented.
func TestPronounSentences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"he holds a share of the company",
			"Gao Ming founded Golden Reed Co., Ltd. in 2015. He owns 60 percent of the company.",
			[]rel{{"Gao Ming", model.Owns, "Golden Reed Co., Ltd.", ""}},
			nil},
		{"she still owns the firm",
			"Mya Mya set up Golden Reed Co., Ltd. in Yangon in 2015. She still owns the firm.",
			[]rel{{"Mya Mya", model.Owns, "Golden Reed Co., Ltd.", ""}},
			nil},
		{"he runs the compound",
			"Police raided Lotus Bay Park on Monday and arrested Gao Ming. He ran the compound for three years, officials said.",
			[]rel{{"Gao Ming", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"he only visited the compound",
			"Police raided Lotus Bay Park on Monday and questioned Gao Ming. He visited the compound twice last year.",
			nil,
			[]rel{{"Gao Ming", model.Operates, "Lotus Bay Park", ""}, {"Gao Ming", model.Owns, "Lotus Bay Park", ""}}},
		{"he denied owning the firm",
			"Gao Ming was questioned about Golden Reed Co., Ltd. on Monday. He said the company was sold in 2020.",
			nil,
			[]rel{{"Gao Ming", model.Owns, "Golden Reed Co., Ltd.", ""}}},
		// A description that is the object of its own sentence's verb of holding stands for a
		// name before that sentence, never for the verb's subject.
		{"a firm owns the firm named before",
			"Golden Reed Co., Ltd. was named in the report. Silver Crane Holdings Ltd. owns the firm.",
			[]rel{{"Silver Crane Holdings Ltd.", model.Owns, "Golden Reed Co., Ltd.", ""}},
			nil},
		{"a firm holds a stake in the company named before",
			"Golden Reed Co., Ltd. was named in the report. Silver Crane Holdings Ltd. holds a majority stake in the company.",
			[]rel{{"Silver Crane Holdings Ltd.", model.Owns, "Golden Reed Co., Ltd.", ""}},
			nil},
		{"a firm that speaks of the company speaks of itself",
			"Golden Reed Co., Ltd. was named in the report. Silver Crane Holdings Ltd. said the company had sold its hotel.",
			nil,
			[]rel{{"Silver Crane Holdings Ltd.", model.Owns, "Golden Reed Co., Ltd.", ""}, {"Golden Reed Co., Ltd.", model.Owns, "Silver Crane Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
