// Package rss is the rss source kind: an RSS, Atom or JSON feed whose items link to article
// pages.
package rss

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "rss"

// Kind is an RSS or Atom feed; article pages are fetched from item links.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Form: sources.Listing, Expect: sources.ExpectFeed,
		Accept: "application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5"}
}

// Parse reads the feed's items as links to article pages.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	var zone *time.Location
	if r.Source.Timezone != "" {
		zone, _ = time.LoadLocation(r.Source.Timezone) // checked when the configuration was read
	}
	cs := sources.CharsetOf(r.ContentType, r.Body)
	feed, err := ParseWith(r.Body, Options{Charset: cs, Zone: zone})
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name}
	if feed.ZonelessDates > 0 && zone == nil {
		p.Notes = append(p.Notes, fmt.Sprintf("%s: %d item dates have no time zone and were read as UTC (set timezone for this source)",
			r.URL, feed.ZonelessDates))
	}
	if feed.Charset != "" && cs == "" {
		p.Notes = append(p.Notes, fmt.Sprintf("%s: no charset declared and not UTF-8; read as %s", r.URL, feed.Charset))
	}
	for i, it := range feed.Items {
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" {
			p.Skipped = append(p.Skipped, fmt.Errorf("feed item #%d %q: no link", i+1, it.Title))
			continue
		}
		h := sources.Hint{Title: strings.TrimSpace(it.Title), Published: it.PublishedParsed}
		if h.Published == nil {
			h.Published = it.UpdatedParsed
		}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			h.Author = it.Authors[0].Name
		}
		if abs, err := sources.Resolve(r.URL, link); err == nil {
			p.Items = append(p.Items, sources.Item{ID: "feeditem:" + sources.CanonicalURL(abs), At: h.Published})
		}
		p.Pages = append(p.Pages, sources.Link{URL: link, Hint: h})
	}
	// WordPress pages feeds with ?paged=N; other feeds ignore it, answer the same items
	// (all seen, so paging stops) or 404 (the end).
	if next, err := sources.WithParams(r.Asked, true, "paged", strconv.Itoa(r.Page+2)); err == nil && len(feed.Items) > 0 {
		p.Next = &sources.Link{URL: next}
	}
	// A feed is the document when its links are not followed.
	p.Document = !r.Source.FollowLinks()
	return p, nil
}

// ByURL recognises the usual feed paths of a body that is not an HTML page.
func (Kind) ByURL(u *url.URL, body []byte) bool {
	if u.Host == "" || sources.LooksLikeHTML(body) {
		return false
	}
	path := strings.ToLower(u.Path)
	return strings.HasSuffix(path, "/feed") || strings.HasSuffix(path, "/feed/") || strings.HasSuffix(path, ".rss") ||
		strings.HasSuffix(path, "rss.xml") || strings.HasSuffix(path, "rss2.xml") || strings.HasSuffix(path, "atom.xml")
}

// ByContent recognises an RSS or Atom root, or failing that a feed content type.
func (Kind) ByContent(contentType string, body []byte) int {
	h := sources.LowerHead(body, 2048)
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(h, "<rss") || strings.Contains(h, "<feed") && strings.Contains(h, "xmlns=\"http://www.w3.org/2005/atom\""):
		return 2
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom"):
		return 1
	}
	return 0
}
