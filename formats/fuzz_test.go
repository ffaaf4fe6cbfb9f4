package formats

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"
)

// Each parser must survive arbitrary input: no panic, and a nil error always comes with a
// usable result. Seeds are the fixtures plus known awkward shapes; `go test` runs the seeds,
// `go test -fuzz FuzzParseSDN` explores further.

func seed(f *testing.F, files ...string) {
	for _, name := range files {
		f.Add(fixture(f, name))
	}
	for _, g := range garbageInputs {
		f.Add([]byte(g))
	}
}

func FuzzParseFeed(f *testing.F) {
	seed(f, "feed_wordpress.xml", "feed_atom.xml", "feed_windows1252.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		if feed, err := ParseFeed(b); err == nil && feed == nil {
			t.Fatal("nil feed without error")
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	seed(f, "sitemap_news.xml", "sitemap_index.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		sm, err := ParseSitemap(b)
		if err != nil {
			return
		}
		for _, u := range sm.URLs {
			if u.Loc == "" {
				t.Fatal("url without loc kept")
			}
		}
	})
}

func FuzzParseGDELT(f *testing.F) {
	seed(f, "gdelt_artlist.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseGDELT(b)
		if err != nil {
			return
		}
		for _, a := range l.Articles {
			if a.URL == "" {
				t.Fatal("article without url kept")
			}
		}
	})
}

func FuzzParseCourtListener(f *testing.F) {
	seed(f, "courtlistener_search.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := ParseCourtListener(b); err == nil && p == nil {
			t.Fatal("nil page without error")
		}
	})
}

func FuzzParseDOJ(f *testing.F) {
	seed(f, "doj_press_releases.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseDOJ(b)
		if err != nil {
			return
		}
		for _, r := range p.Results {
			if r.URL == "" {
				t.Fatal("release without url kept")
			}
		}
	})
}

func FuzzParseFederalRegister(f *testing.F) {
	seed(f, "federalregister_documents.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := ParseFederalRegister(b); err == nil && p == nil {
			t.Fatal("nil page without error")
		}
	})
}

func FuzzParseReddit(f *testing.F) {
	seed(f, "reddit_search.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseReddit(b)
		if err != nil {
			return
		}
		for _, p := range l.Posts {
			if p.Permalink == "" {
				t.Fatal("post without permalink kept")
			}
		}
	})
}

func FuzzParseBluesky(f *testing.F) {
	seed(f, "bluesky_searchposts.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseBluesky(b)
		if err != nil {
			return
		}
		for _, post := range p.Posts {
			if l := post.Permalink(); l != "" && !strings.HasPrefix(l, "https://bsky.app/profile/") {
				t.Fatalf("permalink %q", l)
			}
		}
	})
}

func FuzzParseBlueskySession(f *testing.F) {
	seed(f, "bluesky_session.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseBlueskySession(b)
		if err == nil && (s == nil || s.AccessJwt == "") {
			t.Fatal("session without token accepted")
		}
	})
}

func FuzzParseMastodon(f *testing.F) {
	seed(f, "mastodon_tag.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		st, _, err := ParseMastodonStatuses(b)
		if err != nil {
			return
		}
		for _, s := range st {
			if s.ID == "" || s.URL == "" {
				t.Fatal("status without id or url kept")
			}
		}
	})
}

func FuzzParseSDN(f *testing.F) {
	seed(f, "sdn.xml", "sdn_windows1252.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseSDN(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, e := range l.Entries {
			if e.UID <= 0 || e.Name() == "" {
				t.Fatalf("entry kept without uid or name: %+v", e)
			}
		}
	})
}

func FuzzParseUKSanctions(f *testing.F) {
	seed(f, "uk_sanctions.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseUKSanctions(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, d := range l.Designations {
			if d.UniqueID == "" || d.PrimaryName() == "" {
				t.Fatalf("designation kept without id or name: %+v", d)
			}
		}
	})
}

func FuzzParseFtM(f *testing.F) {
	seed(f, "opensanctions.ftm.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := ParseFtM(bytes.NewReader(b), func(e FtMEntity) error {
			if e.ID == "" || e.Schema == "" {
				t.Fatalf("entity without id or schema: %+v", e)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("stream error on in-memory input: %v", err)
		}
	})
}

func FuzzParseTelegram(f *testing.F) {
	seed(f, "telegram_channel.html")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseTelegram(b, "http://127.0.0.1:8999/telegram/s/chan")
		if err != nil {
			return
		}
		for _, post := range p.Posts {
			if !strings.Contains(post.ID, "/") || post.Permalink == "" {
				t.Fatalf("post %+v", post)
			}
		}
		if p.Before != "" && !strings.HasPrefix(p.Before, "http://127.0.0.1:8999/telegram/s/chan?") {
			t.Fatalf("before %q", p.Before)
		}
	})
}

func FuzzHTMLToText(f *testing.F) {
	f.Add("<p>One</p><p>Two<br>three</p>")
	f.Add("<script>x</script><pre> a\n b</pre><ul><li>x</ul>")
	f.Add(string(fixture(f, "telegram_channel.html")))
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLToText(s)
		if out != strings.TrimSpace(out) {
			t.Fatalf("untrimmed output %q", out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output from valid input")
		}
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("more than one blank line in %q", out)
		}
	})
}

func FuzzNextLink(f *testing.F) {
	f.Add(`<https://a/?max_id=1>; rel="next", <https://a/?min_id=2>; rel="prev"`)
	f.Add(`<x>; title="a, \"b\""; rel=next`)
	f.Fuzz(func(t *testing.T, v string) {
		h := http.Header{}
		h.Set("Link", v)
		if got := NextLink(h); got != "" && !strings.Contains(v, got) {
			t.Fatalf("NextLink(%q) = %q, not part of the header", v, got)
		}
	})
}

func FuzzParseFeedWith(f *testing.F) {
	seed(f, "feed_wordpress.xml", "feed_atom.xml", "feed_windows1252.xml")
	f.Add([]byte("<rss><channel><title>T\xe3o</title><item><link>http://x/</link><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item></channel></rss>"))
	f.Add([]byte("<rss><channel><title>T</title><item><link>http://x/</link><pubDate>2018-09-18 14:38:10</pubDate></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := ParseFeedWith(b, FeedOptions{Charset: "iso-8859-1"})
		if err == nil && (feed == nil || feed.Feed == nil || feed.ZonelessDates > len(feed.Items)) {
			t.Fatalf("feed %+v without error", feed)
		}
	})
}

func FuzzPageLinkStats(f *testing.F) {
	seed(f, "telegram_channel.html")
	f.Add([]byte(`<a href="/x">a</a><script><a href="/y">b</a></script><a>no href</a>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		st := PageLinkStats(b)
		if st.LinkText > st.Text || st.Links < 0 {
			t.Fatalf("stats %+v", st)
		}
	})
}
