// Package registry is the table of source kinds: one registration line per kind. The
// crawler, the extractor and the pipeline look kinds up here; adding a kind is a folder under
// internal/sources/ and a line below.
package registry

import (
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/bluesky"
	"github.com/scamgraph/scamgraph/internal/sources/courtlistener"
	"github.com/scamgraph/scamgraph/internal/sources/doj"
	"github.com/scamgraph/scamgraph/internal/sources/federalregister"
	"github.com/scamgraph/scamgraph/internal/sources/gdelt"
	"github.com/scamgraph/scamgraph/internal/sources/mastodon"
	"github.com/scamgraph/scamgraph/internal/sources/ofac"
	"github.com/scamgraph/scamgraph/internal/sources/opensanctions"
	"github.com/scamgraph/scamgraph/internal/sources/page"
	"github.com/scamgraph/scamgraph/internal/sources/reddit"
	"github.com/scamgraph/scamgraph/internal/sources/rss"
	"github.com/scamgraph/scamgraph/internal/sources/sitemap"
	"github.com/scamgraph/scamgraph/internal/sources/telegram"
	"github.com/scamgraph/scamgraph/internal/sources/uksanctions"
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
