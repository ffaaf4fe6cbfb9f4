package bluesky

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseBluesky(t *testing.T) {
	p, err := Parse(formatstest.Fixture(t, "bluesky_searchposts.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Cursor != "25" || len(p.Posts) != 2 || len(p.Skipped) != 1 {
		t.Fatalf("cursor %q posts %d skipped %d", p.Cursor, len(p.Posts), len(p.Skipped))
	}
	a := p.Posts[0]
	if a.AuthorHandle != "scamwatch.bsky.social" || a.AuthorName != "Scam Watch" || a.AuthorDID != "did:plc:abcde12345abcde12345abcd" ||
		!strings.HasPrefix(a.Text, "OFAC just designated") {
		t.Errorf("post %+v", a)
	}
	if !formatstest.SameTime(a.CreatedAt, time.Date(2025, 10, 14, 19, 2, 11, 345e6, time.UTC)) || a.IndexedAt == nil {
		t.Errorf("times %v %v", a.CreatedAt, a.IndexedAt)
	}
	if got := a.Permalink(); got != "https://bsky.app/profile/scamwatch.bsky.social/post/3m3abcdxyz22k" {
		t.Errorf("permalink %q", got)
	}
	if got := p.Posts[1].Permalink(); got != "https://bsky.app/profile/did:plc:zzzzz12345abcde12345abcd/post/3m3zzzzxyz22k" {
		t.Errorf("invalid-handle permalink %q", got)
	}
	for _, uri := range []string{"", "https://x", "at://did:plc:x/app.bsky.feed.like/abc", "at://did:plc:x/app.bsky.feed.post/"} {
		if got := (Post{URI: uri, AuthorHandle: "h"}).Permalink(); got != "" {
			t.Errorf("Permalink(%q) = %q, want empty", uri, got)
		}
	}
	_, err = Parse([]byte(`{"error":"AuthMissing","message":"Authentication Required"}`))
	if err == nil || !strings.Contains(err.Error(), "AuthMissing") {
		t.Errorf("auth error: %v", err)
	}
}

func TestParseBlueskySession(t *testing.T) {
	s, err := ParseSession(formatstest.Fixture(t, "bluesky_session.json"))
	if err != nil {
		t.Fatal(err)
	}
	if s.AccessJwt != "eyJhbGciOiJFUzI1NksifQ.access.sig" || s.RefreshJwt == "" || s.Handle != "scamgraph.bsky.social" || s.DID == "" {
		t.Errorf("session %+v", s)
	}
	if _, err := ParseSession([]byte(`{"error":"AuthenticationRequired","message":"Invalid identifier or password"}`)); err == nil ||
		!strings.Contains(err.Error(), "Invalid identifier") {
		t.Errorf("bad login: %v", err)
	}
}

// TestParseRejectsGarbage: an empty, HTML, truncated or oversized answer is an error, and no
// garbage panics.
func TestParseRejectsGarbage(t *testing.T) {
	formatstest.RejectsGarbage(t, func(b []byte) error { _, err := Parse(b); return err })
}

func TestParseSessionRejectsGarbage(t *testing.T) {
	formatstest.RejectsGarbage(t, func(b []byte) error { _, err := ParseSession(b); return err })
}

// TestParseRejectsWrongShape: an answer without the results key is an error naming what is
// missing, not an empty page that quietly stops a source.
func TestParseRejectsWrongShape(t *testing.T) {
	formatstest.RejectsWrongShape(t, func(b []byte) error { _, err := Parse(b); return err })
}
