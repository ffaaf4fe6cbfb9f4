package crawler

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

type feedItem struct {
	title, link, author string
	pub                 time.Time
}

// wordpressFeed renders items the way WordPress does (RSS 2.0 with dc:creator and
// content:encoded).
func wordpressFeed(base string, items []feedItem) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>CamboJA News</title>
	<atom:link href="` + base + `/feed/" rel="self" type="application/rss+xml" />
	<link>` + base + `/</link>
	<description>Cambodian Journalists Alliance</description>
	<generator>https://wordpress.org/?v=6.8.3</generator>
`)
	for _, it := range items {
		b.WriteString("\t<item>\n\t\t<title>" + it.title + "</title>\n")
		if it.link != "" {
			b.WriteString("\t\t<link>" + it.link + "</link>\n")
		}
		b.WriteString("\t\t<dc:creator><![CDATA[" + it.author + "]]></dc:creator>\n")
		b.WriteString("\t\t<pubDate>" + it.pub.Format(time.RFC1123Z) + "</pubDate>\n")
		b.WriteString("\t\t<description><![CDATA[<p>" + it.title + "&#8230;</p>]]></description>\n\t</item>\n")
	}
	b.WriteString("</channel>\n</rss>\n")
	return b.String()
}

// TestRSSCrawl covers a WordPress feed with a second page, robots.txt, a 429 with
// Retry-After, a redirect, an oversized page, an item without a link, a PDF link, and then a
// second run answered 304 Not Modified.
func TestRSSCrawl(t *testing.T) {
	srv := newReplay(t)
	base := srv.URL
	day := time.Date(2025, 10, 14, 9, 0, 0, 0, time.UTC)
	page1 := []feedItem{
		{title: "Prince Group sanctioned", link: base + "/2025/10/prince-group-sanctioned/?utm_source=rss", author: "CamboJA Staff", pub: day},
		{title: "O&#8217;Smach Resort", link: base + "/2025/10/osmach/", author: "Staff", pub: day.Add(-time.Hour)},
		{title: "Private page", link: base + "/private/leak/", author: "Staff", pub: day.Add(-2 * time.Hour)},
		{title: "No link at all", author: "Staff", pub: day.Add(-3 * time.Hour)},
	}
	page2 := []feedItem{
		{title: "Moved story", link: base + "/old/moved/", author: "Staff", pub: day.Add(-24 * time.Hour)},
		{title: "Huge story", link: base + "/2025/10/huge/", author: "Staff", pub: day.Add(-25 * time.Hour)},
		{title: "Court filing", link: base + "/files/indictment.pdf", author: "Staff", pub: day.Add(-26 * time.Hour)},
	}
	srv.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	feedETag := `"feed-v1"`
	srv.handle("/feed/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=UTF-8")
		switch r.URL.Query().Get("paged") {
		case "":
			if r.Header.Get("If-None-Match") == feedETag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", feedETag)
			fmt.Fprint(w, wordpressFeed(base, page1))
		case "2":
			fmt.Fprint(w, wordpressFeed(base, page2))
		default:
			http.NotFound(w, r)
		}
	})
	var limited atomic.Int32
	var firstTry, secondTry atomic.Int64
	srv.handle("/2025/10/prince-group-sanctioned/", func(w http.ResponseWriter, r *http.Request) {
		if limited.Add(1) == 1 {
			firstTry.Store(time.Now().UnixNano())
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		secondTry.Store(time.Now().UnixNano())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Prince Group sanctioned", "Chen Zhi was designated."))
	})
	osmach := "<html><head><meta charset=\"windows-1252\"><title>O\x92Smach</title></head><body><p>L.Y.P. Group\x92s resort.</p></body></html>"
	srv.handle("/2025/10/osmach/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, osmach)
	})
	srv.handle("/old/moved/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/2025/10/moved/", http.StatusMovedPermanently)
	})
	srv.handle("/2025/10/moved/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Moved story", "The page moved."))
	})
	srv.handle("/2025/10/huge/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Huge story", strings.Repeat("Scam compound workers were held. ", 10000)))
	})
	srv.handle("/files/indictment.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7\n...")
	})
	srv.handle("/private/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("robots.txt disallowed %s but it was fetched", r.URL)
	})

	dir := t.TempDir()
	cfg := testConfig(t, dir, fmt.Sprintf(`  - name: camboja
    kind: rss
    url: %s/feed/
