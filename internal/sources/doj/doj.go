// Package doj is the doj source kind: the US Department of Justice press releases API.
package doj

import (
	"bytes"
	"cmp"
	"net/url"
	"strconv"
	"strings"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "doj"

// Kind is the DOJ press releases API; each release is a document.
type Kind struct{}

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "U.S. Department of Justice", Form: sources.Posts, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON, Official: true}
}

// Seeds adds the title filter, newest first, from page 0.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	u, err := sources.WithParams(addr, false, "parameters[title]", s.Source.Query, "pagesize", "50", "sort", "date", "direction", "DESC")
	if err == nil {
		u, err = sources.WithParams(u, true, "page", "0")
	}
	if err != nil {
		return nil, nil, err
	}
	return []sources.Link{{URL: u}}, nil, nil
}

// Parse reads one page of releases and the page after it, while the count says there is one.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: page.Skipped, Document: len(page.Results) > 0}
	for _, rel := range page.Results {
		d := rel.Date
		p.Items = append(p.Items, sources.Item{ID: "doj:" + cmp.Or(rel.UUID, rel.URL), At: &d})
	}
	size := max(page.PageSize, len(page.Results)+len(page.Skipped))
	if size > 0 && (page.Page+1)*size < page.Count {
		if next, err := sources.WithParams(r.Asked, true, "page", strconv.Itoa(page.Page+1)); err == nil {
			p.Next = &sources.Link{URL: next}
		}
	}
	p.Parts = parts(r.URL, page)
	return p, nil
}

func parts(pageURL string, page *Page) []sources.Part {
	parts := make([]sources.Part, 0, len(page.Results))
	for _, r := range page.Results {
		text := formats.HTMLToText(r.BodyHTML)
		if text == "" {
			text = formats.HTMLToText(r.Teaser)
		}
		part := sources.Part{
			URL:    sources.AbsoluteItemURL(pageURL, r.URL, "/api/"),
			Title:  r.Title,
			Author: "U.S. Department of Justice",
			Kind:   Name,
			HTML:   r.BodyHTML,
			Text:   text,
		}
		if len(r.Components) > 0 {
			part.Author = r.Components[len(r.Components)-1] // the issuing office, e.g. a USAO
		}
		if !r.Date.IsZero() {
			t := r.Date
			part.Published = &t
		}
		parts = append(parts, part)
	}
	return parts
}

// ByURL recognises the press releases API path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	return strings.HasSuffix(path, "/api/v1/press_releases.json") || strings.HasSuffix(path, "/api/v1/press_releases")
}

// ByContent recognises the API's resultset. It is surer than CourtListener's field names,
// which a release could quote.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 64<<10)
	if len(head) > 0 && head[0] == '{' && bytes.Contains(head, []byte(`"resultset"`)) && bytes.Contains(head, []byte(`"results"`)) {
		return 3
	}
	return 0
}
