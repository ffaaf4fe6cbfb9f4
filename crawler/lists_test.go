package crawler

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
	"github.com/scamgraph/scamgraph/internal/sources/gdelt"
	"github.com/scamgraph/scamgraph/internal/sources/ofac"
	"github.com/scamgraph/scamgraph/internal/sources/opensanctions"
	"github.com/scamgraph/scamgraph/internal/sources/uksanctions"
)

// fixture reads a wire-format fixture kept beside its kind's parser (internal/sources/<kind>/testdata).
func fixture(t *testing.T, name string) []byte {
	t.Helper()
	return formatstest.KindFixture(t, name)
}

// TestSanctionsLists fetches the three list formats, then again: OFAC and the UK list answer
// 304 to If-Modified-Since; OpenSanctions sends no validators, so the unchanged body is
// recognised by its digest. A malformed list and one larger than max_body_bytes fail by name.
func TestSanctionsLists(t *testing.T) {
	srv := newReplay(t)
	sdn, uk, ftm := fixture(t, "sdn.xml"), fixture(t, "uk_sanctions.xml"), fixture(t, "opensanctions.ftm.json")
	lastMod := time.Date(2025, 10, 14, 18, 0, 0, 0, time.UTC)
	serve := func(path, ctype string, body []byte, validators bool) {
		srv.handle(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			if validators {
				if since, err := http.ParseTime(r.Header.Get("If-Modified-Since")); err == nil && !lastMod.After(since) {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				w.Header().Set("Last-Modified", lastMod.Format(http.TimeFormat))
			}
			w.Write(body)
		})
	}
	serve("/exports/SDN.XML", "application/xml", sdn, true)
	serve("/docs/UK-Sanctions-List.xml", "text/xml; charset=utf-8", uk, true)
	serve("/datasets/latest/us_ofac_sdn/entities.ftm.json", "application/json", ftm, false)
	serve("/broken/SDN.XML", "application/xml", sdn[:len(sdn)/2], false)
	serve("/big/SDN.XML", "application/xml", sdn, false)

	cfg := testConfig(t, t.TempDir(), fmt.Sprintf(`  - name: ofac
    kind: ofac
    url: %[1]s/exports/SDN.XML
  - name: uk
    kind: uksanctions
    url: %[1]s/docs/UK-Sanctions-List.xml
  - name: opensanctions
    kind: opensanctions
    url: %[1]s/datasets/latest/us_ofac_sdn/entities.ftm.json
  - name: ofac-broken
    kind: ofac
    url: %[1]s/broken/SDN.XML
  - name: ofac-capped
    kind: ofac
    url: %[1]s/big/SDN.XML
    max_body_bytes: 1000
`, srv.URL))
	rec := &recorder{}
	sum := crawlOnce(t, cfg, testOptions(nil), rec)

	sdnList, err := ofac.Parse(bytes.NewReader(sdn))
	if err != nil {
		t.Fatal(err)
	}
	ukList, err := uksanctions.Parse(bytes.NewReader(uk))
	if err != nil {
		t.Fatal(err)
	}
	nFtM := 0
	ftmSkipped, err := opensanctions.Parse(bytes.NewReader(ftm), func(opensanctions.Entity) error { nFtM++; return nil })
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name           string
		items, skipped int
		body           []byte
	}{
		{"ofac", len(sdnList.Entries), len(sdnList.Skipped), sdn},
		{"uk", len(ukList.Designations), len(ukList.Skipped), uk},
		{"opensanctions", nFtM, len(ftmSkipped), ftm},
	} {
		st := stats(t, sum, c.name)
		if st.Documents != 1 || st.Failed != 0 || st.Items != c.items || st.Skipped != c.skipped || c.items == 0 {
			t.Errorf("%s: %+v (want %d items, %d skipped)", c.name, st, c.items, c.skipped)
		}
		found := false
		for _, cp := range rec.caps {
			found = found || (cp.Source == c.name && bytes.Equal(cp.Body, c.body))
		}
		if !found {
			t.Errorf("%s: list not handed over byte for byte", c.name)
		}
	}
	broken := stats(t, sum, "ofac-broken")
	if broken.Failed != 1 || broken.Documents != 0 || len(broken.Errors) != 1 || !strings.Contains(broken.Errors[0], "/broken/SDN.XML") {
		t.Errorf("broken list: %+v", broken)
	}
	capped := stats(t, sum, "ofac-capped")
	if capped.Failed != 1 || len(capped.Errors) != 1 || !strings.Contains(capped.Errors[0], "max_body_bytes = 1000") {
		t.Errorf("oversized list: %+v", capped)
	}
	var out bytes.Buffer
	sum.Print(&out)
	if !strings.Contains(out.String(), "ofac-broken (ofac): 1 failed") || !strings.Contains(out.String(), "ofac-capped (ofac): 1 failed") {
		t.Errorf("summary does not name the failing sources:\n%s", out.String())
	}

	rec2 := &recorder{}
	sum2 := crawlOnce(t, cfg, testOptions(nil), rec2)
	for _, name := range []string{"ofac", "uk", "opensanctions"} {
		st := stats(t, sum2, name)
		if st.NotModified != 1 || st.Documents != 0 || st.Failed != 0 {
			t.Errorf("second run %s: %+v", name, st)
		}
	}
	if got := srv.requests("/exports/SDN.XML"); len(got) != 2 || got[1].Header.Get("If-Modified-Since") != lastMod.Format(http.TimeFormat) {
		t.Errorf("OFAC second request without If-Modified-Since")
	}
}

