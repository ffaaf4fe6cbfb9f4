package crawler

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// The address and content helpers live in package sources, where the kinds use them too.

func fetchURL(raw string) (string, error) { return sources.FetchURL(raw) }

func resolve(base, ref string) (string, error) { return sources.Resolve(base, ref) }

func canonicalURL(raw string) string { return sources.CanonicalURL(raw) }

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Host
}

// Content classes a source expects.
const (
	expectFeed  = sources.ExpectFeed
	expectXML   = sources.ExpectXML
	expectJSON  = sources.ExpectJSON
	expectLines = sources.ExpectLines
	expectHTML  = sources.ExpectHTML
)

func checkContentType(expect, contentType string, body []byte) error {
	return sources.CheckContentType(expect, contentType, body)
}

func charsetOf(contentType string, body []byte) string { return sources.CharsetOf(contentType, body) }

// htmlCanonical returns the page's <link rel="canonical"> address, resolved, or "".
func htmlCanonical(pageURL string, body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), 256<<10)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "link":
				var rel, href string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rel":
						rel = strings.ToLower(string(v))
					case "href":
						href = string(v)
					}
				}
				if rel == "canonical" && href != "" {
					if u, err := resolve(pageURL, href); err == nil {
						return u
					}
				}
			}
		}
	}
}
