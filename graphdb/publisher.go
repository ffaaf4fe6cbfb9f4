package graphdb

import (
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources/registry"
	"github.com/scamgraph/scamgraph/model"
)

// publisherOf names the outlet of a document, apart from the crawl source that fetched it:
// what the page says (og:site_name, JSON-LD), else the outlet its source kind names (a record
// of the OFAC list is published by OFAC whatever mirror it was fetched from), else the host of
// its URL.
func publisherOf(d *model.Document, pageURL string) string {
	if p := strings.TrimSpace(d.Publisher); p != "" {
		return clip(p, maxShort)
	}
	if k, ok := registry.Kinds().Lookup(d.Kind); ok && k.Spec().Publisher != "" {
		return k.Spec().Publisher
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
