package sources

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strings"

	whatwg "github.com/nlnwa/whatwg-url/url"
	"golang.org/x/net/html/charset"
)

// whatwgParser is configured as colly's.
var whatwgParser = whatwg.NewParser(whatwg.WithPercentEncodeSinglePercentSign())

// FetchURL normalises an address the way colly does before requesting it (WHATWG parsing,
// then net/url), so that the address recorded in the crawl state is the one the transport
// sees. Only absolute http and https addresses are accepted.
func FetchURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	w, err := whatwgParser.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("bad address %q: %w", raw, err)
	}
	u, err := url.Parse(w.Href(false))
	if err != nil {
		return "", fmt.Errorf("bad address %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("address %q: only http and https are fetched", raw)
	}
	if u.Host == "" {
		return "", fmt.Errorf("address %q has no host", raw)
	}
	u.Fragment = ""
	return u.String(), nil
}

// Resolve makes ref absolute against base and normalises it.
func Resolve(base, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", fmt.Errorf("empty link")
	}
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("bad link %q: %w", ref, err)
	}
	return FetchURL(b.ResolveReference(r).String())
}

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "mc_cid": true, "mc_eid": true,
	"ocid": true, "cmpid": true, "smid": true, "ref_src": true, "igshid": true}

// CanonicalURL is the key pages are deduplicated by: lower-case scheme and host, no default
// port, no fragment, no tracking parameters, sorted query, "/" for an empty path. It is never
// fetched.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	for k := range q {
		if trackingParams[strings.ToLower(k)] || strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	u.RawQuery = b.String()
	return u.String()
}

// WithParams returns base with each non-empty value set, keeping parameters base already has
// unless force is set.
func WithParams(base string, force bool, kv ...string) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", fmt.Errorf("bad address %q: %w", base, err)
	}
	q := u.Query()
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		if force || !q.Has(kv[i]) {
			q.Set(kv[i], kv[i+1])
		}
	}
	u.RawQuery = q.Encode()
	return FetchURL(u.String())
}

// mediaType returns the lower-case media type of a Content-Type header, or the sniffed type of
// the body when the header is missing or says nothing useful.
func mediaType(contentType string, body []byte) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(body))
		if err != nil || mt == "" || sniffed != "application/octet-stream" {
			return sniffed
		}
	}
	return strings.ToLower(mt)
}

// CheckContentType reports an error when a response's type cannot be what the source
// expects, e.g. an HTML error or challenge page served where a feed should be.
func CheckContentType(expect, contentType string, body []byte) error {
	mt := mediaType(contentType, body)
	xmlish := strings.HasSuffix(mt, "/xml") || strings.HasSuffix(mt, "+xml")
	jsonish := mt == "application/json" || strings.HasSuffix(mt, "+json") || mt == "text/json"
	textish := mt == "text/plain" || mt == "application/octet-stream"
	startsXML := bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n"), []byte("<"))
	ok := false
	switch expect {
	case ExpectFeed:
		ok = xmlish || jsonish || (textish && startsXML)
		// Some servers label feeds text/html; accept them only if the body is not HTML.
		if mt == "text/html" && startsXML && !htmlStart(body) {
			ok = true
		}
	case ExpectXML:
		ok = xmlish || (textish && startsXML) || mt == "application/gzip" || mt == "application/x-gzip"
	case ExpectJSON:
		ok = jsonish || (textish && !startsXML)
	case ExpectLines:
		ok = jsonish || textish || mt == "application/x-ndjson" || mt == "application/jsonl"
	case ExpectHTML:
		ok = mt == "text/html" || mt == "application/xhtml+xml"
	default:
		ok = true
	}
	if !ok {
		if contentType == "" {
			contentType = "no Content-Type"
		}
		return fmt.Errorf("answered %s (%s) where %s was expected", mt, contentType, expectName(expect))
	}
	return nil
}

func expectName(e string) string {
	switch e {
	case ExpectFeed:
		return "an RSS or Atom feed"
	case ExpectXML:
		return "XML"
	case ExpectJSON:
		return "JSON"
	case ExpectLines:
		return "JSON lines"
	case ExpectHTML:
		return "an HTML page"
	}
	return e
}

// htmlStart reports an HTML document by its first bytes (<html or <!doctype html).
func htmlStart(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 512)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html"))
}

// CharsetOf names a response's character set: the Content-Type parameter, else what the
// HTML5 algorithm finds in the body (BOM, <meta charset>), else "" for non-HTML bodies.
func CharsetOf(contentType string, body []byte) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if _, name := charset.Lookup(params["charset"]); name != "" {
			return name
		}
		return strings.ToLower(params["charset"])
	}
	if mt := mediaType(contentType, body); mt == "text/html" || mt == "application/xhtml+xml" {
		_, name, _ := charset.DetermineEncoding(body[:min(len(body), 1024)], "text/html")
		return name
	}
	return ""
}
