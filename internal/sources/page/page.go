// Package page is the page source kind: single HTML pages listed in the source's urls.
package page

import "github.com/scamgraph/scamgraph/internal/sources"

// Name is the kind as written in sources.yaml.
const Name = "page"

// Kind is single HTML pages, each read as an article.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Form: sources.Article, Expect: sources.ExpectHTML, Accept: sources.AcceptHTML}
}

// Parse hands the page over as a document, once the crawler has checked it is no link farm.
func (Kind) Parse(sources.Response) (*sources.Parsed, error) {
	return &sources.Parsed{Kind: Name, Document: true, HTML: true}, nil
}
