package reddit

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseReddit(t *testing.T) {
	l, err := Parse(formatstest.Fixture(t, "reddit_search.json"))
	if err != nil {
		t.Fatal(err)
	}
	if l.After != "t3_1o6xyz1" || len(l.Posts) != 2 || len(l.Skipped) != 1 {
		t.Fatalf("after %q posts %d skipped %d", l.After, len(l.Posts), len(l.Skipped))
	}
	p := l.Posts[0]
	if p.ID != "1o6abc1" || p.Name != "t3_1o6abc1" || p.Author != "phnompenh_local" || p.Subreddit != "cambodia" ||
		p.Permalink != "/r/cambodia/comments/1o6abc1/jin_bei_after_the_prince_group_sanctions/" ||
		!strings.Contains(p.Selftext, "Jin Bei casino") {
		t.Errorf("post %+v", p)
	}
	if !p.Created.Equal(time.Unix(1760500000, 0)) {
		t.Errorf("created %v", p.Created)
	}
	_, err = Parse([]byte(`{"message": "Too Many Requests", "error": 429}`))
	if err == nil || !strings.Contains(err.Error(), "429") {
		t.Errorf("429 body: %v", err)
	}
	// A comments page is an array of listings: the first (the post) is read.
	arr := `[` + string(formatstest.Fixture(t, "reddit_search.json")) + `,{"kind":"Listing","data":{"children":[]}}]`
	if l, err := Parse([]byte(arr)); err != nil || len(l.Posts) != 2 {
		t.Errorf("array form: %v", err)
	}
}

// TestParseRejectsGarbage: an empty, HTML, truncated or oversized answer is an error, and no
// garbage panics.
func TestParseRejectsGarbage(t *testing.T) {
	formatstest.RejectsGarbage(t, func(b []byte) error { _, err := Parse(b); return err })
}
