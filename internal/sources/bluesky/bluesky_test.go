package bluesky

import "testing"

func TestSearchURL(t *testing.T) {
	for _, c := range []struct{ addr, query, want string }{
		{"https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts", "kk park",
			"https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?limit=100&q=kk+park&since=2025-01-01T00%3A00%3A00Z&sort=latest"},
		{"https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed", "chriskenny.bsky.social",
			"https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=chriskenny.bsky.social&limit=100"},
		{"https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=a.bsky.social", "",
			"https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=a.bsky.social&limit=100"},
		{"https://bsky.social/xrpc/app.bsky.feed.getTimeline", "ignored",
			"https://bsky.social/xrpc/app.bsky.feed.getTimeline?limit=100"},
	} {
		got, err := searchURL(c.addr, c.query, "2025-01-01T00:00:00Z")
		if err != nil || got != c.want {
			t.Errorf("searchURL(%q, %q) = %q, %v; want %q", c.addr, c.query, got, err, c.want)
		}
	}
	if _, err := searchURL("https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed", "", ""); err == nil {
		t.Error("getAuthorFeed without an account was accepted")
	}
}
