package sampleworld

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// gdeltArticle is one entry of the sample GDELT index; it points at a page of the sample
// world's own outlets, whose title and text it borrows.
type gdeltArticle struct {
	Page          string `json:"page"`
	SeenDate      string `json:"seendate"`
	SourceCountry string `json:"sourcecountry"`
	Language      string `json:"language"`
	SocialImage   string `json:"socialimage"`

	seen  time.Time
	title string
	text  string
}

// gdeltItem is an artlist record in the field order GDELT writes.
type gdeltItem struct {
	URL           string `json:"url"`
	URLMobile     string `json:"url_mobile"`
	Title         string `json:"title"`
	SeenDate      string `json:"seendate"`
	SocialImage   string `json:"socialimage"`
	Domain        string `json:"domain"`
	Language      string `json:"language"`
	SourceCountry string `json:"sourcecountry"`
}

const gdeltSeenLayout = "20060102T150405Z"

func (w *world) loadGDELT(fsys fs.FS) error {
	b, err := fs.ReadFile(fsys, "data/gdelt/artlist.json")
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &w.gdelt); err != nil {
		return fmt.Errorf("artlist.json: %w", err)
	}
	pages := map[string]*post{}
	for _, o := range []*outlet{w.mekong, w.salween} {
		for _, p := range o.posts {
			pages[p.Path] = p
		}
	}
	for i := range w.gdelt {
		a := &w.gdelt[i]
		p, ok := pages[a.Page]
		if !ok {
			return fmt.Errorf("artlist entry %d: no page %s", i, a.Page)
		}
		if a.seen, err = time.Parse(gdeltSeenLayout, a.SeenDate); err != nil {
			return fmt.Errorf("artlist entry %d: %w", i, err)
		}
		a.title, a.text = p.Title, p.Title+" "+p.Text
	}
	return nil
}

// gdeltCountries maps the ways a query names a country (FIPS 10-4 code, ISO code, name) to the
// name GDELT writes in sourcecountry.
var gdeltCountries = map[string]string{
	"cb": "Cambodia", "kh": "Cambodia", "cambodia": "Cambodia",
	"bm": "Myanmar", "mm": "Myanmar", "burma": "Myanmar", "myanmar": "Myanmar",
	"la": "Laos", "laos": "Laos",
	"th": "Thailand", "thailand": "Thailand",
}

var gdeltTimespan = regexp.MustCompile(`^(\d+)(min|h|hours?|d|days?|w|weeks?|m|months?)$`)

// serveGDELT answers the DOC 2.0 API in artlist mode with JSON output.
func (w *world) serveGDELT(rw http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	query := strings.TrimSpace(q.Get("query"))
	if query == "" {
		writeError(rw, http.StatusOK, ctypeHTML, "Please specify a query.\n")
		return
	}
	if mode := strings.ToLower(q.Get("mode")); mode != "" && mode != "artlist" {
		writeError(rw, http.StatusOK, ctypeHTML, "Invalid mode specified for this sample service; only artlist is available.\n")
		return
	}
	if f := strings.ToLower(q.Get("format")); f != "json" && f != "jsonfeed" {
		writeError(rw, http.StatusOK, ctypeHTML, "This sample service only writes format=json.\n")
		return
	}
	var from, to time.Time
	now := time.Now().UTC()
	if v := q.Get("startdatetime"); v != "" {
		t, err := time.Parse("20060102150405", v)
		if err != nil {
			writeError(rw, http.StatusOK, ctypeHTML, "Invalid STARTDATETIME; use YYYYMMDDHHMMSS.\n")
			return
		}
		from = t
	}
	if v := q.Get("enddatetime"); v != "" {
		t, err := time.Parse("20060102150405", v)
		if err != nil {
			writeError(rw, http.StatusOK, ctypeHTML, "Invalid ENDDATETIME; use YYYYMMDDHHMMSS.\n")
			return
		}
		to = t
	}
	if v := strings.ToLower(q.Get("timespan")); v != "" && from.IsZero() {
		m := gdeltTimespan.FindStringSubmatch(v)
		if m == nil {
			writeError(rw, http.StatusOK, ctypeHTML, "Invalid TIMESPAN.\n")
			return
		}
		n, _ := strconv.Atoi(m[1])
		unit := map[byte]time.Duration{'h': time.Hour, 'd': 24 * time.Hour, 'w': 7 * 24 * time.Hour, 'm': 30 * 24 * time.Hour}[m[2][0]]
		if strings.HasPrefix(m[2], "min") {
			unit = time.Minute
		}
		from, to = now.Add(-time.Duration(n)*unit), now
	}
	maxRecords := 75
	if v := q.Get("maxrecords"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			maxRecords = min(n, 250)
		}
	}
	sq := parseQuery(query)
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	var hits []gdeltArticle
	for _, a := range w.gdelt {
		if (!from.IsZero() && a.seen.Before(from)) || (!to.IsZero() && a.seen.After(to)) {
			continue
		}
		if !gdeltFiltersMatch(sq.filters, a, host) || !sq.match(a.text) {
			continue
		}
		hits = append(hits, a)
	}
	asc := strings.EqualFold(q.Get("sort"), "dateasc")
	sort.SliceStable(hits, func(i, j int) bool {
		if asc {
			return hits[i].seen.Before(hits[j].seen)
		}
		return hits[i].seen.After(hits[j].seen)
	})
	if len(hits) > maxRecords {
		hits = hits[:maxRecords]
	}
	mod := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	if len(hits) == 0 {
		// GDELT answers an empty object when nothing matches.
		serveResource(rw, r, resource{body: []byte("{}"), ctype: ctypeJSON, mod: mod})
		return
	}
	items := make([]gdeltItem, len(hits))
	for i, a := range hits {
		items[i] = gdeltItem{URL: placeholderOrigin + a.Page, Title: a.title, SeenDate: a.SeenDate,
			SocialImage: a.SocialImage, Domain: host, Language: a.Language, SourceCountry: a.SourceCountry}
	}
	serveJSON(rw, r, map[string]any{"articles": items}, mod, true)
}

func gdeltFiltersMatch(filters map[string][]string, a gdeltArticle, host string) bool {
	for k, vals := range filters {
		ok := false
		for _, v := range vals {
			switch k {
			case "sourcecountry":
				ok = ok || gdeltCountries[v] == a.SourceCountry
			case "sourcelang":
				ok = ok || strings.HasPrefix(strings.ToLower(a.Language), v) || (v == "mya" && a.Language == "Burmese")
			case "domain", "domainis":
				ok = ok || strings.EqualFold(v, host)
			default:
				ok = true // other GDELT operators are not modelled
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
