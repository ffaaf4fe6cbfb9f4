package bluesky

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseBluesky(f *testing.F) {
	formatstest.Seed(f, "bluesky_searchposts.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b)
		if err != nil {
			return
		}
		for _, post := range p.Posts {
			if l := post.Permalink(); l != "" && !strings.HasPrefix(l, "https://bsky.app/profile/") {
				t.Fatalf("permalink %q", l)
			}
		}
	})
}

func FuzzParseBlueskySession(f *testing.F) {
	formatstest.Seed(f, "bluesky_session.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseSession(b)
		if err == nil && (s == nil || s.AccessJwt == "") {
			t.Fatal("session without token accepted")
		}
	})
}
