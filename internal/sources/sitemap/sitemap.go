// Package sitemap is the sitemap source kind: a (news) sitemap or sitemap index whose pages
// are fetched.
package sitemap

import (
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "sitemap"

// Kind is a (news) sitemap; pages listed are fetched.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Form: sources.Listing, Expect: sources.ExpectXML, Accept: sources.AcceptXML}
}

// Parse reads the sitemaps an index lists and the pages a sitemap lists, leaving out pages
// dated before the source's since.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	sm, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: sm.Skipped}
	for _, child := range sm.Sitemaps {
		p.Lists = append(p.Lists, sources.Link{URL: child})
	}
	for _, e := range sm.URLs {
		at := e.NewsPublished
		if at == nil {
			at = e.LastMod
		}
		if !r.Since.IsZero() && at != nil && at.Before(r.Since) {
			continue
		}
		p.Pages = append(p.Pages, sources.Link{URL: e.Loc, Hint: sources.Hint{Title: e.NewsTitle, Published: e.NewsPublished}})
	}
	return p, nil
}

// ByURL recognises sitemap file names in a body that is not an HTML page.
func (Kind) ByURL(u *url.URL, body []byte) bool {
	if u.Host == "" || sources.LooksLikeHTML(body) {
		return false
	}
	path := strings.ToLower(u.Path)
	return strings.HasSuffix(path, "sitemap.xml") || strings.Contains(path, "sitemap") && strings.HasSuffix(path, ".xml")
}

// ByContent recognises a urlset or sitemapindex root.
func (Kind) ByContent(_ string, body []byte) int {
	h := sources.LowerHead(body, 2048)
	if strings.Contains(h, "<urlset") || strings.Contains(h, "<sitemapindex") {
		return 2
	}
	return 0
}
