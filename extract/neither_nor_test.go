package extract

import (
	"math"
	"strings"
	"testing"
	"time"

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

// TestNeitherListsLinear: in a sentence that holds "neither" and a list of thousands of names
// linked to one firm, each relation's span is read through the sentence's marks, found once,
// and a bounded window: four times the names cost about four times the time (scanning each
// span whole cost sixteen).
func TestNeitherListsLinear(t *testing.T) {
	cost := func(n int) (time.Duration, int) {
		names := listNames(n)
		sent := "Neither the bank nor its auditors explained why the ministry froze the accounts of " + strings.Join(names, ", ") + ", all linked to Prince Holding Group Co., Ltd."
		me := len(sent) - 1
		var starts []int
		at := 0
		for _, nm := range names {
			k := strings.Index(sent[at:], nm)
			starts = append(starts, at+k)
			at += k + len(nm)
		}
		best, hits := time.Duration(math.MaxInt64), 0
		for r := 0; r < 3; r++ {
			hits = 0
			t0 := time.Now()
			m := findNeitherMarks(sent)
			for _, ms := range starts {
				if m.negated(sent, ms, me) {
					hits++
				}
			}
			best = min(best, time.Since(t0))
		}
		return best, hits
	}
	small, h1 := cost(2000)
	large, h2 := cost(8000)
	if h1 != 0 || h2 != 0 {
		t.Errorf("%d and %d list items read as negated: the pair is the bank and its auditors", h1, h2)
	}
	if large > 10*small {
		t.Errorf("a list four times longer took %v after %v (%.1fx): 'neither' is not read in linear time", large, small, float64(large)/float64(small))
	}
	t.Logf("%v %v %.1fx", small, large, float64(large)/float64(small))
}