// TestGDELTWindows pages GDELT by time window: one request per window since the source's
// since, a full window (250 records) split in halves, a 429 honoured, and on the next run
// only the time after the last run asked for.
func TestGDELTWindows(t *testing.T) {
	srv := newReplay(t)
	var limited atomic.Bool
	srv.handle("/api/v2/doc/doc", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("mode") != "artlist" || q.Get("format") != "json" || q.Get("maxrecords") != "250" {
			http.Error(w, "Invalid query", http.StatusBadRequest)
			return
		}
		if !limited.Swap(true) {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "Please limit requests to one every 5 seconds", http.StatusTooManyRequests)
			return
		}
		start, _ := time.Parse(gdelt.TimeLayout, q.Get("startdatetime"))
		end, _ := time.Parse(gdelt.TimeLayout, q.Get("enddatetime"))
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		var arts []string
		n := 2
		if q.Get("query") == "huione" && end.Sub(start) > 13*time.Hour {
			n = 250 // a full answer: there may be more
		}
		for i := range n {
			u := fmt.Sprintf("%s/news/%s-%d-%s/", srv.URL, q.Get("query"), i, q.Get("startdatetime"))
			arts = append(arts, fmt.Sprintf(`{"url": %q, "url_mobile": "", "title": "Scam story %d", "seendate": %q, "socialimage": "", "domain": "example.org", "language": "English", "sourcecountry": "Cambodia"}`,
				u, i, end.Add(-time.Minute).Format("20060102T150405Z")))
		}
		if q.Get("query") != "huione" {
			arts = append(arts, `{"url": "", "title": "no url"}`)
		}
		fmt.Fprintf(w, `{"articles": [%s]}`, strings.Join(arts, ","))
	})
	srv.handle("/news/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Scam story", r.URL.Path))
	})
	cfg := testConfig(t, t.TempDir(), fmt.Sprintf(`  - name: gdelt
    kind: gdelt
    url: %[1]s/api/v2/doc/doc
    query: "scam"
    window: 24h
    since: 48h
  - name: gdelt-full
    kind: gdelt
    url: %[1]s/api/v2/doc/doc
    query: "huione"
    window: 24h
    since: 24h
    follow: false
`, srv.URL))
	rec := &recorder{}
	sum := crawlOnce(t, cfg, testOptions(nil), rec)
	st := stats(t, sum, "gdelt")
	// Two windows, each listing two articles and one without a url.
	if st.Failed != 0 || st.Documents != 4 || st.Skipped != 2 {
		t.Errorf("gdelt: %+v", st)
	}
	for _, cp := range rec.caps {
		if cp.Source == "gdelt" && (cp.Title == "" || cp.Published == nil) {
			t.Errorf("%s: no title or date hint from GDELT", cp.URL)
		}
	}
	full := stats(t, sum, "gdelt-full")
	if full.Documents != 0 || full.Failed != 0 {
		t.Errorf("gdelt-full: %+v", full)
	}
	var windows []time.Duration
	for _, r := range srv.requests("/api/v2/doc/doc") {
		if r.URL.Query().Get("query") != "huione" {
			continue
		}
		s, _ := time.Parse(gdelt.TimeLayout, r.URL.Query().Get("startdatetime"))
		e, _ := time.Parse(gdelt.TimeLayout, r.URL.Query().Get("enddatetime"))
		windows = append(windows, e.Sub(s).Round(time.Hour))
	}
	if len(windows) < 3 || windows[len(windows)-1] != 12*time.Hour || windows[len(windows)-2] != 12*time.Hour {
		t.Errorf("full window not split in halves: %v", windows)
	}
	firstRunEnd := time.Now()

	before := len(srv.requests("/api/v2/doc/doc"))
	crawlOnce(t, cfg, testOptions(nil), &recorder{})
	for _, r := range srv.requests("/api/v2/doc/doc")[before:] {
		s, _ := time.Parse(gdelt.TimeLayout, r.URL.Query().Get("startdatetime"))
		if firstRunEnd.Sub(s) > time.Minute {
			t.Errorf("second run asked again for %s (window starting %s)", r.URL.Query().Get("query"), s)
		}
	}
}

