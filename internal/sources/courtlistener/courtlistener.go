// Package courtlistener is the courtlistener source kind: CourtListener REST v4 search
// (RECAP dockets), cursor paging.
package courtlistener

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "courtlistener"

// Kind is a CourtListener search; each docket found is a document.
type Kind struct{}

// Spec describes the kind. CourtListener takes its API token as "Token <key>".
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "CourtListener", Form: sources.Posts, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON,
		Official: true, TokenScheme: "Token"}
}

// Seeds adds the query, newest first, and since as filed_after.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	after := ""
	if !s.Since.IsZero() {
		after = s.Since.Format("2006-01-02")
	}
	u, err := sources.WithParams(addr, false, "q", s.Source.Query, "type", "r", "order_by", "dateFiled desc", "filed_after", after)
	if err != nil {
		return nil, nil, err
	}
	return []sources.Link{{URL: u}}, nil, nil
}

// Parse reads one page of results: its dockets and the cursor to the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: page.Skipped, Document: len(page.Results) > 0}
	for _, c := range page.Results {
		id := c.AbsoluteURL
		if id == "" {
			id = strconv.Itoa(c.DocketID) + "/" + c.CaseName
		}
		p.Items = append(p.Items, sources.Item{ID: "courtlistener:" + id, At: c.DateFiled})
	}
	if page.Next != "" {
		p.Next = &sources.Link{URL: page.Next}
	}
	p.Parts = parts(r.URL, page)
	return p, nil
}

func parts(pageURL string, page *Page) []sources.Part {
	parts := make([]sources.Part, 0, len(page.Results))
	for _, r := range page.Results {
		var paras, facts []string
		if r.Court != "" {
			facts = append(facts, r.Court)
		}
		if r.DocketNumber != "" {
			facts = append(facts, "docket "+r.DocketNumber)
		}
		if r.DateFiled != nil {
			facts = append(facts, "filed "+r.DateFiled.Format("2006-01-02"))
		}
		head := r.CaseName
		if len(facts) > 0 {
			head = strings.TrimSpace(head + "\n" + strings.Join(facts, ", ") + ".")
		}
		paras = append(paras, head)
		if len(r.Parties) > 0 {
			paras = append(paras, "Parties: "+strings.Join(r.Parties, "; ")+".")
		}
		if s := formats.HTMLToText(r.Snippet); s != "" {
			paras = append(paras, s)
		}
		for _, d := range r.RECAPDocuments {
			line := "Filing"
			if d.DocumentNumber != "" {
				line += " " + d.DocumentNumber
			}
			if d.EntryDateFiled != nil {
				line += " (" + d.EntryDateFiled.Format("2006-01-02") + ")"
			}
			if d.Description != "" {
				line += ": " + d.Description
			}
			if s := formats.HTMLToText(d.Snippet); s != "" {
				line += "\n" + s
			}
			paras = append(paras, line)
		}
		part := sources.Part{
			URL:       sources.AbsoluteItemURL(pageURL, r.AbsoluteURL, "/api/rest/"),
			Title:     r.CaseName,
			Author:    r.Court,
			Kind:      Name,
			Published: r.DateFiled,
			Text:      strings.Join(paras, "\n\n"),
		}
		if part.URL == "" {
			continue
		}
		parts = append(parts, part)
	}
	return parts
}

// ByURL recognises the search API path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	return strings.Contains(path, "/api/rest/v4/search") || strings.Contains(path, "/api/rest/v3/search")
}

// ByContent recognises CourtListener's result fields.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 64<<10)
	if len(head) > 0 && head[0] == '{' && (bytes.Contains(head, []byte(`"caseName"`)) || bytes.Contains(head, []byte(`"docketNumber"`))) {
		return 2
	}
	return 0
}
