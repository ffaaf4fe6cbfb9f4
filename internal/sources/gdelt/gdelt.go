// Package gdelt is the gdelt source kind: GDELT DOC 2.0 article lists (artlist JSON), paged
// by time window.
package gdelt

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "gdelt"

// GDELT DOC 2.0 limits.
const (
	maxRecords   = 250
	TimeLayout   = "20060102150405" // startdatetime and enddatetime
	defaultSpan  = 7 * 24 * time.Hour
	defaultSlice = 24 * time.Hour
	maxWindows   = 400
	minWindow    = 15 * time.Minute
)

// Kind is a GDELT DOC 2.0 query; the articles it lists are fetched.
type Kind struct{}

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Form: sources.Listing, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON}
}

// Seeds slices the time since the last pass (or since, or a week) into windows of the
// source's window length, newest first, and moves the cursor to now.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	slice := s.Source.Window.D()
	if slice <= 0 {
		slice = defaultSlice
	}
	now := s.Now
	from := now.Add(-defaultSpan)
	if !s.Since.IsZero() {
		from = s.Since
	}
	if c, err := time.Parse(time.RFC3339, s.Cursor["gdelt_end"]); err == nil && c.After(from) {
		from = c
	}
	if !from.Before(now) {
		return nil, s.Cursor, nil
	}
	if n := now.Sub(from) / slice; n > maxWindows {
		from = now.Add(-maxWindows * slice)
	}
	var out []sources.Link
	for end := now; end.After(from); end = end.Add(-slice) {
		start := end.Add(-slice)
		if start.Sub(from) < time.Minute {
			start = from // no sliver of a window at the far end
		}
		w, err := windowURL(addr, s.Source.Query, start, end)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, w)
		if start.Equal(from) {
			break
		}
	}
	nc := map[string]string{}
	for k, v := range s.Cursor {
		nc[k] = v
	}
	nc["gdelt_end"] = now.UTC().Format(time.RFC3339)
	return out, nc, nil
}

func windowURL(addr, query string, start, end time.Time) (sources.Link, error) {
	s, e := start.UTC().Format(TimeLayout), end.UTC().Format(TimeLayout)
	u, err := sources.WithParams(addr, false, "query", query, "mode", "artlist", "format", "json",
		"maxrecords", strconv.Itoa(maxRecords), "sort", "datedesc")
	if err != nil {
		return sources.Link{}, err
	}
	u, err = sources.WithParams(u, true, "startdatetime", s, "enddatetime", e)
	if err != nil {
		return sources.Link{}, err
	}
	return sources.Link{URL: u, Meta: map[string]string{"start": s, "end": e}}, nil
}

// Parse reads the listed articles; a window that came back full is halved, so the articles
// past GDELT's 250 are found.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	gl, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: gl.Skipped}
	for _, a := range gl.Articles {
		var pub *time.Time
		if !a.SeenDate.IsZero() {
			d := a.SeenDate
			pub = &d
		}
		p.Pages = append(p.Pages, sources.Link{URL: a.URL, Hint: sources.Hint{Title: a.Title, Published: pub}})
	}
	if len(gl.Articles)+len(gl.Skipped) >= maxRecords {
		p.Lists = append(p.Lists, split(r)...)
	}
	return p, nil
}

// split halves the window of a full answer.
func split(r sources.Response) []sources.Link {
	s, err1 := time.Parse(TimeLayout, r.Meta["start"])
	e, err2 := time.Parse(TimeLayout, r.Meta["end"])
	if err1 != nil || err2 != nil || e.Sub(s) < 2*minWindow {
		return nil
	}
	mid := s.Add(e.Sub(s) / 2).Truncate(time.Second)
	var out []sources.Link
	for _, w := range [][2]time.Time{{s, mid}, {mid, e}} {
		gw, err := windowURL(r.Asked, "", w[0], w[1])
		if err != nil {
			continue
		}
		gw.Page = r.Page
		out = append(out, gw)
	}
	return out
}

// ByURL recognises GDELT's own API host in a body that is not an HTML page.
func (Kind) ByURL(u *url.URL, body []byte) bool {
	return !sources.LooksLikeHTML(body) && strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") == "api.gdeltproject.org"
}

// ByContent recognises an artlist answer.
func (Kind) ByContent(_ string, body []byte) int {
	h := sources.LowerHead(body, 2048)
	if strings.HasPrefix(h, "{") && strings.Contains(h, "\"articles\"") && strings.Contains(h, "\"seendate\"") {
		return 2
	}
	return 0
}
