package crawler

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestDelayAfterRobots: fetching robots.txt is a request to the host, so the page that asked
// for it waits the host's delay too.
func TestDelayAfterRobots(t *testing.T) {
	srv := newReplay(t)
	var mu sync.Mutex
	var robotsAt, pageAt time.Time
	srv.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		robotsAt = time.Now()
		mu.Unlock()
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	srv.handle("/page", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		pageAt = time.Now()
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article("Page", "Some text about the compound."))
	})
	const delay = 400 * time.Millisecond
	cfg := testConfig(t, t.TempDir(), fmt.Sprintf("  - name: p\n    kind: page\n    url: %s/page\n    delay: 400ms\n", srv.URL))
	sum := crawlOnce(t, cfg, testOptions(nil), &recorder{})
	if st := stats(t, sum, "p"); st.Documents != 1 {
		t.Fatalf("stats %+v", st)
	}
	mu.Lock()
	defer mu.Unlock()
	if gap := pageAt.Sub(robotsAt); gap < delay*3/4 {
		t.Errorf("page requested %s after robots.txt; the host's delay is %s", gap, delay)
	}
}

// TestNetworkFailuresRetriedNextRun: a host that cannot be resolved or refuses connections
// may be back by the next run, so the address stays queued (up to maxTaskFailures runs).
func TestNetworkFailuresRetriedNextRun(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String() + "/feed"
	ln.Close() // nothing listens there now
	for _, c := range []struct{ name, url, want string }{
		{"dns", "http://nothing-here.invalid/feed", "no such host"},
		{"refused", refused, "refused"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir, fmt.Sprintf("  - name: s\n    kind: rss\n    url: %s\n    ignore_robots: true\n    retries: 0\n", c.url))
			for run := 1; run <= 2; run++ {
				st := stats(t, crawlOnce(t, cfg, testOptions(nil), &recorder{}), "s")
				if st.Failed != 1 || st.Queued != 1 || len(st.Errors) != 1 ||
					!strings.Contains(st.Errors[0], c.want) || !strings.Contains(st.Errors[0], "will retry next run") {
					t.Fatalf("run %d: %+v; want the failure named and the address kept for the next run", run, st)
				}
			}
		})
	}
}