// TestSitemap follows a sitemap index to a Google News sitemap, keeps its titles and dates
// as hints, skips entries older than since and entries without <loc>.
func TestSitemap(t *testing.T) {
	srv := newReplay(t)
	srv.handle("/sitemap-index.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>%[1]s/english/news-sitemap.xml</loc></sitemap>
  <sitemap><loc>/khmer/news-sitemap.xml</loc></sitemap>
</sitemapindex>`, srv.URL)
	})
	recent := time.Now().UTC().Add(-2 * time.Hour).Format(time.RFC3339)
	srv.handle("/english/news-sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>%[1]s/english/kk-park-raid/</loc>
    <news:news><news:publication><news:name>Radio Free Asia</news:name><news:language>en</news:language></news:publication>
    <news:publication_date>%[2]s</news:publication_date><news:title>KK Park raided</news:title></news:news></url>
  <url><loc>%[1]s/english/old-story/</loc><lastmod>2019-01-09</lastmod></url>
  <url><lastmod>2025-10-21</lastmod></url>
</urlset>`, srv.URL, recent)
	})
	srv.handle("/khmer/news-sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>%s/khmer/story/</loc><lastmod>%s</lastmod></url></urlset>`, srv.URL, recent)
	})
	for _, p := range []string{"/english/kk-park-raid/", "/khmer/story/", "/english/old-story/"} {
		srv.handle(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, article("Story", r.URL.Path))
		})
	}
	cfg := testConfig(t, t.TempDir(), fmt.Sprintf("  - name: rfa\n    kind: sitemap\n    url: %s/sitemap-index.xml\n    since: 30d\n", srv.URL))
	rec := &recorder{}
	sum := crawlOnce(t, cfg, testOptions(nil), rec)
	st := stats(t, sum, "rfa")
	want := []string{srv.URL + "/english/kk-park-raid/", srv.URL + "/khmer/story/"}
	if !sameStrings(rec.urls(), want) || st.Skipped != 1 || st.Failed != 0 || st.Fetched != 5 {
		t.Errorf("handled %v, stats %+v", rec.urls(), st)
	}
	if srv.count("/english/old-story/") != 0 {
		t.Error("entry older than since was fetched")
	}
	kk, _ := rec.byURL(srv.URL + "/english/kk-park-raid/")
	if kk.Title != "KK Park raided" || kk.Published == nil {
		t.Errorf("news sitemap hints: %q %v", kk.Title, kk.Published)
	}
}

