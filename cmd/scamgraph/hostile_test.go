package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/crawler/hostiletest"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
)

// TestCrawlHostileSite runs the real `scamgraph crawl` process, loading into the graph, over a
// local site serving a gzip bomb, a redirect loop, a slow drip, a 200 MB body, an endless
// stream, a latin-1 page, a malformed feed, a 500-then-200 page and a link farm. The crawl must
// finish by itself under 300 MB peak RSS (VmHWM of the process, from /proc), name every cut and
// failure in its summary, and fetch nothing again on a second run.
func TestCrawlHostileSite(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile crawl takes ~30 s; run without -short")
	}
	graphdbtest.Exclusive(t) // each crawl resolves entities across the whole graph
	tag := storetest.Tag(t, "zh")
	t.Cleanup(func() {
		storetest.Write(t, map[string]any{"tag": tag},
			`MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d:Document) WHERE d.url CONTAINS $tag DETACH DELETE ev`)
		storetest.RemoveTagged(t, tag)
	})
	site := hostiletest.NewUnder(t, "/"+tag)
	cfgPath := site.WriteConfig(t, t.TempDir(), "-"+tag)
	bin := binary(t)
	crawl := func() (string, int64) {
		t.Helper()
		var out bytes.Buffer
		cmd := exec.Command(bin, "crawl", "--config", cfgPath)
		cmd.Env = append(os.Environ(), "NEO4J_URI="+graphdbtest.URI())
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		var peak int64
		deadline := time.After(3 * time.Minute)
		for {
			if kb := vmHWM(status); kb > peak {
				peak = kb
			}
			select {
			case err := <-exited:
				// Exit 1: failed sources are reported, as they should be here.
				if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
					t.Fatalf("scamgraph crawl: %v\n%s", err, out.String())
				}
				return out.String(), peak << 10
			case <-deadline:
				cmd.Process.Kill()
				t.Fatalf("the crawl did not finish by itself within 3 minutes\n%s", out.String())
			case <-time.After(20 * time.Millisecond):
			}
		}
	}

	out, peak := crawl()
	t.Logf("first run: peak RSS %d MB\n%s", peak>>20, out)
	if peak == 0 || peak > 300<<20 {
		t.Errorf("peak RSS %d MB; limit 300 MB", peak>>20)
	}
	for _, want := range []string{
		"/loop: more than 3 redirects (max_redirects = 3",
		"/drip", "timeout = 2s", "will retry next run",
		"/broken.xml: feed:",
		"/huge: body cut at max_body_bytes = 4194304",
		"/stream: body cut at max_body_bytes = 4194304",
		"/bomb: body cut at max_body_bytes = 4194304",
		"/farm: 50000 links",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary does not name %q", want)
		}
	}
	if site.Count("/flaky") != 2 {
		t.Errorf("500-then-200 page requested %d times; want a retry within the run", site.Count("/flaky"))
	}

	before := site.Snapshot()
	out2, _ := crawl()
	t.Logf("second run:\n%s", out2)
	after := site.Snapshot()
	for _, p := range []string{"/ok", "/bomb", "/loop", "/huge", "/stream", "/latin1", "/flaky", "/farm"} {
		if after[p] != before[p] {
			t.Errorf("second run fetched %s again", p)
		}
	}
	if after["/feed.xml"] != before["/feed.xml"]+1 || site.Conditional("/feed.xml") != 1 {
		t.Errorf("feed: want one conditional request in the second run")
	}
	if site.Conditional("/broken.xml") != 0 || !strings.Contains(out2, "/broken.xml: feed:") {
		t.Errorf("broken feed: asked conditionally (%d) or not reported again", site.Conditional("/broken.xml"))
	}
}

// vmHWM reads a process's peak resident set size in kB, or 0 once it has exited.
func vmHWM(statusPath string) int64 {
	b, err := os.ReadFile(statusPath)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}
