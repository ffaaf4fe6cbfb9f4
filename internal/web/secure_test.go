package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/graphdb"
)

// TestRequestChecks covers the cross-site and foreign-name checks of every request; none of
// these requests reaches the graph.
func TestRequestChecks(t *testing.T) {
	s := New(nil, nil)
	if err := s.SetAccess(Access{BindAddr: "10.1.2.3:8080", PublicHosts: []string{"Graph.Example.org:443", "[2001:db8::1]"}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, method, path, host string
		hdr                      map[string]string
		want                     int
	}{
		{"own page", "GET", "/style.css", "localhost:8080", nil, 200},
		{"bind address", "GET", "/style.css", "10.1.2.3:8080", nil, 200},
		{"public name, any case, no port", "GET", "/style.css", "graph.example.ORG", nil, 200},
		{"public IPv6 name", "GET", "/style.css", "[2001:db8::1]:8080", nil, 200},
		{"loopback IPv6", "GET", "/style.css", "[::1]:8080", nil, 200},
		{"rebinding name", "GET", "/style.css", "attacker.example:8080", nil, 421},
		{"rebinding name with our name as prefix", "GET", "/api/stats", "localhost.attacker.example", nil, 421},
		{"empty Host", "GET", "/api/stats", "", nil, 421},
		{"foreign Origin", "POST", "/api/cypher", "localhost:8080", map[string]string{"Origin": "https://evil.example", "Content-Type": "application/json"}, 403},
		{"Origin with another port", "POST", "/api/cypher", "localhost:8080", map[string]string{"Origin": "http://localhost:9999", "Content-Type": "application/json"}, 403},
		{"null Origin", "GET", "/api/stats", "localhost:8080", map[string]string{"Origin": "null"}, 403},
		{"cross-site no-cors fetch", "GET", "/api/stats", "localhost:8080", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}, 403},
		{"cross-site navigation is a link", "GET", "/style.css", "localhost:8080", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 200},
		{"text/plain body", "POST", "/api/cypher", "localhost:8080", map[string]string{"Content-Type": "text/plain"}, 415},
		{"no content type", "POST", "/api/cypher", "localhost:8080", nil, 415},
		{"multipart form", "POST", "/api/cypher", "localhost:8080", map[string]string{"Content-Type": "multipart/form-data; boundary=x"}, 415},
		{"JSON look-alike", "POST", "/api/cypher", "localhost:8080", map[string]string{"Content-Type": "application/json-seq"}, 415},
	} {
		req := httptest.NewRequest(c.method, c.path, strings.NewReader(`{"query": "RETURN 1"}`))
		req.Host = c.host
		for k, v := range c.hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != c.want {
			t.Errorf("%s: %d %s, want %d", c.name, rec.Code, rec.Body.String(), c.want)
		}
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Resource-Policy", "Cross-Origin-Opener-Policy", "X-Frame-Options"} {
			if rec.Header().Get(k) == "" {
				t.Errorf("%s: no %s", c.name, k)
			}
		}
	}
}

func TestWithCSP(t *testing.T) {
	s := New(nil, nil)
	s.Handle("GET /sandboxed/{sha}", WithCSP(SandboxCSP, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("<script>alert(1)</script>"))
	})))
	req := httptest.NewRequest("GET", "/sandboxed/abc", nil)
	req.Host = "127.0.0.1"
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.HasPrefix(csp, "sandbox") || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("a route's stricter CSP: %q", csp)
	}
}

func TestLoginChecks(t *testing.T) {
	dir := t.TempDir()
	line, err := HashPassword("alice", "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "users")
	os.WriteFile(path, []byte("# team\n\n"+line+"\n"), 0o600)
	users, err := LoadUsers(path)
	if err != nil {
		t.Fatal(err)
	}
	s := New(nil, nil)
	if err := s.SetAccess(Access{Token: "short"}); err == nil {
		t.Error("a 5-character token was accepted")
	}
	if err := s.SetAccess(Access{Users: users, Token: strings.Repeat("k", 20)}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		user, pw string
		ok       bool
	}{
		{"alice", "correct horse battery", true}, {"alice", "wrong", false}, {"bob", "correct horse battery", false},
		{"", strings.Repeat("k", 20), true}, {"", strings.Repeat("k", 19), false}, {"", "", false},
	} {
		if got := s.auth.check(c.user, c.pw); got != c.ok {
			t.Errorf("check(%q, %q) = %v", c.user, c.pw, got)
		}
	}
	for _, bad := range []string{"alice:plaintext\n", "nohash\n", "# only a comment\n"} {
		os.WriteFile(path, []byte(bad), 0o600)
		if _, err := LoadUsers(path); err == nil {
			t.Errorf("users file %q accepted", bad)
		}
	}
	if _, err := HashPassword("a:b", "long enough password"); err == nil {
		t.Error("a name with a colon was accepted")
	}
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:1": true, "[::1]:80": true, "127.8.9.10:1": true,
		"0.0.0.0:8080": false, ":8080": false, "[::]:80": false, "192.168.1.5:80": false, "example.org:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("IsLoopback(%q) = %v", addr, !want)
		}
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter(1.0/60, 3)
	for i := range 3 {
		if ok, _ := l.take("a"); !ok {
			t.Fatalf("request %d of a burst of 3 refused", i+1)
		}
	}
	ok, wait := l.take("a")
	if ok || wait < 1 || wait > 60 {
		t.Errorf("fourth request: ok %v, retry after %d s", ok, wait)
	}
	if ok, _ := l.take("b"); !ok {
		t.Error("another client shares the first one's bucket")
	}
}

// TestStreamCap checks the streamed answer stays under its byte cap and says why it stopped.
func TestStreamCap(t *testing.T) {
	rec := httptest.NewRecorder()
	c := &cypherStream{w: rec, limit: 100 << 10, maxRows: 1000}
	c.Columns([]string{"i", "pad"})
	rows, err := 0, error(nil)
	for ; rows < 1000; rows++ {
		if err = c.Row([]any{rows, strings.Repeat("x", 1000)}); err != nil {
			break
		}
	}
	if !errors.Is(err, graphdb.ErrStopRows) {
		t.Fatalf("100 KiB cap: rows went on (%v)", err)
	}
	c.finish(false, "")
	if rec.Body.Len() > 100<<10 {
		t.Errorf("answer of %d bytes, cap 100 KiB", rec.Body.Len())
	}
	var ans struct {
		Columns   []string
		Rows      [][]any
		Truncated bool
		Reason    string
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil {
		t.Fatalf("capped answer is not JSON: %v", err)
	}
	if !ans.Truncated || !strings.Contains(ans.Reason, "100 KiB") || len(ans.Rows) != rows || len(ans.Rows) < 90 {
		t.Errorf("capped answer: %d rows, truncated %v, reason %q", len(ans.Rows), ans.Truncated, ans.Reason)
	}
	// A single row over the cap leaves no rows, still valid JSON.
	rec = httptest.NewRecorder()
	c = &cypherStream{w: rec, limit: 64 << 10}
	c.Columns([]string{"big"})
	if err := c.Row([]any{strings.Repeat("y", 70<<10)}); !errors.Is(err, graphdb.ErrStopRows) {
		t.Errorf("a row over the cap was written: %v", err)
	}
	c.finish(false, "")
	if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil || len(ans.Rows) != 0 || !ans.Truncated {
		t.Errorf("one huge row: %v %+v", err, ans)
	}
}
