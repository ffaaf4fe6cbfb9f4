// Package federalregister is the federalregister source kind: the Federal Register documents
// API.
package federalregister

import (
	"cmp"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "federalregister"

// Kind is a Federal Register documents search; each document found is a document.
type Kind struct{}

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "Federal Register", Form: sources.Posts, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON, Official: true}
}

// Seeds adds the term, newest first, and since as the first publication date.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	gte := ""
	if !s.Since.IsZero() {
		gte = s.Since.Format("2006-01-02")
	}
	return sources.OneSeed(sources.WithParams(addr, false, "conditions[term]", s.Source.Query, "order", "newest", "per_page", "100",
		"conditions[publication_date][gte]", gte))
}

// Parse reads one page of documents and the address of the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	part := func(d Doc) (sources.Part, bool) { return docPart(r.URL, d) }
	return sources.PostsPage(Name, page.Results, item, part, page.NextPageURL, page.Skipped), nil
}

// item remembers a document by its number, or its address when it has none.
func item(d Doc) sources.Item {
	return sources.Item{ID: Name + ":" + cmp.Or(d.DocumentNumber, d.HTMLURL), At: d.PublicationDate}
}

// docPart is the document of one search hit: its title, what it is and who issued it, and
// its abstract or the search excerpt. A hit without an address gives none.
func docPart(pageURL string, d Doc) (sources.Part, bool) {
	paras := []string{d.Title}
	if d.Type != "" || len(d.Agencies) > 0 {
		line := d.Type
		if len(d.Agencies) > 0 {
			line = strings.TrimSpace(line + " by " + strings.Join(d.Agencies, ", "))
		}
		if d.PublicationDate != nil {
			line += ", published " + d.PublicationDate.Format("2006-01-02")
		}
		paras = append(paras, line+".")
	}
	if d.Abstract != "" {
		paras = append(paras, d.Abstract)
	} else if s := formats.HTMLToText(d.Excerpts); s != "" {
		paras = append(paras, s)
	}
	link := d.HTMLURL
	if link == "" && d.DocumentNumber != "" {
		link = "https://www.federalregister.gov/d/" + url.PathEscape(d.DocumentNumber)
	}
	part := sources.Part{
		URL:       sources.AbsoluteItemURL(pageURL, link, "/api/"),
		Title:     d.Title,
		Author:    strings.Join(d.Agencies, ", "),
		Kind:      Name,
		Published: d.PublicationDate,
		Text:      strings.Join(sources.NonEmpty(paras...), "\n\n"),
	}
	return part, part.URL != ""
}

// ByURL recognises the documents API path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	return sources.PathEndsWith(u, "/api/v1/documents.json", "/api/v1/documents")
}

// ByContent recognises the API's document fields.
func (Kind) ByContent(_ string, body []byte) int {
	if sources.HeadHolds(body, '{', `"document_number"`, `"html_url"`) {
		return 2
	}
	return 0
}
