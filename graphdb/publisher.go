package graphdb

import (
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/extract"
)

// kindPublishers name the outlet of documents whose parser fixes it: a record of the OFAC
// list is published by OFAC whatever mirror it was fetched from.
var kindPublishers = map[string]string{
	"ofac":            "U.S. Treasury OFAC",
	"uksanctions":     "UK Foreign, Commonwealth & Development Office",
	"opensanctions":   "OpenSanctions",
	"doj":             "U.S. Department of Justice",
	"federalregister": "Federal Register",
	"courtlistener":   "CourtListener",
	"reddit":          "Reddit",
	"bluesky":         "Bluesky",
	"telegram":        "Telegram",
}

// publisherOf names the outlet of a document, apart from the crawl source that fetched it:
// what the page says (og:site_name, JSON-LD), else the outlet its parser implies, else the
// host of its URL.
func publisherOf(d *extract.Document, pageURL string) string {
	if p := strings.TrimSpace(d.Publisher); p != "" {
		return clip(p, maxShort)
	}
	if p, ok := kindPublishers[d.Kind]; ok {
		return p
	}
	return clip(hostPublisher(pageURL), maxShort)
}

// hostPublisher names a page's outlet by its host ("www.rfa.org" -> "rfa.org"); "" for an
// address without a host.
func hostPublisher(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
