package crawler

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/config"
)

// TestMain lets the test binary double as a crawl process for TestKillAndResume.
func TestMain(m *testing.M) {
	if os.Getenv("SCAMGRAPH_CRAWL_CHILD") == "1" {
		os.Exit(crawlChild())
	}
	os.Exit(m.Run())
}

// crawlChild crawls the config named by SCAMGRAPH_CRAWL_CONFIG and appends each handled
// capture's URL to SCAMGRAPH_CRAWL_OUT.
func crawlChild() int {
	cfg, err := config.Load(os.Getenv("SCAMGRAPH_CRAWL_CONFIG"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	out, err := os.OpenFile(os.Getenv("SCAMGRAPH_CRAWL_OUT"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer out.Close()
	c, err := New(cfg, Options{RetryBase: 10 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer c.Close()
	var mu sync.Mutex
	sum, err := c.Run(context.Background(), cfg.Sources, HandlerFunc(func(_ context.Context, cp Capture) error {
		mu.Lock()
		defer mu.Unlock()
		_, err := fmt.Fprintf(out, "%s\t%s\n", cp.URL, cp.Digest)
		return err
	}))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	sum.Print(os.Stdout)
	return 0
}

// TestKillAndResume kills a real crawl process with SIGKILL in the middle of a crawl of two
// sources on one host, restarts it, and checks that across both processes every page was
// fetched at most once and every document was handled.
func TestKillAndResume(t *testing.T) {
	// The request during which the first process is killed: early (while robots.txt and the
	// first listing are fetched), in the middle, and late.
	for _, killAt := range []int{3, 11, 19} {
		t.Run(fmt.Sprintf("kill at request %d", killAt), func(t *testing.T) { killAndResume(t, killAt) })
	}
}

func killAndResume(t *testing.T, killAt int) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	var (
		mu       sync.Mutex
		served   = map[string]int{}
		requests int
		child    *exec.Cmd
		killed   bool
	)
	mux := http.NewServeMux()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests++
		if requests == killAt && !killed {
			killed = true
			_ = child.Process.Signal(syscall.SIGKILL)
			mu.Unlock()
			// The crawler is dead; this response is never received.
			time.Sleep(50 * time.Millisecond)
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		mu.Unlock()
		time.Sleep(10 * time.Millisecond) // a slow server
		mux.ServeHTTP(w, r)
		mu.Lock()
		served[r.URL.RequestURI()]++
		mu.Unlock()
	}))
	defer srv.Close()
	base := srv.URL

	var want []string
	var page1, page2 []feedItem
	day := time.Date(2025, 10, 14, 9, 0, 0, 0, time.UTC)
	for i := range 16 {
		it := feedItem{title: fmt.Sprintf("Story %d", i), link: fmt.Sprintf("%s/news/%d/", base, i), author: "Staff", pub: day.Add(-time.Duration(i) * time.Hour)}
		if i < 8 {
			page1 = append(page1, it)
		} else {
			page2 = append(page2, it)
		}
		want = append(want, it.link)
	}
	var sm strings.Builder
	sm.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 6 {
		u := fmt.Sprintf("%s/report/%d/", base, i)
		fmt.Fprintf(&sm, "<url><loc>%s</loc><lastmod>2025-10-1%d</lastmod></url>", u, i)
		want = append(want, u)
	}
	sm.WriteString("</urlset>")
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	mux.HandleFunc("/feed/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		switch r.URL.Query().Get("paged") {
		case "":
			fmt.Fprint(w, wordpressFeed(base, page1))
		case "2":
			fmt.Fprint(w, wordpressFeed(base, page2))
		default:
			http.NotFound(w, r)
		}
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, sm.String())
	})
	for _, p := range []string{"/news/", "/report/"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, article("Page "+r.URL.Path, "Body of "+r.URL.Path))
		})
	}

	cfgPath := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(cfgPath, []byte(fmt.Sprintf(`user_agent: "scamgraph-test (+mailto:crawl@example.org)"
data_dir: %q
defaults:
  delay: 1ms
  parallelism: 1
  retries: 1
sources:
  - name: news
    kind: rss
    url: %s/feed/
  - name: reports
    kind: sitemap
    url: %s/sitemap.xml
`, filepath.Join(dir, "data"), base, base)), 0o644); err != nil {
		t.Fatal(err)
	}
	outPath := filepath.Join(dir, "handled.tsv")
	start := func() (*exec.Cmd, *strings.Builder) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "SCAMGRAPH_CRAWL_CHILD=1", "SCAMGRAPH_CRAWL_CONFIG="+cfgPath, "SCAMGRAPH_CRAWL_OUT="+outPath)
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &out
	}

	mu.Lock()
	child, _ = start()
	first := child
	mu.Unlock()
	err = first.Wait()
	ws, ok := first.ProcessState.Sys().(syscall.WaitStatus)
	if err == nil || !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("first crawl was not killed: %v", err)
	}
	handledBefore := readHandled(t, outPath)
	if len(handledBefore) >= len(want) || (killAt > 10 && len(handledBefore) == 0) {
		t.Fatalf("the kill should land mid-crawl; %d of %d documents were handled", len(handledBefore), len(want))
	}

	second, out := start()
	if err := second.Wait(); err != nil {
		t.Fatalf("second crawl: %v\n%s", err, out)
	}

	mu.Lock()
	defer mu.Unlock()
	for uri, n := range served {
		if n > 1 {
			t.Errorf("%s was fetched %d times across the two processes", uri, n)
		}
	}
	handled := readHandled(t, outPath)
	count := map[string]int{}
	for _, u := range handled {
		count[u]++
	}
	dups := 0
	for _, u := range want {
		switch n := count[u]; {
		case n == 0:
			t.Errorf("%s was never handled", u)
		case n > 1:
			dups += n - 1
		}
		if served[strings.TrimPrefix(u, base)] != 1 {
			t.Errorf("%s served %d times", u, served[strings.TrimPrefix(u, base)])
		}
	}
	// A capture being handled when the process died is handed over again from the archive
	// (at least once); at most the one in progress can repeat.
	if dups > 1 {
		t.Errorf("%d documents handled twice", dups)
	}
	if len(count) != len(want) {
		t.Errorf("handled %d distinct documents, want %d", len(count), len(want))
	}
	if open, _ := filepath.Glob(filepath.Join(dir, "data", "warc", "*.open")); len(open) != 0 {
		t.Errorf("WARC files left open: %v", open)
	}
	t.Logf("killed after %d handled; second run:\n%s", len(handledBefore), out)
}

func readHandled(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if u, _, ok := strings.Cut(sc.Text(), "\t"); ok {
			out = append(out, u)
		}
	}
	return out
}
