package extract

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// publishedKeys are <meta> names and properties that carry a publication date, best first.
var publishedKeys = []string{"article:published_time", "og:article:published_time", "datepublished",
	"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.date", "date", "article.published", "cxenseparse:recs:publishtime",
	"og:published_time", "published_time", "citation_publication_date", "citation_date", "dc.date.created",
	"article:published", "originalpublicationdate", "date_published", "pub_date", "datecreated", "og:pubdate",
	"article:modified_time"}

// pageFacts is what a page says about itself outside its text: <meta> values by lower-cased
// name or property, JSON-LD blocks, and the first <time datetime>.
type pageFacts struct {
	metas                         map[string]string
	ld                            []string
	timeAttr, itemprop, classDate string
}

// pageDate finds the publication date a page declares: meta tags, JSON-LD, then the first
// <time datetime>.
func pageDate(doc *html.Node) time.Time { return readPageFacts(doc).date() }

func readPageFacts(doc *html.Node) pageFacts {
	metas := map[string]string{}
	var ld []string
	var timeAttr, itemprop, classDate string
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				var key, content string
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "property", "name", "itemprop", "http-equiv":
						if key == "" {
							key = strings.ToLower(strings.TrimSpace(a.Val))
						}
					case "content":
						content = a.Val
					}
				}
				if key != "" && content != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = content
					}
				}
			case "script":
				for _, a := range n.Attr {
					if a.Key == "type" && strings.Contains(a.Val, "ld+json") && n.FirstChild != nil && len(ld) < 8 {
						ld = append(ld, n.FirstChild.Data)
					}
				}
			case "time":
				if timeAttr == "" {
					for _, a := range n.Attr {
						if a.Key == "datetime" {
							timeAttr = a.Val
						}
					}
				}
			}
			// <span itemprop="datePublished" content="..."> and <span class="date">19.01.2020</span>.
			if n.Data != "meta" && (itemprop == "" || classDate == "") {
				var prop, val, class string
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "itemprop":
						prop = strings.ToLower(a.Val)
					case "content", "datetime":
						val = a.Val
					case "class":
						class = strings.ToLower(a.Val)
					}
				}
				if itemprop == "" && prop == "datepublished" {
					if val == "" {
						val = shortText(n)
					}
					itemprop = val
				}
				if classDate == "" && hasClassWord(class, "date", "published", "pubdate", "publish-date", "article-date") {
					if t := shortText(n); t != "" {
						if _, ok := parseDate(t); ok {
							classDate = t
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return pageFacts{metas: metas, ld: ld, timeAttr: timeAttr, itemprop: itemprop, classDate: classDate}
}

func (f pageFacts) date() time.Time {
	for _, k := range publishedKeys {
		if t, ok := parseDate(f.metas[k]); ok {
			return t
		}
	}
	for _, s := range f.ld {
		if t, ok := jsonLDDate(s); ok {
			return t
		}
	}
	for _, v := range []string{f.itemprop, f.timeAttr, f.classDate} {
		if t, ok := parseDate(v); ok {
			return t
		}
	}
	return time.Time{}
}

// publisher names the outlet a page declares: og:site_name, application-name, then the
// JSON-LD publisher's name (given inline or by @id in the same graph); "" when it says none.
func (f pageFacts) publisher() string {
	for _, k := range []string{"og:site_name", "application-name"} {
		if v := clean(f.metas[k]); v != "" && len(v) <= 200 {
			return v
		}
	}
	for _, s := range f.ld {
		if name := jsonLDPublisher(s); name != "" && len(name) <= 200 {
			return name
		}
	}
	return ""
}

// jsonLDPublisher reads the publisher's name from a JSON-LD block: an object with a name, or
// an @id naming another node of the block.
func jsonLDPublisher(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var nodes []map[string]any
	var collect func(any, int)
	collect = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			nodes = append(nodes, t)
			collect(t["@graph"], depth+1)
		case []any:
			for _, e := range t {
				collect(e, depth+1)
			}
		}
	}
	collect(v, 0)
	byID := map[string]map[string]any{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok {
			byID[id] = n
		}
	}
	for _, n := range nodes {
		pub, ok := n["publisher"].(map[string]any)
		if !ok {
			continue
		}
		if name, ok := pub["name"].(string); ok && clean(name) != "" {
			return clean(name)
		}
		if id, ok := pub["@id"].(string); ok {
			if name, ok := byID[id]["name"].(string); ok && clean(name) != "" {
				return clean(name)
			}
		}
	}
	return ""
}

// jsonLDDate reads datePublished from a JSON-LD block (object, array or @graph).
func jsonLDDate(s string) (time.Time, bool) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return time.Time{}, false
	}
	var find func(any, int) (time.Time, bool)
	find = func(v any, depth int) (time.Time, bool) {
		if depth > 8 {
			return time.Time{}, false
		}
		switch t := v.(type) {
		case map[string]any:
			for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
				if d, ok := t[k].(string); ok {
					if tm, ok := parseDate(d); ok {
						return tm, true
					}
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if tm, ok := find(t[k], depth+1); ok {
					return tm, true
				}
			}
		case []any:
			for _, e := range t {
				if tm, ok := find(e, depth+1); ok {
					return tm, true
				}
			}
		}
		return time.Time{}, false
	}
	return find(v, 0)
}

var dateLayouts = []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05",
	"2006-01-02", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "20060102", "2006/01/02", "2006-01-02T15:04:05.000-0700", "02.01.2006", "2.1.2006",
	"02.01.2006 15:04", "January 2, 2006 3:04 PM", "Jan. 2, 2006", "2 Jan 2006", "Monday, January 2, 2006"}

func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 1990 && t.Year() < 2100 {
			return t, true
		}
	}
	return time.Time{}, false
}

// shortText returns an element's text when it is short enough to be a date, else "".
func shortText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 8 || b.Len() > 80 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	if b.Len() > 80 {
		return ""
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// hasClassWord reports whether a class attribute holds one of the words as a whole class name.
func hasClassWord(class string, words ...string) bool {
	for _, c := range strings.Fields(class) {
		for _, w := range words {
			if c == w {
				return true
			}
		}
	}
	return false
}
