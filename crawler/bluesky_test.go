package crawler

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// realCapture reads ../shared/captures/<name>.
func realCapture(t testing.TB, name string) []byte { return sharedtest.Capture(t, name) }

// TestBlueskyAuthorFeedCrawl follows an account: the real getAuthorFeed answer gives its 50
// posts and the next page by cursor (it gave "no posts array" before).
func TestBlueskyAuthorFeedCrawl(t *testing.T) {
	srv := newReplay(t)
	page := realCapture(t, "bluesky/getAuthorFeed_2025.json")
	srv.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv.handle("/xrpc/app.bsky.feed.getAuthorFeed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("cursor") != "" {
			fmt.Fprint(w, `{"feed": []}`)
			return
		}
		w.Write(page)
	})
	cfg := testConfig(t, t.TempDir(), fmt.Sprintf("  - name: kenny\n    kind: bluesky\n    url: %s/xrpc/app.bsky.feed.getAuthorFeed\n    query: chriskenny.bsky.social\n    max_body_bytes: 1048576\n", srv.URL))
	rec := &recorder{}
	st := stats(t, crawlOnce(t, cfg, testOptions(nil), rec), "kenny")
	if st.Failed != 0 || st.Items != 50 || st.Documents != 1 {
		t.Fatalf("stats %+v", st)
	}
	reqs := srv.requests("/xrpc/")
	if len(reqs) != 2 || reqs[0].URL.Query().Get("actor") != "chriskenny.bsky.social" || reqs[0].URL.Query().Has("q") ||
		reqs[1].URL.Query().Get("cursor") != "2024-03-21T23:36:16.378Z" {
		t.Errorf("requests %v", srv.uris())
	}
}
