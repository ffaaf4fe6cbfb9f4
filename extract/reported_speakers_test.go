package extract

import (
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestReportedSpeakers holds a subject pronoun after a verb of speech to the speaker named
// just before it, and to no one when the shape does not hold. The names are invented.
func TestReportedSpeakers(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a person denies that he owns a site",
			"Chen Hao denied that he owns the Jade Orchid Park compound.",
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}},
			nil},
		{"a firm denies it owns a site, no that",
			"Golden Reed Holdings Co., Ltd. denies it owns the Jade Orchid Park compound.",
			[]rel{{"Golden Reed Holdings Co., Ltd.", model.Owns, "Jade Orchid Park", ""}},
			nil},
		{"rejected reports that he is a partner",
			"Chen Hao has rejected reports that he is a business partner of Somchai Rattanakorn.",
			[]rel{{"Chen Hao", model.AssociateOf, "Somchai Rattanakorn", ""}},
			nil},
		{"a relative clause of speech",
			"Our boss was a Chinese man, Zhao Jinming, who said he owned Golden Reed Technology Co., Ltd.",
			[]rel{{"Zhao Jinming", model.Owns, "Golden Reed Technology Co., Ltd.", ""}},
			nil},
		{"an it that is owned is the thing spoken of",
			"The Department of Special Investigation said it was owned by Chen Hao.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Department of Special Investigation", ""}}},
		{"a person is not an it",
			"Chen Hao said it owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}}},
		{"a hearer between: told is not read",
			"Chen Hao told Somchai Rattanakorn that he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}, {"Somchai Rattanakorn", model.Owns, "Jade Orchid Park", ""}}},
		{"an unnamed speaker: the lawyer of a named man",
			"Chen Hao's lawyer said he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}}},
		{"a name inside an aside is not the speaker",
			"Lim Bo, a business partner of Chen Hao, said he runs the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Operates, "Jade Orchid Park", ""}}},
		{"a name asked about is not the speaker",
			"Lim Bo, asked about Chen Hao, said he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}}},
		{"a client named after for is not the speaker",
			"The lawyer for Chen Hao said he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}}},
		{"the wife named in apposition is not the he",
			"Chen Hao's wife, Mei Ling, insisted he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Mei Ling", model.Owns, "Jade Orchid Park", ""}}},
		{"a verb the grader does not read as attribution is not read",
			"Lim Bo argues he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Lim Bo", model.Owns, "Jade Orchid Park", ""}}},
		{"a body is not a he",
			"The Tak Provincial Police said he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Tak Provincial Police", model.Owns, "Jade Orchid Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestReportedSpeakersLinear holds the cost of reading pronouns after verbs of speech linear
// in their number in one sentence: each looks up its speaker by offset, not by listing the
// sentence's names again (a hostile page repeats "X said he," thousands of times).
func TestReportedSpeakersLinear(t *testing.T) {
	x := newTestExtractor(t)
	cost := func(n int) time.Duration {
		text := strings.Repeat("Chen Hao said he, ", n) + "and left."
		best := time.Duration(math.MaxInt64)
		for r := 0; r < 3; r++ {
			runtime.GC()
			d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: text}
			t0 := time.Now()
			x.Analyze(&d)
			best = min(best, time.Since(t0))
		}
		return best
	}
	small, large := cost(500), cost(2000)
	// Linear work takes about 4x; listing the sentence's names per pronoun, 16x.
	if large > 10*small {
		t.Errorf("four times the pronouns took %v after %v (%.1fx): speakers are not read in linear time", large, small, float64(large)/float64(small))
	}
}
