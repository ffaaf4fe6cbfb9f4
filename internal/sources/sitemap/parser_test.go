package sitemap

import (
	"bytes"
	"compress/gzip"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseSitemapNews(t *testing.T) {
	sm, err := Parse(formatstest.Fixture(t, "sitemap_news.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sm.URLs) != 2 || len(sm.Skipped) != 1 || len(sm.Sitemaps) != 0 {
		t.Fatalf("urls %d skipped %d sitemaps %d", len(sm.URLs), len(sm.Skipped), len(sm.Sitemaps))
	}
	u := sm.URLs[0]
	if u.Loc != "https://www.rfa.org/english/cambodia/2025/01/09/cambodia-hun-sen-nephew-lawsuit/" {
		t.Errorf("loc %q", u.Loc)
	}
	if u.NewsTitle != "Hun Sen nephew files lawsuit" || u.NewsLanguage != "en" || u.NewsPublication != "Radio Free Asia" {
		t.Errorf("news %+v", u)
	}
	if !formatstest.SameTime(u.NewsPublished, time.Date(2025, 1, 9, 13, 0, 0, 0, time.UTC)) || !formatstest.SameTime(u.LastMod, time.Date(2025, 1, 9, 14, 20, 0, 0, time.UTC)) {
		t.Errorf("dates %v %v", u.NewsPublished, u.LastMod)
	}
	if sm.URLs[1].Loc != "https://www.rfa.org/english/myanmar/2025/10/20/kk-park-raid/" || !formatstest.SameTime(sm.URLs[1].LastMod, formatstest.Day(2025, 10, 20)) {
		t.Errorf("second %+v", sm.URLs[1])
	}
}

func TestParseSitemapIndexAndGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(formatstest.Fixture(t, "sitemap_index.xml"))
	zw.Close()
	for name, body := range map[string][]byte{"plain": formatstest.Fixture(t, "sitemap_index.xml"), "gzip": buf.Bytes()} {
		sm, err := Parse(body)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := []string{"https://www.rfa.org/english/news-sitemap.xml", "https://www.rfa.org/khmer/news-sitemap.xml"}
		if !slices.Equal(sm.Sitemaps, want) || len(sm.URLs) != 0 {
			t.Errorf("%s: sitemaps %v urls %d", name, sm.Sitemaps, len(sm.URLs))
		}
	}
}

func TestParseSitemapCharset(t *testing.T) {
	body := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset><url><loc>https://example.org/caf\xe9</loc><news:news xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><news:title>Caf\xe9</news:title></news:news></url></urlset>")
	sm, err := Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	if sm.URLs[0].Loc != "https://example.org/café" || sm.URLs[0].NewsTitle != "Café" {
		t.Errorf("got %+v", sm.URLs[0])
	}
}

func TestParseSitemapBad(t *testing.T) {
	bad := append([]string{
		`<rss><channel></channel></rss>`,
		`<urlset><url><loc>https://a/</loc>`,
		"\x1f\x8bnot gzip",
	}, formatstest.GarbageInputs()...)
	for _, b := range bad {
		if _, err := Parse([]byte(b)); err == nil {
			t.Errorf("Parse(%q) gave no error", b)
		}
	}
	if _, err := Parse(formatstest.Oversized()); !errors.Is(err, formats.ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
	// A gzip bomb inflating past the bound is refused; one within it is not.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Repeat(" ", 4<<20)))
	zw.Close()
	if _, err := gunzipBounded(buf.Bytes(), 1<<20); !errors.Is(err, formats.ErrTooLarge) {
		t.Errorf("gzip bomb: %v", err)
	}
	if out, err := gunzipBounded(buf.Bytes(), 4<<20); err != nil || len(out) != 4<<20 {
		t.Errorf("within bound: %d %v", len(out), err)
	}
}
