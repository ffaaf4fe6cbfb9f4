package graphdb

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

func TestCanonicalURL(t *testing.T) {
	same := [][]string{
		{"https://www.Example.com/news/a-story/?utm_source=tw&utm_medium=social", "http://example.com/news/a-story",
			"https://example.com:443/news/a-story?fbclid=IwAR0x", "https://m.example.com/news/a-story/amp"},
		{"https://example.com/p?id=7&lang=en", "https://example.com/p?lang=en&id=7&gclid=x"},
	}
	for _, group := range same {
		for _, u := range group[1:] {
			if CanonicalURL(u) != CanonicalURL(group[0]) {
				t.Errorf("CanonicalURL(%q) = %q, want %q", u, CanonicalURL(u), CanonicalURL(group[0]))
			}
		}
	}
	for _, pair := range [][2]string{
		{"https://example.com/p?id=7", "https://example.com/p?id=8"},
		{"https://list.example/SDN.XML#4632", "https://list.example/SDN.XML#4633"},
		{"https://example.com/a", "https://example.org/a"},
	} {
		if CanonicalURL(pair[0]) == CanonicalURL(pair[1]) {
			t.Errorf("%q and %q fold to one address", pair[0], pair[1])
		}
	}
}

// TestOneDocumentOneVote: one article reached through two sources, at three addresses
// (tracking parameters, http and "www.", a mirror serving the same text), is one Document
// and one vote; a second outlet's report is a second vote from a second publisher.
func TestOneDocumentOneVote(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	owner := tagged(tag, model.Person, "Kyaw Min Tun")
	site := tagged(tag, model.Compound, "Golden Lotus Park")
	text := "Kyaw Min Tun owns Golden Lotus Park, investigators said on Monday after a months-long inquiry into the site. " +
		"Kyaw Min Tun bought Golden Lotus Park in 2021. Workers rescued from the compound described beatings and debt " +
		"bondage, and the provincial police said they had opened a case against the owner and his associates."
	article := func(url, src string) model.Document {
		return model.Document{URL: url, Title: "Park owner named", Language: "en", Text: text, Capture: "cap-" + src + "-" + tag,
			Entities: []model.Entity{owner, site},
			Relations: []model.Relation{
				rel(owner, model.Owns, site, model.Reported, "Kyaw Min Tun owns Golden Lotus Park", 0.9),
				rel(owner, model.Owns, site, model.Reported, "Kyaw Min Tun bought Golden Lotus Park in 2021.", 0.8),
			}}
	}
	seen := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)
	first := "https://news.example/" + tag + "/park-owner?utm_source=rss"
	if _, err := s.Load(ctx, SourceInfo{Name: "rss-" + tag, Kind: "rss"}, []model.Document{article(first, "a")}, seen); err != nil {
		t.Fatal(err)
	}
	again := []model.Document{
		article("http://www.news.example/"+tag+"/park-owner/", "b"),
		article("https://mirror.example/"+tag+"/copy-of-park-owner", "c"),
	}
	if _, err := s.Load(ctx, SourceInfo{Name: "gdelt-" + tag, Kind: "gdelt"}, again, seen.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	other := article("https://other.example/"+tag+"/report", "d")
	other.Text = "Kyaw Min Tun owns Golden Lotus Park, a second outlet reported."
	other.Relations = other.Relations[:1]
	if _, err := s.Load(ctx, SourceInfo{Name: "other-" + tag, Kind: "rss"}, []model.Document{other}, seen); err != nil {
		t.Fatal(err)
	}
	recs, err := s.collect(ctx, `MATCH (d:Document) WHERE d.url CONTAINS $tag
		RETURN d.url AS url, d.urls AS urls, COUNT { (d)-[:FROM_SOURCE]->(:Source) } AS sources ORDER BY url`, map[string]any{"tag": tag})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d documents, want 2 (the article and the second outlet's report)", len(recs))
	}
	kept := recs[0]
	if asString(get(kept, "url")) != first || asInt(get(kept, "sources")) != 2 || len(asStrings(get(kept, "urls"))) != 3 {
		t.Errorf("article document %v, want %s from 2 sources with its 3 addresses", kept.Values, first)
	}
	e := edgeProps(t, s, owner.ID, model.Owns, site.ID)
	if asInt(e["evidence_count"]) != 2 || asInt(e["source_count"]) != 2 {
		t.Errorf("OWNS edge: evidence_count %v, source_count %v; want 2 documents from 2 publishers", e["evidence_count"], e["source_count"])
	}
	// The quotes stay: both sentences of the article are evidence of the one vote.
	n, err := s.collect(ctx, `MATCH (ev:Evidence {rel_key: $key}) RETURN ev.quote AS q`, map[string]any{"key": e["key"]})
	if err != nil || len(n) != 3 {
		t.Errorf("%d evidence records, want 3 quotes (%v)", len(n), err)
	}
	if !slices.ContainsFunc(n, func(r *neo4j.Record) bool { return strings.Contains(asString(get(r, "q")), "bought") }) {
		t.Error("the second quote of the article is lost")
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"https://www.Example.com/a/?utm_source=x&b=2&a=1#f", "http://[::1]:80/x", "%zz", "//host/p?q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c := CanonicalURL(raw)
		if u, err := url.Parse("https:" + c); err != nil || u.Host == "" || !strings.HasPrefix(c, "//") {
			return // no host: left as it was
		}
		if CanonicalURL("https:"+c) != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, c, CanonicalURL("https:"+c))
		}
	})
}
