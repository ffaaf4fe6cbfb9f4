package reddit

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseReddit(f *testing.F) {
	formatstest.Seed(f, "reddit_search.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := Parse(b)
		if err != nil {
			return
		}
		for _, p := range l.Posts {
			if p.Permalink == "" {
				t.Fatal("post without permalink kept")
			}
		}
	})
}
