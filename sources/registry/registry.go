// Package registry is the table of source kinds: one registration line per kind. The
// crawler, the extractor and the pipeline look kinds up here; adding a kind is a folder under
// sources/ and a line below.
package registry

import (
	"github.com/scamgraph/scamgraph/sources"
	"github.com/scamgraph/scamgraph/sources/bluesky"
	"github.com/scamgraph/scamgraph/sources/courtlistener"
	"github.com/scamgraph/scamgraph/sources/doj"
	"github.com/scamgraph/scamgraph/sources/federalregister"
	"github.com/scamgraph/scamgraph/sources/gdelt"
	"github.com/scamgraph/scamgraph/sources/mastodon"
	"github.com/scamgraph/scamgraph/sources/ofac"
	"github.com/scamgraph/scamgraph/sources/opensanctions"
	"github.com/scamgraph/scamgraph/sources/page"
	"github.com/scamgraph/scamgraph/sources/reddit"
	"github.com/scamgraph/scamgraph/sources/rss"
	"github.com/scamgraph/scamgraph/sources/sitemap"
	"github.com/scamgraph/scamgraph/sources/telegram"
	"github.com/scamgraph/scamgraph/sources/uksanctions"
)

// kinds is built once and never changed. Detection tries kinds in this order.
var kinds = sources.NewRegistry(
	rss.Kind{},
	sitemap.Kind{},
	page.Kind{},
	gdelt.Kind{},
	courtlistener.Kind{},
	doj.Kind{},
	federalregister.Kind{},
	ofac.Kind{},
	uksanctions.Kind{},
	opensanctions.Kind{},
	telegram.Kind{},
	reddit.Kind{},
	bluesky.Kind{},
	mastodon.Kind{},
)

// Kinds returns the registry of every source kind.
func Kinds() *sources.Registry { return kinds }
