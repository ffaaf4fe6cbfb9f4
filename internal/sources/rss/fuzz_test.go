package rss

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseFeed(f *testing.F) {
	formatstest.Seed(f, "feed_wordpress.xml", "feed_atom.xml", "feed_windows1252.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		if feed, err := Parse(b); err == nil && feed == nil {
			t.Fatal("nil feed without error")
		}
	})
}

func FuzzParseFeedWith(f *testing.F) {
	formatstest.Seed(f, "feed_wordpress.xml", "feed_atom.xml", "feed_windows1252.xml")
	f.Add([]byte("<rss><channel><title>T\xe3o</title><item><link>http://x/</link><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item></channel></rss>"))
	f.Add([]byte("<rss><channel><title>T</title><item><link>http://x/</link><pubDate>2018-09-18 14:38:10</pubDate></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := ParseWith(b, Options{Charset: "iso-8859-1"})
		if err == nil && (feed == nil || feed.Feed == nil || feed.ZonelessDates > len(feed.Items)) {
			t.Fatalf("feed %+v without error", feed)
		}
	})
}
