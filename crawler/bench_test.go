package crawler

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/config"
)

// BenchmarkCrawl measures crawl throughput against a local server with politeness off: one
// feed listing benchPages articles of about 30 KB each, fetched, archived (or not) and handed
// to a no-op handler. Both variants run in the same invocation:
//
//	go test ./crawler/ -run '^$' -bench Crawl -benchtime 3x
func BenchmarkCrawl(b *testing.B) {
	const benchPages = 300
	// Text that compresses like prose (about 3:1), not like a repeated sentence.
	words := strings.Fields("workers held at the compound described guards debts and forced scamming shifts police " +
		"raided Sihanoukville Myawaddy casino company director sanctioned Treasury court filed indictment bitcoin " +
		"laundering Prince Group Huione KK Park Shwe Kokko border trafficked victims passports confiscated escape")
	rng := rand.New(rand.NewPCG(1, 2))
	var body strings.Builder
	body.WriteString("<!doctype html><html><head><meta charset=\"utf-8\"><title>Story</title></head><body><article>")
	for body.Len() < 30<<10 {
		body.WriteString("<p>")
		for range 60 {
			body.WriteString(words[rng.IntN(len(words))] + " ")
		}
		fmt.Fprintf(&body, "%d.</p>\n", rng.IntN(1000000))
	}
	body.WriteString("</article></body></html>")
	page := body.String()

	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var items []feedItem
	for i := range benchPages {
		items = append(items, feedItem{title: fmt.Sprintf("Story %d", i), link: fmt.Sprintf("%s/story/%d", srv.URL, i),
			author: "Staff", pub: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)})
	}
	feed := wordpressFeed(srv.URL, items)
	mux.HandleFunc("/feed/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("paged") != "" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	})
	mux.HandleFunc("/story/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// Distinct bodies, so content dedupe does not kick in.
		fmt.Fprintf(w, "%s<!-- %s -->", page, r.URL.Path)
	})

	// Each iteration crawls the same site twice, with and without archiving, in alternating
	// order, so both variants see the same machine load; the metrics compare them.
	variants := []bool{false, true} // SkipArchive
	var pages [2]int
	var elapsed [2]time.Duration
	var warcBytes int64
	for i := range b.N {
		for j := range variants {
			v := (i + j) % 2
			skip := variants[v]
			dir := b.TempDir()
			cfg, err := config.Parse([]byte(fmt.Sprintf("user_agent: \"scamgraph-bench (+mailto:b@example.org)\"\ndata_dir: %q\nsources:\n  - name: bench\n    kind: rss\n    url: %s/feed/\n    max_pages: 100000\n",
				dir, srv.URL)))
			if err != nil {
				b.Fatal(err)
			}
			c, err := New(cfg, Options{NoPoliteness: true, SkipArchive: skip, MaxInflight: 8})
			if err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			sum, err := c.Run(context.Background(), cfg.Sources, HandlerFunc(func(context.Context, Capture) error { return nil }))
			elapsed[v] += time.Since(start)
			if err != nil {
				b.Fatal(err)
			}
			st := sum.Sources[0]
			if st.Documents != benchPages || st.Failed != 0 {
				b.Fatalf("crawl: %+v", st)
			}
			pages[v] += st.Fetched
			c.Close()
			files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))
			for _, f := range files {
				if fi, err := os.Stat(f); err == nil {
					warcBytes += fi.Size()
				}
			}
		}
	}
	perPage := func(v int) float64 { return float64(elapsed[v].Microseconds()) / float64(pages[v]) / 1000 }
	b.ReportMetric(float64(pages[0])/elapsed[0].Seconds(), "pages/s-archived")
	b.ReportMetric(float64(pages[1])/elapsed[1].Seconds(), "pages/s-unarchived")
	b.ReportMetric(perPage(0)-perPage(1), "ms/page-archiving")
	b.ReportMetric(float64(warcBytes)/float64(pages[0])/1024, "warcKB/page")
	b.ReportMetric(0, "ns/op")
}
