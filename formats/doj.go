package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DOJPage is one page of https://www.justice.gov/api/v1/press_releases.json.
type DOJPage struct {
	// Count is the total matching releases; Page is zero-based, as the API counts.
	Count, Page, PageSize int
	Results               []DOJRelease
	Skipped               []error
}

// DOJRelease is one press release.
type DOJRelease struct {
	UUID, Title, URL string
	// BodyHTML is the release text as HTML; Teaser is the short summary.
	BodyHTML, Teaser string
	// Date is the release date (unix seconds as a string in the API), in UTC; zero if absent.
	Date       time.Time
	Topics     []string
	Components []string
}

type dojReleaseJSON struct {
	UUID      flexString `json:"uuid"`
	Title     flexString `json:"title"`
	URL       flexString `json:"url"`
	Body      flexString `json:"body"`
	Teaser    flexString `json:"teaser"`
	Date      flexString `json:"date"`
	Created   flexString `json:"created"`
	Topic     nameList   `json:"topic"`
	Component nameList   `json:"component"`
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
			Name flexString `json:"name"`
		}
		if err := json.Unmarshal(b, &o); err == nil {
			*n = appendClean(*n, string(o.Name))
		}
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err == nil {
			*n = appendClean(*n, s)
		}
	}
	return nil
}

// ParseDOJ parses a DOJ press-release API page.
func ParseDOJ(body []byte) (*DOJPage, error) {
	var env struct {
		Metadata struct {
			ResultSet struct {
				Count    flexInt `json:"count"`
				Page     flexInt `json:"page"`
				PageSize flexInt `json:"pagesize"`
			} `json:"resultset"`
		} `json:"metadata"`
		Results []json.RawMessage `json:"results"`
	}
	if err := decodeJSON("doj press releases", body, &env); err != nil {
		return nil, err
	}
	rs := env.Metadata.ResultSet
	if env.Results == nil && (rs.Count != 0 || !bytes.Contains(body, []byte(`"resultset"`))) {
		// Only an empty result set may leave results out.
		return nil, fmt.Errorf("doj press releases: no results array in the answer (body starts %s)", snippet(body))
	}
	out := &DOJPage{Count: int(rs.Count), Page: int(rs.Page), PageSize: int(rs.PageSize)}
	for i, raw := range env.Results {
		var r dojReleaseJSON
		if err := json.Unmarshal(raw, &r); err != nil {
			out.Skipped = append(out.Skipped, fmt.Errorf("doj release #%d: %w", i+1, err))
			continue
		}
		rel := DOJRelease{
			UUID:       clean(string(r.UUID)),
			Title:      clean(string(r.Title)),
			URL:        clean(string(r.URL)),
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
			out.Skipped = append(out.Skipped, fmt.Errorf("doj release #%d %q: no url", i+1, rel.Title))
			continue
		}
		out.Results = append(out.Results, rel)
	}
	return out, nil
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
	t, err := parseTime(s, isoLayouts...)
	return t, err == nil
}
