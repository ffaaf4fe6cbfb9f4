package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDecimalPointEndsNoSentence: a period between digits is a decimal point ("99.97%",
// "$14.2 million"), so the sentence holding it stays whole and its relation reads in one
// sentence; a period after a number before a new sentence still ends it.
func TestDecimalPointEndsNoSentence(t *testing.T) {
	cases := []struct {
		text  string
		sents int
	}{
		{"The exchange's shares are 99.97% held by Siam Prosper Trading. Its manager left.", 2},
		{"She moved at least $14.2 million through the accounts.", 1},
		{"Police freed 412 workers in 2024. 15 of them were minors.", 2},
		{"The fee was 2,000. 30 workers paid it.", 2},
	}
	for _, c := range cases {
		if got := len(SentenceSpans(c.text)); got != c.sents {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.sents)
		}
	}
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, "Trat Eastern Exchange Co., Ltd., which is 99.97% held by Siam Prosper Trading Co., Ltd., changes money in Trat.")
	checkRelations(t, got, []rel{{"Siam Prosper Trading Co., Ltd.", model.Owns, "Trat Eastern Exchange Co., Ltd.", ""}}, nil)
}
