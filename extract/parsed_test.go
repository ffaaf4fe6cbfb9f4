package extract

import (
	"context"
	"testing"

	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

// TestExtractUsesParsed checks that a page the crawler parsed is not parsed again: the posts
// and list entries come from the kind's reading handed over with it, and a reading by another
// kind is ignored.
func TestExtractUsesParsed(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := registry.Kinds()
	parse := func(kind, url, fixture string) *sources.Parsed {
		k, _ := kinds.Lookup(kind)
		p, err := k.Parse(sources.Response{URL: url, Asked: url, Body: formatsFixture(t, fixture)})
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		return p
	}
	tg := parse("telegram", "https://t.me/s/scamwatchkh", "telegram_channel.html")
	sdn := parse("ofac", "https://www.treasury.gov/ofac/downloads/sdn.xml", "sdn.xml")
	garbage := []byte("not what the kind reads")
	tests := []struct {
		name string
		page Page
		want int // documents; -1 for an error
	}{
		{"posts from the crawler's parse", Page{URL: "https://t.me/s/scamwatchkh", Kind: "telegram", Body: garbage, Parsed: tg}, len(tg.Parts)},
		{"list from the crawler's parse", Page{URL: "https://www.treasury.gov/ofac/downloads/sdn.xml", Kind: "ofac", Body: garbage, Parsed: sdn}, -2},
		{"another kind's parse is ignored", Page{URL: "https://t.me/s/scamwatchkh", Kind: "telegram", Body: garbage, Parsed: sdn}, -1},
	}
	for _, tt := range tests {
		docs, err := x.Extract(context.Background(), tt.page)
		switch {
		case tt.want == -1 && err == nil:
			t.Errorf("%s: no error, %d documents", tt.name, len(docs))
		case tt.want == -2 && (err != nil || len(docs) == 0):
			t.Errorf("%s: %d documents, %v", tt.name, len(docs), err)
		case tt.want >= 0 && (err != nil || len(docs) != tt.want || tt.want == 0):
			t.Errorf("%s: %d documents, want %d; %v", tt.name, len(docs), tt.want, err)
		}
		for _, d := range docs {
			if d.Kind != tt.page.Kind {
				t.Errorf("%s: document of kind %q", tt.name, d.Kind)
			}
		}
	}
}
