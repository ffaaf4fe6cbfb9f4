// Package federalregister is the federalregister source kind: the Federal Register documents
// API.
package federalregister

import (
	"bytes"
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
	u, err := sources.WithParams(addr, false, "conditions[term]", s.Source.Query, "order", "newest", "per_page", "100",
		"conditions[publication_date][gte]", gte)
	if err != nil {
		return nil, nil, err
	}
	return []sources.Link{{URL: u}}, nil, nil
}

// Parse reads one page of documents and the address of the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: page.Skipped, Document: len(page.Results) > 0}
	for _, d := range page.Results {
		p.Items = append(p.Items, sources.Item{ID: "federalregister:" + cmp.Or(d.DocumentNumber, d.HTMLURL), At: d.PublicationDate})
	}
	if page.NextPageURL != "" {
		p.Next = &sources.Link{URL: page.NextPageURL}
	}
	p.Parts = parts(r.URL, page)
	return p, nil
}

func parts(pageURL string, page *Page) []sources.Part {
	parts := make([]sources.Part, 0, len(page.Results))
	for _, d := range page.Results {
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
		if part.URL == "" {
			continue
		}
		parts = append(parts, part)
	}
	return parts
}

// ByURL recognises the documents API path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	return strings.HasSuffix(path, "/api/v1/documents.json") || strings.HasSuffix(path, "/api/v1/documents")
}

// ByContent recognises the API's document fields.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 64<<10)
	if len(head) > 0 && head[0] == '{' && bytes.Contains(head, []byte(`"document_number"`)) && bytes.Contains(head, []byte(`"html_url"`)) {
		return 2
	}
	return 0
}
