// Package hostiletest serves, for tests, a local site that does everything a hostile site
// has done to the crawler: a gzip bomb, a redirect loop, a slow drip, a 200 MB body, an endless
// stream, a latin-1 page, a malformed feed, a page that fails with 500 once, and a link farm.
// The crawler's tests and the crawl command's test both crawl it.
package hostiletest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Site serves the attacks and counts requests per path.
type Site struct {
	*httptest.Server
	prefix string // the path the site's pages sit under
	mu     sync.Mutex
	hits   map[string]int
	conds  map[string]int // requests carrying If-None-Match or If-Modified-Since
}

// Count returns how many requests for path the site answered.
func (s *Site) Count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// Conditional returns how many requests for path carried a validator.
func (s *Site) Conditional(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conds[path]
}

// Snapshot returns the request counts per path.
func (s *Site) Snapshot() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for k, v := range s.hits {
		out[k] = v
	}
	return out
}

// Pages are the paths the feed lists.
var Pages = []string{"/ok", "/bomb", "/loop", "/drip", "/huge", "/stream", "/latin1", "/flaky", "/farm"}

// Paragraph is one paragraph of the long pages.
func Paragraph(i int) string {
	return fmt.Sprintf("<p>Paragraph %d of the transcript: the witness said the compound near the river was guarded day and night.</p>\n", i)
}

// New starts the site; it stops when the test ends.
func New(t testing.TB) *Site { return NewUnder(t, "") }

// NewUnder starts the site with every path under prefix ("/zt1234"), so that what a crawl of
// it stores can be told apart by address. Counts are kept by path without the prefix.
func NewUnder(t testing.TB, prefix string) *Site {
	s := &Site{prefix: prefix, hits: map[string]int{}, conds: map[string]int{}}
	mux := http.NewServeMux()
	html := func(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/html; charset=utf-8") }
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"feed-v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"feed-v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile</title><link>` + s.URL + prefix + `/</link>`)
		for _, p := range Pages {
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s%s%s</link><pubDate>Mon, 02 Jun 2025 10:00:00 +0700</pubDate></item>", p, s.URL, prefix, p)
		}
		b.WriteString("</channel></rss>")
		fmt.Fprint(w, b.String())
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") != "" {
			w.WriteHeader(http.StatusNotModified) // what made a broken feed look healthy
			return
		}
		w.Header().Set("ETag", `"broken-v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>cut <link>`)
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		fmt.Fprint(w, "<html><head><title>Ordinary article</title></head><body><article>"+Paragraph(1)+Paragraph(2)+"</article></body></html>")
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		// 200 MB of page compressed on the fly to a few hundred KB.
		html(w)
		w.Header().Set("Content-Encoding", "gzip")
		zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		defer zw.Close()
		if _, err := zw.Write([]byte("<html><head><title>Bomb</title></head><body><article><p>")); err != nil {
			return
		}
		chunk := bytes.Repeat([]byte("boom "), 1<<16)
		for n := 0; n < 200<<20; n += len(chunk) {
			if _, err := zw.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, prefix+"/loop-a", http.StatusFound) })
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, prefix+"/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, prefix+"/loop-a", http.StatusFound) })
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		fl := w.(http.Flusher)
		for i := 0; i < 600; i++ {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			fl.Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		w.Header().Set("Content-Length", strconv.Itoa(200<<20))
		var buf bytes.Buffer
		for i := 0; buf.Len() < 1<<20; i++ {
			buf.WriteString(Paragraph(i))
		}
		chunk := buf.Bytes()
		for n := 0; n < 200<<20; n += len(chunk) {
			c := chunk[:min(len(chunk), 200<<20-n)]
			if _, err := w.Write(c); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/stream", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		fl := w.(http.Flusher)
		for i := 0; ; i++ {
			if _, err := w.Write([]byte(Paragraph(i))); err != nil {
				return
			}
			if i%1000 == 0 {
				fl.Flush()
			}
		}
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		// "polícia", "após" and "ação" in ISO-8859-1 bytes.
		fmt.Fprint(w, "<html><head><title>Not\xedcias</title></head><body><article><p>A pol\xedcia fechou o complexo ap\xf3s a a\xe7\xe3o dos investigadores na fronteira.</p></article></body></html>")
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if s.Count("/flaky") == 0 {
			http.Error(w, "temporarily broken", http.StatusInternalServerError)
			return
		}
		html(w)
		fmt.Fprint(w, "<html><head><title>Second try</title></head><body><article>"+Paragraph(7)+"</article></body></html>")
	})
	mux.HandleFunc("/farm", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		var b strings.Builder
		b.WriteString("<html><head><title>Tags</title></head><body>")
		for i := 0; i < 50000; i++ {
			fmt.Fprintf(&b, `<a href="%s/tag/%d">tag number %d</a> `, prefix, i, i)
		}
		b.WriteString("</body></html>")
		fmt.Fprint(w, b.String())
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path
		if path != "/robots.txt" {
			rest, ok := strings.CutPrefix(path, prefix)
			if !ok {
				http.NotFound(w, r)
				return
			}
			path = rest
			r.URL.Path = rest
		}
		mux.ServeHTTP(w, r)
		s.mu.Lock()
		s.hits[path]++
		if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
			s.conds[path]++
		}
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	return s
}

// WriteConfig writes dir/sources.yaml, a crawl configuration that follows the site's feed and
// its broken feed (sources hostile<suffix> and broken<suffix>) with the limits the hostile
// cases are measured against, keeping its data in dir/data; it returns the file's path.
func (s *Site) WriteConfig(t testing.TB, dir, suffix string) string {
	t.Helper()
	base := s.URL + s.prefix
	y := fmt.Sprintf(`user_agent: "scamgraph-test/1.0 (+mailto:crawl@example.org)"
data_dir: %q
defaults:
  delay: 5ms
  parallelism: 4
  timeout: 2s
  retries: 1
  max_redirects: 3
  max_body_bytes: 4194304
sources:
  - name: hostile%[2]s
    kind: rss
    url: %[3]s/feed.xml
  - name: broken%[2]s
    kind: rss
    url: %[3]s/broken.xml
`, filepath.Join(dir, "data"), suffix, base)
	path := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(path, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
