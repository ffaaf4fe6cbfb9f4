package config

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	t.Setenv("TEST_BASE", "http://127.0.0.1:9999")
	c, err := Parse([]byte(`
user_agent: "scamgraph-test (+mailto:test@example.org)"
defaults:
  delay: 3s
  max_pages: 10
sources:
  - name: feed
    kind: rss
    url: ${TEST_BASE}/feed/
  - name: court
    kind: courtlistener
    url: ${TEST_BASE}/api/rest/v4/search/
    query: '"Prince Holding Group"'
    token_env: COURTLISTENER_TOKEN
    delay: 7s
    follow: false
    authority: true
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.DataDir != ".scamgraph/data" {
		t.Errorf("data dir default = %q", c.DataDir)
	}
	feed, ok := c.Source("feed")
	if !ok || feed.URL != "http://127.0.0.1:9999/feed/" {
		t.Fatalf("feed source %+v: ${TEST_BASE} not expanded", feed)
	}
	if feed.Limits.Delay.D() != 3*time.Second || feed.Limits.MaxPages != 10 {
		t.Errorf("feed limits %+v: file defaults not applied", feed.Limits)
	}
	if feed.Limits.Timeout.D() != 30*time.Second || feed.Limits.Schedule != "@every 6h" {
		t.Errorf("feed limits %+v: built-in defaults not applied", feed.Limits)
	}
	if !feed.FollowLinks() {
		t.Error("follow should default to true")
	}
	court, _ := c.Source("court")
	if feed.Authority || !court.Authority {
		t.Errorf("authority: feed %v, court %v; want only the court declared one", feed.Authority, court.Authority)
	}
	if court.Limits.Delay.D() != 7*time.Second || court.FollowLinks() || court.TokenEnv != "COURTLISTENER_TOKEN" {
		t.Errorf("court source %+v: per-source settings lost", court)
	}
	if got := court.Addresses(); len(got) != 1 || got[0] != court.URL {
		t.Errorf("Addresses() = %v", got)
	}
}

func TestParseRejects(t *testing.T) {
	const ua = "user_agent: \"x (+mailto:a@b.c)\"\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"no kind", ua + "sources:\n  - {name: a, url: http://x}\n", `source "a" has no kind`},
		{"twice", ua + "sources:\n  - {name: a, kind: rss, url: http://x}\n  - {name: a, kind: rss, url: http://y}\n", "listed twice"},
		{"no url", ua + "sources:\n  - {name: a, kind: rss}\n", "url is empty"},
		{"no name", ua + "sources:\n  - {kind: rss, url: http://x}\n", "has no name"},
		{"no user agent", "sources: []\n", "user_agent is empty"},
		{"bad duration", ua + "defaults: {delay: soon}\n", "not a duration"},
		{"unknown field", ua + "sources:\n  - {name: a, kind: rss, url: http://x, urll: y}\n", "urll"},
		{"bad timezone", ua + "sources:\n  - {name: a, kind: rss, url: http://x, timezone: Mars/Olympus}\n", `timezone "Mars/Olympus"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestLoadNamesMissingFile(t *testing.T) {
	_, err := Load("/nonexistent/sources.yaml")
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/sources.yaml") {
		t.Fatalf("Load error = %v", err)
	}
}

func TestPick(t *testing.T) {
	c := &Config{Sources: []Source{{Name: "a"}, {Name: "b"}, {Name: "c"}}}
	all, err := c.Pick(nil)
	if err != nil || len(all) != 3 {
		t.Fatalf("Pick(nil) = %v, %v; want every source", all, err)
	}
	got, err := c.Pick([]string{"c", "a"})
	if err != nil || len(got) != 2 || got[0].Name != "c" || got[1].Name != "a" {
		t.Fatalf("Pick(c, a) = %v, %v", got, err)
	}
	if _, err := c.Pick([]string{"x"}); err == nil || !strings.Contains(err.Error(), `"x"`) || !strings.Contains(err.Error(), "a, b, c") {
		t.Fatalf("Pick(x) error = %v; want it to name x and list the sources", err)
	}
}

func TestTimezone(t *testing.T) {
	c, err := Parse([]byte("user_agent: \"x (+mailto:a@b.c)\"\nsources:\n  - {name: a, kind: rss, url: http://x, timezone: Asia/Phnom_Penh}\n"))
	if err != nil || c.Sources[0].Timezone != "Asia/Phnom_Penh" {
		t.Fatalf("%v %+v", err, c)
	}
}
