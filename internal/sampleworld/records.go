package sampleworld

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Page sizes of the sample APIs. They are small so that every client walks its pagination.
const (
	courtListenerPageSize = 1
	dojMaxPageSize        = 2
)

// docket is one CourtListener type=r search result (a docket with nested RECAP documents).
type docket struct {
	raw  json.RawMessage
	text string
}

func (w *world) loadCourtListener(fsys fs.FS) error {
	var raws []json.RawMessage
	if err := readJSON(fsys, "data/courtlistener/search-r.json", &raws); err != nil {
		return err
	}
	for i, raw := range raws {
		var d struct {
			CaseName  string `json:"caseName"`
			DateFiled string `json:"dateFiled"`
			Docs      []struct {
				Description string `json:"description"`
				Snippet     string `json:"snippet"`
			} `json:"recap_documents"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return fmt.Errorf("result %d: %w", i, err)
		}
		if _, err := time.Parse("2006-01-02", d.DateFiled); err != nil {
			return fmt.Errorf("result %d: dateFiled: %w", i, err)
		}
		text := d.CaseName
		for _, doc := range d.Docs {
			if doc.Snippet == "" {
				return fmt.Errorf("result %d: a RECAP document has no snippet", i)
			}
			text += " " + doc.Description + " " + doc.Snippet
		}
		w.dockets = append(w.dockets, docket{raw: raw, text: text})
	}
	return nil
}

// serveCourtListener answers the v4 search API for type=r with cursor pagination. Like the
// real service it refuses anonymous requests.
func (w *world) serveCourtListener(rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("Allow", "GET, HEAD, OPTIONS")
	auth := r.Header.Get("Authorization")
	scheme, token, _ := strings.Cut(auth, " ")
	switch {
	case auth == "":
		rw.Header().Set("WWW-Authenticate", "Token")
		writeError(rw, http.StatusUnauthorized, ctypeJSON, `{"detail":"Authentication credentials were not provided."}`)
		return
	case !strings.EqualFold(scheme, "Token") || strings.TrimSpace(token) != CourtListenerToken:
		rw.Header().Set("WWW-Authenticate", "Token")
		writeError(rw, http.StatusUnauthorized, ctypeJSON, `{"detail":"Invalid token."}`)
		return
	}
	q := r.URL.Query()
	offset := 0
	if c := q.Get("cursor"); c != "" {
		b, err := base64.StdEncoding.DecodeString(c)
		n, convErr := strconv.Atoi(strings.TrimPrefix(string(b), "o="))
		if err != nil || convErr != nil || !strings.HasPrefix(string(b), "o=") || n < 0 {
			writeError(rw, http.StatusNotFound, ctypeJSON, `{"detail":"Invalid cursor"}`)
			return
		}
		offset = n
	}
	var hits []docket
	if q.Get("type") == "r" {
		sq := parseQuery(q.Get("q"))
		for _, d := range w.dockets {
			if sq.match(d.text) {
				hits = append(hits, d)
			}
		}
	}
	page := []json.RawMessage{}
	for i := offset; i < len(hits) && i < offset+courtListenerPageSize; i++ {
		page = append(page, hits[i].raw)
	}
	link := func(off int) any {
		v := url.Values{}
		for k, vals := range q {
			if k != "cursor" {
				v[k] = vals
			}
		}
		if off > 0 {
			v.Set("cursor", base64.StdEncoding.EncodeToString([]byte("o="+strconv.Itoa(off))))
		}
		return placeholderOrigin + "/courtlistener/api/rest/v4/search/?" + v.Encode()
	}
	resp := struct {
		Count    int               `json:"count"`
		Next     any               `json:"next"`
		Previous any               `json:"previous"`
		Results  []json.RawMessage `json:"results"`
	}{Count: len(hits), Results: page}
	if offset+courtListenerPageSize < len(hits) {
		resp.Next = link(offset + courtListenerPageSize)
	}
	if offset > 0 {
		resp.Previous = link(max(0, offset-courtListenerPageSize))
	}
	serveJSON(rw, r, resp, time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), false)
}

// dojRelease is one item of the DOJ press releases API.
type dojRelease struct {
	raw   json.RawMessage
	title string
	date  int64
}

func (w *world) loadDOJ(fsys fs.FS) error {
	var raws []json.RawMessage
	if err := readJSON(fsys, "data/doj/press_releases.json", &raws); err != nil {
		return err
	}
	for i, raw := range raws {
		var d struct {
			Title string `json:"title"`
			Date  string `json:"date"`
			Body  string `json:"body"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return fmt.Errorf("release %d: %w", i, err)
		}
		n, err := strconv.ParseInt(d.Date, 10, 64)
		if err != nil || d.Title == "" || d.Body == "" {
			return fmt.Errorf("release %d: needs a title, a body and a Unix date", i)
		}
		w.doj = append(w.doj, dojRelease{raw: raw, title: d.Title, date: n})
	}
	return nil
}

