// Package courtlistener is the courtlistener source kind: CourtListener REST v4 search
// (RECAP dockets), cursor paging.
package courtlistener

import (
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
	return sources.OneSeed(sources.WithParams(addr, false, "q", s.Source.Query, "type", "r", "order_by", "dateFiled desc", "filed_after", after))
}

// Parse reads one page of results: its dockets and the cursor to the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	part := func(res Result) (sources.Part, bool) { return resultPart(r.URL, res) }
	return sources.PostsPage(Name, page.Results, item, part, page.Next, page.Skipped), nil
}

// item remembers a hit by its address, or its docket and case name when it has none.
func item(c Result) sources.Item {
	id := c.AbsoluteURL
	if id == "" {
		id = strconv.Itoa(c.DocketID) + "/" + c.CaseName
	}
	return sources.Item{ID: Name + ":" + id, At: c.DateFiled}
}

// resultPart is the document of one hit: the case, its court, docket and filing date, the
// parties, the search snippet and the matching filings. A hit without an address gives none.
func resultPart(pageURL string, r Result) (sources.Part, bool) {
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
	return part, part.URL != ""
}

// ByURL recognises the search API path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	return strings.Contains(path, "/api/rest/v4/search") || strings.Contains(path, "/api/rest/v3/search")
}

// ByContent recognises CourtListener's result fields.
func (Kind) ByContent(_ string, body []byte) int {
	if sources.HeadHolds(body, '{', `"caseName"`) || sources.HeadHolds(body, '{', `"docketNumber"`) {
		return 2
	}
	return 0
}
