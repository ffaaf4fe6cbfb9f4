package extract

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// MaxTextBytes bounds a document's text; a longer text is cut at a paragraph break and the
// document marked truncated. It matches what the graph stores of a text.
const MaxTextBytes = 1 << 20

// Above these sizes a page's main text comes from the linear extractor (linearMainText) instead
// of go-trafilatura, whose tree clones and scoring cost about 70 bytes of memory per byte of
// page text: 4 MiB of transcript would need some 300 MB. Scripts and styles do not count: a
// 1 MiB news page is mostly script and has some 50 KB of text.
const (
	largePageText  = 512 << 10
	largePageElems = 40_000
)

// largePage reports whether a parsed page holds more text or elements than go-trafilatura
// should be given.
func largePage(doc *html.Node) bool {
	text, elems := 0, 0
	var walk func(*html.Node, int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > 512 {
			return false
		}
		switch n.Type {
		case html.TextNode:
			text += len(n.Data)
		case html.ElementNode:
			elems++
			if skipTags[n.Data] {
				return false
			}
		}
		if text > largePageText || elems > largePageElems {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(doc, 0)
}

// cutText cuts s to at most n bytes, at the last paragraph break (else line break, else rune
// boundary) in the second half of the allowance.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexFunc(s, func(rune) bool { return true }); i >= 0 {
		if r, size := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size <= 1 {
			s = s[:i] // the cut split a character
		}
	}
	for _, sep := range []string{"\n\n", "\n", ". "} {
		if i := strings.LastIndex(s, sep); i > n/2 {
			return strings.TrimSpace(s[:i+len(sep)])
		}
	}
	return strings.TrimSpace(s)
}

// classifiable refuses input no parser recognises before it reaches the article extractor,
// which would otherwise turn JSON, XML or binary data into an "article" of junk.
func classifiable(p Page) error {
	head := bytes.TrimSpace(bytes.TrimPrefix(p.Body[:min(len(p.Body), 4096)], []byte("\xef\xbb\xbf")))
	if len(head) == 0 {
		return nil // empty: no document, no error
	}
	what := ""
	switch {
	case bytes.IndexByte(head, 0) >= 0:
		what = "binary data"
	case head[0] == '{' || head[0] == '[':
		if json.Valid(p.Body) || !looksLikeHTML(p.Body) {
			what = "JSON of a shape no parser here reads"
		}
	case bytes.HasPrefix(head, []byte("<?xml")) && !looksLikeHTML(p.Body):
		what = "XML of a kind no parser here reads"
	}
	if what == "" {
		return nil
	}
	return fmt.Errorf("%s is %s (body starts %s); formats read: HTML pages, RSS/Atom/JSON feeds, sitemaps, "+
		"Telegram previews, GDELT, CourtListener, DOJ, Federal Register, Reddit, Bluesky and Mastodon answers, "+
		"OFAC, UK and OpenSanctions lists; --url selects one by address", cmp.Or(strings.TrimSpace(p.URL), strings.TrimSpace(p.Source), "input"), what, quoteStart(head))
}

func quoteStart(b []byte) string {
	if len(b) > 60 {
		b = b[:60]
		for len(b) > 0 && !utf8.Valid(b) {
			b = b[:len(b)-1]
		}
		return fmt.Sprintf("%q...", b)
	}
	return fmt.Sprintf("%q", b)
}

// linkFarm reports whether a page is mostly links (an index, tag cloud or link farm): such a
// page helps find documents but is not one. It counts on the parsed tree what the crawler's
// formats.PageLinkStats counts on the bytes.
func linkFarm(doc *html.Node) bool {
	return formats.TreeLinkStats(doc).LinkFarm()
}

// boilerTags hold page furniture, not the article.
var boilerTags = set("nav", "header", "footer", "aside", "form", "menu")

// linearMainText extracts the main text of a very large page in time and memory linear in its
// size: the <article> (or <main>, or <body>) holding the most text, without page furniture.
func linearMainText(doc *html.Node) string {
	var best *html.Node
	bestLen := -1
	var body *html.Node
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "article", "main":
				if l := textLen(n); l > bestLen {
					best, bestLen = n, l
				}
			case "body":
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	root := best
	if root == nil || (body != nil && bestLen < textLen(body)/4) {
		root = body
	}
	if root == nil {
		root = doc
	}
	dropBoilerplate(root, 0)
	return nodeText(root)
}

func dropBoilerplate(n *html.Node, depth int) {
	if depth > 512 {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (boilerTags[c.Data] || skipTags[c.Data]) {
			n.RemoveChild(c)
		} else {
			dropBoilerplate(c, depth+1)
		}
		c = next
	}
}

func textLen(n *html.Node) int {
	total := 0
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.TextNode {
			total += len(strings.TrimSpace(n.Data))
		}
		if n.Type == html.ElementNode && skipTags[n.Data] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return total
}

// jsonLDBody returns the longest articleBody that a page's JSON-LD gives for an article
// (NewsArticle, Article, BlogPosting, ReportageNewsArticle and the like), or "".
func jsonLDBody(doc *html.Node) string {
	best := ""
	var walkLD func(v any, depth int)
	walkLD = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			if b, ok := t["articleBody"].(string); ok && len(b) > len(best) {
				best = b
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				walkLD(t[k], depth+1)
			}
		case []any:
			for _, e := range t {
				walkLD(e, depth+1)
			}
		}
	}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		if n.Type == html.ElementNode && n.Data == "script" && n.FirstChild != nil {
			for _, a := range n.Attr {
				if a.Key == "type" && strings.Contains(a.Val, "ld+json") {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						walkLD(v, 0)
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return best
}

// preferLDBody says whether the JSON-LD articleBody is the article rather than what the HTML
// extractors found: the page publishes its text only there (a script-rendered page whose HTML
// holds a caption or a teaser), which shows as an articleBody more than twice as long as the
// extracted text.
func preferLDBody(ld, extracted string) bool {
	n := utf8.RuneCountInString(strings.TrimSpace(ld))
	return n >= 200 && n > 2*utf8.RuneCountInString(extracted)
}

// htmlTitle returns the text of the page's first <title>.
func htmlTitle(doc *html.Node) string {
	var found string
	var walk func(*html.Node, int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > 64 {
			return false
		}
		if n.Type == html.ElementNode && n.Data == "title" {
			if n.FirstChild != nil {
				found = n.FirstChild.Data
			}
			return true
		}
		if n.Type == html.ElementNode && n.Data == "body" {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	walk(doc, 0)
	return found
}
