// Package doj is the doj source kind: the US Department of Justice press releases API.
package doj

import (
	"cmp"
	"net/url"
	"strconv"

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
	return sources.OneSeed(u, err)
}

// Parse reads one page of releases and the page after it, while the count says there is one.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	next := ""
	size := max(page.PageSize, len(page.Results)+len(page.Skipped))
	if size > 0 && (page.Page+1)*size < page.Count {
		next = sources.NextPage(r.Asked, "page", strconv.Itoa(page.Page+1))
	}
	part := func(rel Release) (sources.Part, bool) { return releasePart(r.URL, rel), true }
	return sources.PostsPage(Name, page.Results, item, part, next, page.Skipped), nil
}

// item remembers a release by its UUID, or its address when it has none.
func item(rel Release) sources.Item {
	return sources.Item{ID: Name + ":" + cmp.Or(rel.UUID, rel.URL), At: &rel.Date}
}

// releasePart is the document of one release: its body, or its teaser when the body is
// empty, signed by the issuing office when the release names one.
func releasePart(pageURL string, r Release) sources.Part {
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
	return part
}

// ByURL recognises the press releases API path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	return sources.PathEndsWith(u, "/api/v1/press_releases.json", "/api/v1/press_releases")
}

// ByContent recognises the API's resultset. It is surer than CourtListener's field names,
// which a release could quote.
func (Kind) ByContent(_ string, body []byte) int {
	if sources.HeadHolds(body, '{', `"resultset"`, `"results"`) {
		return 3
	}
	return 0
}
