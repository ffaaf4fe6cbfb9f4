package registry

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// TestKinds checks what every registered kind declares: a name as written in sources.yaml,
// the content class it expects and the Accept header it sends.
func TestKinds(t *testing.T) {
	names := Kinds().Names()
	if len(names) != 14 {
		t.Errorf("%d kinds registered: %v", len(names), names)
	}
	for _, name := range names {
		k, ok := Kinds().Lookup(name)
		if !ok {
			t.Fatalf("Lookup(%q) failed", name)
		}
		sp := k.Spec()
		if sp.Name != name || sp.Name != strings.ToLower(sp.Name) || sp.Expect == "" || sp.Accept == "" {
			t.Errorf("kind %q: spec %+v", name, sp)
		}
		if sp.Form == sources.List && !sp.Official {
			t.Errorf("sanctions list kind %q is not official", name)
		}
	}
	if _, ok := Kinds().Lookup(""); ok {
		t.Error(`Lookup("") found a kind`)
	}
}

func TestCheck(t *testing.T) {
	ok := []config.Source{{Name: "a", Kind: "rss"}, {Name: "b", Kind: "ofac"}}
	if err := Kinds().Check(ok); err != nil {
		t.Errorf("Check: %v", err)
	}
	err := Kinds().Check(append(ok, config.Source{Name: "c", Kind: "ftp"}))
	if err == nil || !strings.Contains(err.Error(), `source "c": unknown kind "ftp" (one of rss, sitemap, page,`) {
		t.Errorf("unknown kind: %v", err)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		form    sources.Form
		url, ct string
		body    string
		want    string
	}{
		{sources.Listing, "https://cambojanews.com/feed/", "", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, "rss"},
		{sources.Listing, "https://x.org/a.xml", "application/atom+xml", "<x/>", "rss"},
		{sources.Listing, "https://x.org/news-sitemap.xml", "", "", "sitemap"},
		{sources.Listing, "https://x.org/sitemap.xml", "", "<html><body><p>not found</p></body></html>", ""},
		{sources.Listing, "https://api.gdeltproject.org/api/v2/doc/doc?query=x", "", "", "gdelt"},
		{sources.List, "", "", `<?xml version="1.0"?><!-- c --><sdnList xmlns="x"></sdnList>`, "ofac"},
		{sources.List, "https://x.org/files/UK-Sanctions-List.xml", "", "", "uksanctions"},
		{sources.List, "", "", `{"id": "a", "schema": "Person", "properties": {}}`, "opensanctions"},
		// Posts: a DOJ answer quoting a case name is DOJ; an array of statuses is Mastodon.
		{sources.Posts, "", "", `{"resultset": {}, "results": [{"body": "\"caseName\""}]}`, "doj"},
		{sources.Posts, "", "", `[{"account": {}, "created_at": "", "content": "", "kind": "Listing"}]`, "mastodon"},
		{sources.Posts, "https://www.reddit.com/r/cambodia/new.json", "", "", "reddit"},
		{sources.Posts, "https://t.me/s/chan", "", "", "telegram"},
		{sources.Posts, "https://news.example.com/s/story", "", "<html><p>Story</p></html>", ""},
		{sources.Posts, "https://example.org/article", "", "<html><p>Story</p></html>", ""},
	}
	for _, tt := range tests {
		got := ""
		if k := Kinds().Detect(tt.form, tt.url, tt.ct, []byte(tt.body)); k != nil {
			got = k.Spec().Name
		}
		if got != tt.want {
			t.Errorf("Detect(%d, %q, %.30q) = %q, want %q", tt.form, tt.url, tt.body, got, tt.want)
		}
	}
}

// FuzzParse hands any body to every kind: none may panic, and what one yields is labelled
// with its kind and holds only complete parts.
func FuzzParse(f *testing.F) {
	f.Add("https://t.me/s/x", []byte(`<div class="tgme_widget_message" data-post="x/1">`))
	f.Add("https://x.org/api/v1/press_releases.json", []byte(`{"resultset":{"count":1},"results":[{"title":"A","url":"/x"}]}`))
	f.Add("https://x.org/feed/", []byte(`<rss><channel><item><link>/a</link></item></channel></rss>`))
	f.Add("https://x.org/list.ftm.json", []byte(`{"id":"a","schema":"Person","properties":{"name":["A"]}}`))
	f.Fuzz(func(t *testing.T, pageURL string, body []byte) {
		for _, name := range Kinds().Names() {
			k, _ := Kinds().Lookup(name)
			p, err := k.Parse(sources.Response{URL: pageURL, Asked: pageURL, Body: body})
			if err != nil {
				continue
			}
			if p == nil || p.Kind != name {
				t.Fatalf("%s: parsed %+v", name, p)
			}
			for _, part := range p.Parts {
				if part.Kind != name {
					t.Fatalf("%s: part of kind %q", name, part.Kind)
				}
			}
		}
	})
}
