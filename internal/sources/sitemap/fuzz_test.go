package sitemap

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseSitemap(f *testing.F) {
	formatstest.Seed(f, "sitemap_news.xml", "sitemap_index.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		sm, err := Parse(b)
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
