package reddit

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestRedditCaptures(t *testing.T) {
	for _, c := range []struct {
		file, after, first string
		posts              int
	}{
		{"reddit/front_new.json", "t3_48ezfg", "Pokémon could never exist in America because of its society.", 100},
		{"reddit/r_askreddit_new.json", "t3_48f6io", "[Serious] Parents of Reddit, what's the biggest lie about yourself you've told your kids?", 100},
		{"reddit/r_all_search.json", "", "[PRAW][OAuth2Util] Problem using get_banned() : raise Forbidden(_raw=response)", 6},
	} {
		p, err := Parse(sharedtest.Capture(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if len(p.Posts) != c.posts || p.After != c.after || p.Posts[0].Title != c.first || p.Posts[0].Created.IsZero() || p.Posts[0].Permalink == "" {
			t.Errorf("%s: %d posts, after %q, first %+v", c.file, len(p.Posts), p.After, p.Posts[0])
		}
	}
}
