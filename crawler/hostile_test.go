package crawler_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/crawler/hostiletest"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/internal/config"
)

// The hostile-site test crawls a local site that serves every attack the crawler has met: a
// gzip bomb, a redirect loop, a slow drip, a 200 MB body, an endless stream, a latin-1 page, a
// malformed feed, a page that fails with 500 once, and a link farm. The crawl runs in a child
// process (this test binary, re-run) doing what `scamgraph crawl` does short of loading the
// graph: fetch, archive, extract. The parent serves the site, so the child's peak RSS
// (VmHWM from /proc) is the crawl's alone.

const (
	hostileChildEnv = "SCAMGRAPH_HOSTILE_CHILD"
	hostileRSSLimit = 300 << 20
)

// hostileReport is what the child prints as its last line.
type hostileReport struct {
	Summary string                `json:"summary"`
	Sources []crawler.SourceStats `json:"sources"`
	Docs    []hostileDoc          `json:"docs"`
	PeakRSS int64                 `json:"peak_rss"`
	Took    time.Duration         `json:"took"`
}

type hostileDoc struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"` // first 200 bytes
	Len       int    `json:"len"`
	Truncated bool   `json:"truncated"`
}

// TestHostileCrawlChild is the child's side; it does nothing in a normal test run.
func TestHostileCrawlChild(t *testing.T) {
	cfgPath := os.Getenv(hostileChildEnv)
	if cfgPath == "" {
		return
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var docs []hostileDoc
	h := crawler.HandlerFunc(func(ctx context.Context, c crawler.Capture) error {
		ds, err := x.Extract(ctx, extract.Page{URL: c.FinalURL, Kind: c.Kind, ContentType: c.ContentType, Body: c.Body,
			Source: c.Source, Capture: c.Digest, Truncated: c.Truncated})
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		for _, d := range ds {
			docs = append(docs, hostileDoc{URL: c.URL, Title: d.Title, Text: d.Text[:min(200, len(d.Text))], Len: len(d.Text), Truncated: d.Truncated})
		}
		return nil
	})
	c, err := crawler.New(cfg, crawler.Options{RetryBase: 50 * time.Millisecond, MaxRetryAfter: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	sum, err := c.Run(context.Background(), cfg.Sources, h)
	c.Close()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sum.Print(&out)
	rep := hostileReport{Summary: out.String(), Sources: sum.Sources, Docs: docs, PeakRSS: peakRSS(t), Took: time.Since(start)}
	b, _ := json.Marshal(rep)
	fmt.Printf("\nHOSTILE-REPORT %s\n", b)
}

// peakRSS reads this process' peak resident set size (VmHWM) from /proc.
func peakRSS(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatalf("read /proc/self/status: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("VmHWM %q: %v", v, err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}

func runHostileChild(t *testing.T, cfgPath string) hostileReport {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHostileCrawlChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), hostileChildEnv+"="+cfgPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		t.Fatalf("the crawl did not finish by itself within 3 minutes\n%s\n%s", out, stderr.String())
	}
	if err != nil {
		t.Fatalf("crawl child: %v\n%s\n%s", err, out, stderr.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if j, ok := strings.CutPrefix(sc.Text(), "HOSTILE-REPORT "); ok {
			var rep hostileReport
			if err := json.Unmarshal([]byte(j), &rep); err != nil {
				t.Fatal(err)
			}
			return rep
		}
	}
	t.Fatalf("no report from the crawl child:\n%s\n%s", out, stderr.String())
	return hostileReport{}
}

func TestHostileSiteCrawl(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile crawl takes ~20 s; run without -short")
	}
	site := hostiletest.New(t)
	cfgPath := site.WriteConfig(t, t.TempDir(), "")

	rep := runHostileChild(t, cfgPath)
	t.Logf("first run: %s, peak RSS %d MB\n%s", rep.Took.Round(time.Millisecond), rep.PeakRSS>>20, rep.Summary)
	if rep.PeakRSS > hostileRSSLimit {
		t.Errorf("peak RSS %d MB, limit %d MB", rep.PeakRSS>>20, hostileRSSLimit>>20)
	}
	// Every cut and failure is named in the summary, with the setting that fired.
	for _, want := range []string{
		"/loop: more than 3 redirects (max_redirects = 3",
		"/drip", "timeout = 2s",
		"/broken.xml", "feed:",
		"/huge: body cut at max_body_bytes = 4194304",
		"/stream: body cut at max_body_bytes = 4194304",
		"/bomb: body cut at max_body_bytes = 4194304",
		"/farm: 50000 links",
	} {
		if !strings.Contains(rep.Summary, want) {
			t.Errorf("summary does not name %q", want)
		}
	}
	docs := map[string]hostileDoc{}
	for _, d := range rep.Docs {
		docs[strings.TrimPrefix(d.URL, site.URL)] = d
	}
	for _, p := range []string{"/huge", "/stream", "/bomb"} {
		if d, ok := docs[p]; !ok || !d.Truncated || d.Len == 0 || d.Len > extract.MaxTextBytes {
			t.Errorf("%s: document %+v, want one marked truncated with at most %d bytes of text", p, d, extract.MaxTextBytes)
		}
	}
	if d := docs["/latin1"]; !strings.Contains(d.Text, "A polícia fechou o complexo após a ação") || d.Title != "Notícias" {
		t.Errorf("latin-1 page read as %+v", d)
	}
	if d, ok := docs["/flaky"]; !ok || d.Title != "Second try" || site.Count("/flaky") != 2 {
		t.Errorf("500-then-200: document %+v after %d requests; want it on the second, in the same run", d, site.Count("/flaky"))
	}
	if _, ok := docs["/farm"]; ok || site.Count("/tag/1") != 0 {
		t.Errorf("the link farm became a document or was followed (%d /tag/1 requests)", site.Count("/tag/1"))
	}
	if d, ok := docs["/ok"]; !ok || d.Truncated {
		t.Errorf("ordinary page: %+v", d)
	}
	if n := site.Count("/loop-a") + site.Count("/loop-b"); n > 4 {
		t.Errorf("redirect loop followed %d times", n)
	}

	// The second run fetches nothing it has: the feed answers 304, and no page is fetched
	// again. The broken feed is asked for unconditionally (its failed body left no
	// validators) and fails again; the drip, a network failure, is retried.
	before := site.Snapshot()
	rep2 := runHostileChild(t, cfgPath)
	t.Logf("second run: %s\n%s", rep2.Took.Round(time.Millisecond), rep2.Summary)
	after := site.Snapshot()
	for _, p := range []string{"/ok", "/bomb", "/loop", "/loop-a", "/huge", "/stream", "/latin1", "/flaky", "/farm"} {
		if after[p] != before[p] {
			t.Errorf("second run fetched %s again", p)
		}
	}
	fconds, bconds := site.Conditional("/feed.xml"), site.Conditional("/broken.xml")
	if fconds != 1 || after["/feed.xml"] != before["/feed.xml"]+1 {
		t.Errorf("feed: %d conditional requests, %d requests in the second run; want one conditional request", fconds, after["/feed.xml"]-before["/feed.xml"])
	}
	if bconds != 0 || after["/broken.xml"] != before["/broken.xml"]+1 || !strings.Contains(rep2.Summary, "/broken.xml") {
		t.Errorf("broken feed: %d conditional requests (want 0: a failed body keeps no validators), reported again: %v",
			bconds, strings.Contains(rep2.Summary, "/broken.xml"))
	}
	if after["/drip"] == before["/drip"] || !strings.Contains(rep.Summary, "will retry next run") {
		t.Errorf("the timed-out page was not retried on the next run")
	}
	if len(rep2.Docs) != 0 {
		t.Errorf("second run handed over %d documents", len(rep2.Docs))
	}
}
