package crawler

import (
	"strings"
	"testing"
	"time"
)

func TestCanonicalURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"HTTPS://CamboJANews.com:443/osmach/?utm_source=rss&utm_medium=feed#comments", "https://cambojanews.com/osmach/"},
		{"http://example.org", "http://example.org/"},
		{"http://example.org:80/a?b=2&a=1&fbclid=x", "http://example.org/a?a=1&b=2"},
		{"https://example.org:8443/a", "https://example.org:8443/a"},
		{"https://user:pw@example.org/a", "https://example.org/a"},
	} {
		if got := canonicalURL(c.in); got != c.want {
			t.Errorf("canonicalURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFetchURL(t *testing.T) {
	for _, c := range []struct{ in, want, err string }{
		{"https://example.org/a b?q=x y#frag", "https://example.org/a%20b?q=x%20y", ""},
		{"ftp://example.org/file", "", "only http and https"},
		{"mailto:x@example.org", "", "only http and https"},
		{"/relative/path", "", "bad address"},
	} {
		got, err := fetchURL(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("fetchURL(%q) error %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("fetchURL(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestCheckContentType(t *testing.T) {
	rss := []byte(`<?xml version="1.0"?><rss version="2.0"><channel/></rss>`)
	html := []byte(`<!DOCTYPE html><html><body>Checking your browser</body></html>`)
	for _, c := range []struct {
		expect, ctype string
		body          []byte
		ok            bool
	}{
		{expectFeed, "application/rss+xml; charset=UTF-8", rss, true},
		{expectFeed, "text/xml", rss, true},
		{expectFeed, "text/html; charset=utf-8", html, false},
		{expectFeed, "text/html", rss, true}, // mislabelled feed
		{expectFeed, "", rss, true},          // sniffed
		{expectJSON, "application/json", []byte(`{}`), true},
		{expectJSON, "application/vnd.api+json", []byte(`{}`), true},
		{expectJSON, "text/html", html, false},
		{expectJSON, "text/plain", []byte(`{"articles":[]}`), true},
		{expectXML, "application/octet-stream", rss, true},
		{expectLines, "application/x-ndjson", []byte(`{"id":"x"}`), true},
		{expectHTML, "application/pdf", []byte("%PDF-1.7"), false},
		{expectHTML, "", html, true},
	} {
		err := checkContentType(c.expect, c.ctype, c.body)
		if (err == nil) != c.ok {
			t.Errorf("checkContentType(%s, %q) = %v, want ok=%v", c.expect, c.ctype, err, c.ok)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 10, 15, 8, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Wed, 15 Oct 2025 08:00:30 GMT", 30 * time.Second, true},
		{"Wed, 15 Oct 2025 07:00:00 GMT", 0, true},
		{"soon", 0, false},
		{"-5", 0, false},
		{"", 0, false},
	} {
		got, ok := retryAfter(c.in, now)
		if got != c.want || ok != c.ok {
			t.Errorf("retryAfter(%q) = %v %v, want %v %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2025, 10, 15, 8, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Time
		err  bool
	}{
		{"", time.Time{}, false},
		{"2025-01-01", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"2025-01-01T12:00:00+07:00", time.Date(2025, 1, 1, 5, 0, 0, 0, time.UTC), false},
		{"30d", now.Add(-30 * 24 * time.Hour), false},
		{"72h", now.Add(-72 * time.Hour), false},
		{"last week", time.Time{}, true},
	} {
		got, err := parseSince(c.in, now)
		if (err != nil) != c.err || !got.Equal(c.want) {
			t.Errorf("parseSince(%q) = %v, %v", c.in, got, err)
		}
	}
}

func TestCharsetOf(t *testing.T) {
	for _, c := range []struct {
		ctype, body, want string
	}{
		{"text/html; charset=ISO-8859-1", "", "windows-1252"},
		{"text/html", `<html><head><meta charset="shift_jis"></head>`, "shift_jis"},
		{"text/html", "<html><body>plain</body></html>", "windows-1252"},
		{"application/json", `{"a":1}`, ""},
	} {
		if got := charsetOf(c.ctype, []byte(c.body)); got != c.want {
			t.Errorf("charsetOf(%q, %q) = %q, want %q", c.ctype, c.body, got, c.want)
		}
	}
}

func TestHTMLCanonical(t *testing.T) {
	page := `<html><head><link rel="stylesheet" href="/s.css"><link rel="canonical" href="/2025/10/story/"></head><body><link rel="canonical" href="/late/"></body></html>`
	if got := htmlCanonical("https://example.org/amp/story", []byte(page)); got != "https://example.org/2025/10/story/" {
		t.Errorf("canonical = %q", got)
	}
	if got := htmlCanonical("https://example.org/x", []byte(`<html><body><link rel="canonical" href="/late/"></body></html>`)); got != "" {
		t.Errorf("canonical outside head = %q", got)
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"https://example.org/a?b=1&utm_source=x#f", "http://[::1]:80/", "%zz", "https://ex.org/a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := canonicalURL(s)
		if c2 := canonicalURL(c); c2 != c && strings.HasPrefix(c, "http") {
			// Canonicalising twice must not change a canonical http(s) address again.
			if _, err := fetchURL(s); err == nil {
				t.Errorf("not idempotent: %q -> %q -> %q", s, c, c2)
			}
		}
	})
}

func FuzzHTMLCanonical(f *testing.F) {
	f.Add("https://example.org/", `<link rel="canonical" href="/x">`)
	f.Add("https://example.org/", `<link rel=canonical href="javascript:alert(1)">`)
	f.Add("::", `<link rel="canonical" href="%zz">`)
	f.Fuzz(func(t *testing.T, base, body string) {
		got := htmlCanonical(base, []byte(body))
		if got != "" && !strings.HasPrefix(got, "http://") && !strings.HasPrefix(got, "https://") {
			t.Errorf("canonical %q is not an http(s) address", got)
		}
	})
}

func FuzzCheckContentType(f *testing.F) {
	f.Add("feed", "text/html; charset=utf-8", []byte("<html>"))
	f.Add("json", ";;;", []byte{0xff, 0xfe})
	f.Fuzz(func(t *testing.T, expect, ctype string, body []byte) {
		_ = checkContentType(expect, ctype, body)
		_ = charsetOf(ctype, body)
	})
}
