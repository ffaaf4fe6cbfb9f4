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

// TestFeedCharsetAndZone: a latin-1 feed without an XML declaration is read in the charset the
// response declared ("invalid UTF-8" before); dates without a zone are read in the source's
// timezone, or as UTC with a note naming the setting.
func TestFeedCharsetAndZone(t *testing.T) {
	srv := newReplay(t)
	srv.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv.handle("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=ISO-8859-1")
		fmt.Fprintf(w, "<rss><channel><title>Not\xedcias</title><link>%s/</link>"+
			"<item><title>A\xe7\xe3o policial</title><link>%s/a</link><pubDate>2018-09-17 11:19:42</pubDate></item></channel></rss>", srv.URL, srv.URL)
	})
	srv.handle("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article("Ação policial", "A polícia fechou o complexo."))
	})
	for _, c := range []struct {
		zone, note string
		want       time.Time
	}{
		{"", "1 item dates have no time zone and were read as UTC (set timezone for this source)", time.Date(2018, 9, 17, 11, 19, 42, 0, time.UTC)},
		{"America/Sao_Paulo", "", time.Date(2018, 9, 17, 14, 19, 42, 0, time.UTC)},
	} {
		src := fmt.Sprintf("  - name: uol\n    kind: rss\n    url: %s/feed\n", srv.URL)
		if c.zone != "" {
			src += "    timezone: " + c.zone + "\n"
		}
		rec := &recorder{}
		st := stats(t, crawlOnce(t, testConfig(t, t.TempDir(), src), testOptions(nil), rec), "uol")
		if st.Failed != 0 || st.Documents != 1 {
			t.Fatalf("zone %q: %+v", c.zone, st)
		}
		cp, _ := rec.byURL(srv.URL + "/a")
		if cp.Title != "Ação policial" || cp.Published == nil || !cp.Published.Equal(c.want) {
			t.Errorf("zone %q: hint title %q, published %v; want %v", c.zone, cp.Title, cp.Published, c.want)
		}
		noted := len(st.Notes) > 0 && strings.Contains(st.Notes[0], c.note) // once per page read (the feed and ?paged=2)
		if c.note != "" && !noted || c.note == "" && len(st.Notes) != 0 {
			t.Errorf("zone %q: notes %q", c.zone, st.Notes)
		}
	}
}