`, base))
	var progress bytes.Buffer
	rec := &recorder{}
	sum := crawlOnce(t, cfg, testOptions(&progress), rec)
	st := stats(t, sum, "camboja")

	wantDocs := []string{
		base + "/2025/10/prince-group-sanctioned/?utm_source=rss",
		base + "/2025/10/osmach/",
		base + "/old/moved/",
		base + "/2025/10/huge/",
	}
	if got := rec.urls(); !sameStrings(got, wantDocs) {
		t.Fatalf("handled %v\nwant %v", got, wantDocs)
	}
	if st.Documents != 4 || st.Failed != 0 {
		t.Fatalf("stats: %+v", st)
	}
	// 2xx: feed, feed?paged=2, 4 pages, one pdf. (feed?paged=3 answers 404: the end of the
	// pages, not a failure; the 429 and the 301 are not counted.)
	if st.Fetched != 7 {
		t.Errorf("fetched %d, want 7 (%+v)", st.Fetched, st)
	}
	if srv.count("/feed/?paged=3") != 1 {
		t.Errorf("third feed page asked %d times", srv.count("/feed/?paged=3"))
	}
	// Item without a link, robots-disallowed page, PDF.
	if st.Skipped != 3 {
		t.Errorf("skipped %d, want 3", st.Skipped)
	}
	if st.Items != 6 {
		t.Errorf("new feed items %d, want 6", st.Items)
	}

	// 429 with Retry-After: 1 was honoured.
	if n := srv.count("/2025/10/prince-group-sanctioned/?utm_source=rss"); n != 2 {
		t.Errorf("429 page fetched %d times, want 2", n)
	}
	if wait := time.Duration(secondTry.Load() - firstTry.Load()); wait < 900*time.Millisecond {
		t.Errorf("retried after %v, Retry-After asked for 1s", wait)
	}

	// Redirect followed; hints from the feed kept.
	moved, _ := rec.byURL(base + "/old/moved/")
	if moved.FinalURL != base+"/2025/10/moved/" || moved.Title != "Moved story" || moved.Author != "Staff" ||
		moved.Published == nil || !moved.Published.Equal(day.Add(-24*time.Hour)) {
		t.Errorf("redirected capture: final %q title %q author %q published %v", moved.FinalURL, moved.Title, moved.Author, moved.Published)
	}
	// Oversized body cut and flagged.
	huge, _ := rec.byURL(base + "/2025/10/huge/")
	if !huge.Truncated || len(huge.Body) != 65536 {
		t.Errorf("huge page: truncated %v, %d bytes", huge.Truncated, len(huge.Body))
	}
	// Charset recorded from <meta>; exact bytes kept.
	os, _ := rec.byURL(base + "/2025/10/osmach/")
	if os.Charset != "windows-1252" || string(os.Body) != osmach {
		t.Errorf("osmach: charset %q, body %q", os.Charset, os.Body)
	}
	// The archived bytes are the bytes handed over, findable by digest.
	c, err := New(cfg, testOptions(nil))
	if err != nil {
		t.Fatal(err)
	}
	recd, err := c.Archive().Get(context.Background(), os.Digest)
	if err != nil || !bytes.Equal(recd.Body, []byte(osmach)) || recd.URL != base+"/2025/10/osmach/" {
		t.Errorf("archive: %v %q %q", err, recd.URL, recd.Body)
	}
	c.Close()
	if ua := srv.requests("/feed/")[0].Header.Get("User-Agent"); !strings.Contains(ua, "mailto:crawl@example.org") {
		t.Errorf("User-Agent %q has no contact", ua)
	}
	if !strings.Contains(progress.String(), "camboja: fetched 7, not modified 0, failed 0, new documents 4 (done)") {
		t.Errorf("progress:\n%s", progress.String())
	}

	// Second run: the feed answers 304; nothing else is fetched.
	before := len(srv.requests("/"))
	rec2 := &recorder{}
	sum2 := crawlOnce(t, cfg, testOptions(nil), rec2)
	st2 := stats(t, sum2, "camboja")
	if st2.NotModified != 1 || st2.Fetched != 0 || st2.Documents != 0 || len(rec2.caps) != 0 {
		t.Errorf("second run: %+v", st2)
	}
	after := srv.requests("/")[before:]
	if len(after) != 1 || after[0].URL.Path != "/feed/" || after[0].Header.Get("If-None-Match") != feedETag {
		var got []string
		for _, r := range after {
			got = append(got, r.URL.RequestURI()+" "+r.Header.Get("If-None-Match"))
		}
		t.Errorf("second run requests: %v", got)
	}
}