// serveDOJ answers /api/v1/press_releases.json: zero-based page, pagesize, the title filter
// (the only filter that works on the real API) and sort=date with direction.
func (w *world) serveDOJ(rw http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	size := dojMaxPageSize
	if v, err := strconv.Atoi(q.Get("pagesize")); err == nil && v > 0 {
		size = min(v, dojMaxPageSize)
	}
	page, _ := strconv.Atoi(q.Get("page"))
	page = max(page, 0)
	title := strings.ToLower(strings.TrimSpace(q.Get("parameters[title]")))
	var hits []dojRelease
	for _, d := range w.doj {
		if title == "" || strings.Contains(strings.ToLower(d.title), title) {
			hits = append(hits, d)
		}
	}
	desc := strings.EqualFold(q.Get("direction"), "desc")
	sort.SliceStable(hits, func(i, j int) bool {
		if desc {
			return hits[i].date > hits[j].date
		}
		return hits[i].date < hits[j].date
	})
	results := []json.RawMessage{}
	for i := page * size; i < len(hits) && i < (page+1)*size; i++ {
		results = append(results, hits[i].raw)
	}
	resp := map[string]any{
		"metadata": map[string]any{
			"responseInfo":  map[string]any{"status": 200, "developerMessage": "OK"},
			"resultset":     map[string]any{"count": len(hits), "pagesize": size, "page": page},
			"executionTime": "0.0412",
		},
		"results": results,
	}
	serveJSON(rw, r, resp, time.Date(2025, 11, 12, 18, 0, 0, 0, time.UTC), false)
}

// fedregDocument is one Federal Register document; page is the body of its html_url page.
type fedregDocument struct {
	raw       json.RawMessage
	text      string
	agencies  []string
	published time.Time
	htmlPath  string
	page      string
	title     string
	docType   string
}

func (w *world) loadFederalRegister(fsys fs.FS) error {
	var docs []struct {
		API  json.RawMessage `json:"api"`
		Page string          `json:"page"`
	}
	if err := readJSON(fsys, "data/federalregister/documents.json", &docs); err != nil {
		return err
	}
	for i, d := range docs {
		var m struct {
			Title           string `json:"title"`
			Type            string `json:"type"`
			Abstract        string `json:"abstract"`
			HTMLURL         string `json:"html_url"`
			PublicationDate string `json:"publication_date"`
			Agencies        []struct {
				Slug string `json:"slug"`
			} `json:"agencies"`
		}
		if err := json.Unmarshal(d.API, &m); err != nil {
			return fmt.Errorf("document %d: %w", i, err)
		}
		t, err := time.Parse("2006-01-02", m.PublicationDate)
		if err != nil {
			return fmt.Errorf("document %d: %w", i, err)
		}
		if !strings.HasPrefix(m.HTMLURL, placeholderOrigin+"/federalregister/documents/") {
			return fmt.Errorf("document %d: html_url %s is not a sample page", i, m.HTMLURL)
		}
		doc := fedregDocument{raw: d.API, text: m.Title + " " + m.Abstract + " " + plainText(d.Page), published: t,
			htmlPath: strings.TrimPrefix(m.HTMLURL, placeholderOrigin), page: d.Page, title: m.Title, docType: m.Type}
		for _, a := range m.Agencies {
			doc.agencies = append(doc.agencies, a.Slug)
		}
		w.fedreg = append(w.fedreg, doc)
		w.static[doc.htmlPath] = resource{body: []byte(fedregPage(doc)), ctype: ctypeHTML, mod: t}
	}
	return nil
}

func fedregPage(d fedregDocument) string {
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Federal Register :: ` + xmlEscape(d.title) + `</title>
<meta name="citation_title" content="` + xmlEscape(d.title) + `">
<meta name="citation_publication_date" content="` + d.published.Format("2006/01/02") + `">
</head>
<body>
<div id="fulltext_content_area">
<div class="doc-type"><span>` + xmlEscape(d.docType) + `</span></div>
<h1>` + xmlEscape(d.title) + `</h1>
` + d.page + `
</div>
</body>
</html>
`
}

// serveFederalRegister answers /api/v1/documents.json with conditions[term],
// conditions[agencies][], per_page and one-based page.
func (w *world) serveFederalRegister(rw http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	perPage := 20
	if v, err := strconv.Atoi(q.Get("per_page")); err == nil && v > 0 {
		perPage = min(v, 1000)
	}
	page := 1
	if v, err := strconv.Atoi(q.Get("page")); err == nil && v > 0 {
		page = v
	}
	term := q.Get("conditions[term]")
	sq := parseQuery(term)
	agencies := q["conditions[agencies][]"]
	var hits []fedregDocument
	for _, d := range w.fedreg {
		if !sq.match(d.text) {
			continue
		}
		if len(agencies) > 0 && !overlaps(agencies, d.agencies) {
			continue
		}
		hits = append(hits, d)
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].published.After(hits[j].published) })
	totalPages := (len(hits) + perPage - 1) / perPage
	results := []json.RawMessage{}
	for i := (page - 1) * perPage; i < len(hits) && i < page*perPage; i++ {
		results = append(results, hits[i].raw)
	}
	desc := "Documents"
	if term != "" {
		desc += " matching '" + term + "'"
	}
	if len(agencies) > 0 {
		desc += " from " + strings.Join(agencies, ", ")
	}
	resp := map[string]any{"count": len(hits), "description": desc, "total_pages": totalPages, "results": results}
	if page < totalPages {
		v := url.Values{}
		for k, vals := range q {
			v[k] = vals
		}
		v.Set("page", strconv.Itoa(page+1))
		resp["next_page_url"] = placeholderOrigin + "/federalregister/api/v1/documents.json?" + v.Encode()
	}
	if page > 1 {
		v := url.Values{}
		for k, vals := range q {
			v[k] = vals
		}
		v.Set("page", strconv.Itoa(page-1))
		resp["previous_page_url"] = placeholderOrigin + "/federalregister/api/v1/documents.json?" + v.Encode()
	}
	serveJSON(rw, r, resp, time.Date(2025, 10, 14, 12, 0, 0, 0, time.UTC), false)
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func readJSON(fsys fs.FS, file string, v any) error {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}
