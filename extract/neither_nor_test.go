package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNeitherNor holds neither_nor.go: a "neither ... nor" pair negates the verb for each of
// its names, and a plain pair still holds. The names are invented.
func TestNeitherNor(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall: the rule must not cost plain coordinations.
		{"a plain pair of owners",
			"Li Ming and Zhao Wei owned Shwe Reed Park.",
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}, {"Zhao Wei", model.Owns, "Shwe Reed Park", ""}},
			nil},
		{"two clauses, each its own verb",
			"Li Ming owned Shwe Reed Park and Zhao Wei ran it.",
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}},
			nil},
		// Precision: "neither ... nor" is a denial for both names.
		{"neither A nor B as subject",
			"Neither Li Ming nor Zhao Wei owned Shwe Reed Park, the court found.",
			nil,
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}, {"Zhao Wei", model.Owns, "Shwe Reed Park", ""}}},
		{"neither a firm nor a person ran it",
			"Neither Yatai International nor Li Ming operated Shwe Reed Park.",
			nil,
			[]rel{{"Li Ming", model.Operates, "Shwe Reed Park", ""}, {"Yatai International", model.Operates, "Shwe Reed Park", ""}}},
		{"neither A nor B with an apposed post",
			"Neither Li Ming, nor his partner Zhao Wei, owned Shwe Reed Park.",
			nil,
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}, {"Zhao Wei", model.Owns, "Shwe Reed Park", ""}}},
		{"a passive by neither A nor B",
			"Shwe Reed Park was owned by neither Li Ming nor Zhao Wei.",
			nil,
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}, {"Zhao Wei", model.Owns, "Shwe Reed Park", ""}}},
		{"a passive run neither by A nor by B",
			"Shwe Reed Park was run neither by Li Ming nor by Zhao Wei.",
			nil,
			[]rel{{"Li Ming", model.Operates, "Shwe Reed Park", ""}, {"Zhao Wei", model.Operates, "Shwe Reed Park", ""}}},
		{"not ..., nor did B",
			"Li Ming did not own Shwe Reed Park, nor did Zhao Wei.",
			nil,
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}, {"Zhao Wei", model.Owns, "Shwe Reed Park", ""}}},
		{"not ..., and neither did B",
			"Li Ming did not own Shwe Reed Park, and neither did Zhao Wei.",
			nil,
			[]rel{{"Li Ming", model.Owns, "Shwe Reed Park", ""}, {"Zhao Wei", model.Owns, "Shwe Reed Park", ""}}},
	})
}
