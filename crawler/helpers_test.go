package crawler

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/config"
)

// replay is a local server that answers like a real source and counts, per request URI,
// the responses it completed.
type replay struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	hits map[string]int
	reqs []*http.Request
}

func newReplay(t *testing.T) *replay {
	t.Helper()
	s := &replay{mux: http.NewServeMux(), hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, r.Clone(context.Background()))
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
		s.mu.Lock()
		s.hits[r.URL.RequestURI()]++
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *replay) handle(pattern string, h http.HandlerFunc) { s.mux.HandleFunc(pattern, h) }

// count returns how many responses were completed for a request URI.
func (s *replay) count(uri string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[uri]
}

// requests returns the requests whose URI starts with prefix.
func (s *replay) requests(prefix string) []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*http.Request
	for _, r := range s.reqs {
		if strings.HasPrefix(r.URL.RequestURI(), prefix) {
			out = append(out, r)
		}
	}
	return out
}

func (s *replay) uris() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for k := range s.hits {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// testConfig parses a config the way `scamgraph crawl` does, with quick limits.
func testConfig(t *testing.T, dataDir, sources string) *config.Config {
	t.Helper()
	y := fmt.Sprintf(`user_agent: "scamgraph-test/1.0 (+mailto:crawl@example.org)"
data_dir: %q
defaults:
  delay: 1ms
  parallelism: 2
  timeout: 5s
  retries: 2
  max_redirects: 3
  max_body_bytes: 65536
sources:
%s`, dataDir, sources)
	cfg, err := config.Parse([]byte(y))
	if err != nil {
		t.Fatalf("config: %v\n%s", err, y)
	}
	return cfg
}

func testOptions(progress *bytes.Buffer) Options {
	o := Options{RetryBase: 5 * time.Millisecond, MaxRetryAfter: 5 * time.Second, ProgressEvery: time.Millisecond,
		Getenv: func(string) string { return "" }}
	if progress != nil {
		o.Progress = progress
	}
	return o
}

// recorder is a Handler keeping what it was given.
type recorder struct {
	mu   sync.Mutex
	caps []Capture
	fail func(Capture) error
}

func (r *recorder) HandleCapture(_ context.Context, c Capture) error {
	if r.fail != nil {
		if err := r.fail(c); err != nil {
			return err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.caps = append(r.caps, c)
	return nil
}

func (r *recorder) urls() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, c := range r.caps {
		out = append(out, c.URL)
	}
	sort.Strings(out)
	return out
}

func (r *recorder) byURL(u string) (Capture, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.caps {
		if c.URL == u {
			return c, true
		}
	}
	return Capture{}, false
}

func crawlOnce(t *testing.T, cfg *config.Config, opts Options, h Handler) *Summary {
	t.Helper()
	c, err := New(cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sum, err := c.Run(ctx, cfg.Sources, h)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func stats(t *testing.T, sum *Summary, name string) SourceStats {
	t.Helper()
	for _, s := range sum.Sources {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no source %q in summary", name)
	return SourceStats{}
}

func article(title, body string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title +
		"</h1><p>" + body + "</p></article></body></html>"
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(a)
	sort.Strings(b)
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
