package doj

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Page is one page of https://www.justice.gov/api/v1/press_releases.json.
type Page struct {
	// Count is the total matching releases; Page is zero-based, as the API counts.
	Count, Page, PageSize int
	Results               []Release
	Skipped               []error
}

// Release is one press release.
type Release struct {
	UUID, Title, URL string
	// BodyHTML is the release text as HTML; Teaser is the short summary.
	BodyHTML, Teaser string
	// Date is the release date (unix seconds as a string in the API), in UTC; zero if absent.
	Date       time.Time
	Topics     []string
	Components []string
}

type dojReleaseJSON struct {
	UUID      formats.FlexString `json:"uuid"`
	Title     formats.FlexString `json:"title"`
	URL       formats.FlexString `json:"url"`
	Body      formats.FlexString `json:"body"`
	Teaser    formats.FlexString `json:"teaser"`
	Date      formats.FlexString `json:"date"`
	Created   formats.FlexString `json:"created"`
	Topic     nameList           `json:"topic"`
	Component nameList           `json:"component"`
}

// nameList reads Drupal taxonomy references: [{"name": ...}], ["..."], a single object, or the
// empty [] / {} / false that Drupal emits for none.
type nameList []string

func (n *nameList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	*n = nil
	if len(b) == 0 {
		return nil
	}
	switch b[0] {
	case '[':
		var items []json.RawMessage
		if err := json.Unmarshal(b, &items); err != nil {
			return err
		}
		for _, it := range items {
			var one nameList
			if err := one.UnmarshalJSON(it); err == nil {
				*n = append(*n, one...)
			}
		}
	case '{':
		var o struct {
			Name formats.FlexString `json:"name"`
		}
		if err := json.Unmarshal(b, &o); err == nil {
			*n = formats.AppendClean(*n, string(o.Name))
		}
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err == nil {
			*n = formats.AppendClean(*n, s)
		}
	}
	return nil
}

// Parse parses a DOJ press-release API page.
func Parse(body []byte) (*Page, error) {
	var env struct {
		Metadata struct {
			ResultSet struct {
				Count    formats.FlexInt `json:"count"`
				Page     formats.FlexInt `json:"page"`
				PageSize formats.FlexInt `json:"pagesize"`
			} `json:"resultset"`
		} `json:"metadata"`
		Results []json.RawMessage `json:"results"`
	}
	if err := formats.DecodeJSON("doj press releases", body, &env); err != nil {
		return nil, err
	}
	rs := env.Metadata.ResultSet
	if env.Results == nil && (rs.Count != 0 || !bytes.Contains(body, []byte(`"resultset"`))) {
		// Only an empty result set may leave results out.
		return nil, formats.MissingResults("doj press releases", body)
	}
	out := &Page{Count: int(rs.Count), Page: int(rs.Page), PageSize: int(rs.PageSize)}
	out.Results, out.Skipped = formats.DecodeItems("doj release", env.Results, release)
	return out, nil
}

// release reads one result; a release without an address cannot become a document.
func release(n int, r dojReleaseJSON) (Release, error) {
	rel := Release{
		UUID:       formats.Clean(string(r.UUID)),
		Title:      formats.Clean(string(r.Title)),
		URL:        formats.Clean(string(r.URL)),
		BodyHTML:   string(r.Body),
		Teaser:     strings.TrimSpace(string(r.Teaser)),
		Topics:     r.Topic,
		Components: r.Component,
	}
	date := string(r.Date)
	if strings.TrimSpace(date) == "" {
		date = string(r.Created)
	}
	if t, ok := unixOrISO(date); ok {
		rel.Date = t
	}
	if rel.URL == "" {
		return rel, fmt.Errorf("doj release #%d %q: no url", n, rel.Title)
	}
	return rel, nil
}

// unixOrISO reads unix seconds ("1697040000") or an ISO 8601 date.
func unixOrISO(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n <= 0 || n > 1<<40 {
			return time.Time{}, false
		}
		return time.Unix(n, 0).UTC(), true
	}
	t, err := formats.ParseTime(s, formats.ISOLayouts...)
	return t, err == nil
}
