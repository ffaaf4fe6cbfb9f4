package mastodon

import (
	"net/http"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseMastodon(f *testing.F) {
	formatstest.Seed(f, "mastodon_tag.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		st, _, err := ParseStatuses(b)
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