// TestFailuresAreIsolated runs one good source among sources that fail in the ways real
// ones do; each failure is reported under its source's name and the good source completes.
func TestFailuresAreIsolated(t *testing.T) {
	srv := newReplay(t)
	srv.handle("/good/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Good</title>
<entry><title>Raid</title><link href="%s/good/raid"/><id>urn:1</id><updated>2025-10-20T00:00:00Z</updated></entry></feed>`, srv.URL)
	})
	srv.handle("/good/raid", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article("Raid", "Police raided the compound."))
	})
	srv.handle("/challenge/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>")
	})
	srv.handle("/forbidden/feed", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "Forbidden", http.StatusForbidden) })
	srv.handle("/malformed/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed`)
	})
	srv.handle("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop?again=1", http.StatusFound) })
	srv.handle("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "ftp://files.example.org/x")
		w.WriteHeader(http.StatusMovedPermanently)
	})
	var flaky atomic.Int32
	srv.handle("/down/feed", func(w http.ResponseWriter, r *http.Request) {
		flaky.Add(1)
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()

	cfg := testConfig(t, t.TempDir(), fmt.Sprintf(`  - name: good
    kind: rss
    url: %[1]s/good/feed
  - name: challenge
    kind: rss
    url: %[1]s/challenge/feed
  - name: forbidden
    kind: rss
    url: %[1]s/forbidden/feed
  - name: malformed
    kind: rss
    url: %[1]s/malformed/feed
  - name: refused
    kind: rss
    url: http://%[2]s/feed
  - name: nodns
    kind: rss
    url: http://feed.nonexistent.invalid/feed
  - name: redirects
    kind: page
    urls: [%[1]s/loop, %[1]s/to-ftp]
  - name: down
    kind: rss
    url: %[1]s/down/feed
  - name: courtlistener
    kind: courtlistener
    url: %[1]s/api/rest/v4/search/
    query: x
    token_env: CL_TOKEN
`, srv.URL, closed))
	rec := &recorder{}
	sum := crawlOnce(t, cfg, testOptions(nil), rec)
	if st := stats(t, sum, "good"); st.Documents != 1 || st.Failed != 0 {
		t.Errorf("good source: %+v", st)
	}
	for name, want := range map[string]string{
		"challenge":     "answered text/html",
		"forbidden":     "HTTP 403",
		"malformed":     "/malformed/feed",
		"refused":       "connection refused",
		"nodns":         "feed.nonexistent.invalid",
		"down":          "HTTP 503",
		"courtlistener": "environment variable CL_TOKEN (token_env) is not set",
	} {
		st := stats(t, sum, name)
		if st.Failed != 1 || len(st.Errors) != 1 || !strings.Contains(st.Errors[0], want) {
			t.Errorf("%s: %+v, want one error containing %q", name, st, want)
		}
	}
	if st := stats(t, sum, "redirects"); st.Failed != 2 || len(st.Errors) != 2 ||
		!strings.Contains(strings.Join(st.Errors, "|"), "more than 3 redirects") ||
		!strings.Contains(strings.Join(st.Errors, "|"), "only http and https") {
		t.Errorf("redirects: %+v", st)
	}
	// 503 is retried (retries: 2), then left for the next run.
	if flaky.Load() != 3 || !strings.Contains(stats(t, sum, "down").Errors[0], "will retry next run") {
		t.Errorf("503 source asked %d times: %v", flaky.Load(), stats(t, sum, "down").Errors)
	}
	if len(srv.requests("/api/rest/v4/search/")) != 0 {
		t.Error("source without its token was fetched")
	}
	var out bytes.Buffer
	sum.Print(&out)
	for _, name := range []string{"challenge", "forbidden", "malformed", "refused", "nodns", "courtlistener"} {
		if !strings.Contains(out.String(), "\n"+name+" (") {
			t.Errorf("summary does not name %s:\n%s", name, out.String())
		}
	}
}
