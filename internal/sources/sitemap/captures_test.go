package sitemap

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestSitemapCaptures(t *testing.T) {
	for _, c := range []struct {
		file, firstLoc, newsTitle string
		urls                      int
	}{
		{"sitemap/sitemaps.org_sitemap.xml", "https://www.sitemaps.org/", "", 84},
		{"sitemap/xfeed_news-sitemap.xml", "https://www.xfeed.ca/post/real-id-for-flights-in-2025-hacks-to-prepare-without-stress-global-guide",
			"REAL ID for Flights in 2025: Hacks to Prepare Without Stress (Global Guide)", 8},
		{"sitemap/ccinfo_news-sitemap.xml", "https://www.ccinfo.nl/journaal/3033802_odido-data-op-straat-ai-hackt-overheden-en-chinese-spionage",
			"Odido data op straat, AI hackt overheden en Chinese spionage", 3},
	} {
		s, err := Parse(sharedtest.Capture(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if len(s.URLs) != c.urls || s.URLs[0].Loc != c.firstLoc || s.URLs[0].NewsTitle != c.newsTitle {
			t.Errorf("%s: %d urls, first %+v", c.file, len(s.URLs), s.URLs[0])
		}
		if c.newsTitle != "" && s.URLs[0].NewsPublished == nil {
			t.Errorf("%s: no news publication date", c.file)
		}
	}
}
