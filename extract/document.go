// Package extract turns one fetched page (HTML article, social post preview, API answer or
// sanctions list) into documents: main text, metadata, typed entities and graded relations with
// the sentence that supports each. It never touches the graph; the same code serves the crawler
// and `scamgraph extract`.
package extract

import (
	"time"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Page is one fetched response handed to the extractor.
type Page struct {
	// URL is the page's original address; it selects the parser when Kind is empty.
	URL string
	// Kind is the source kind from the crawl configuration ("rss", "telegram", "ofac", ...);
	// empty means "detect from URL and content".
	Kind        string
	ContentType string
	Body        []byte
	// Source names the configured source, or the input path for local files.
	Source string
	// Capture is the sha256 of the archived response, when there is one.
	Capture string
	// Hint carries what a feed or listing said about the page before it was fetched.
	Hint Hint
	// Truncated is set when the body was cut at the crawler's size cap: its documents are
	// marked truncated.
	Truncated bool
	// Authority marks a source declared an authority in the crawl configuration (a
	// government or court publisher): what it states of its own actions is official.
	Authority bool
	// Parsed is the crawler's reading of a listing or API answer by its source kind (posts,
	// list entries); when it is there the body is not parsed again.
	Parsed *sources.Parsed
}

// Hint is listing metadata used when the page itself does not say.
type Hint struct {
	Title     string
	Author    string
	Published *time.Time
}
