package sampleworld

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/text/encoding"
)

// placeholderOrigin stands for the server's own origin in the embedded data and rendered
// pages; it is replaced by the origin of each request as the response is written.
const placeholderOrigin = "http://sampleworld.invalid"

// placeholderEscaped is placeholderOrigin as html/template writes it inside a query string.
const placeholderEscaped = "http%3a%2f%2fsampleworld.invalid"

// Common Content-Type values, as the real services send them.
const (
	ctypeHTML = "text/html; charset=UTF-8"
	ctypeJSON = "application/json; charset=utf-8"
	ctypeXML  = "application/xml; charset=utf-8"
	ctypeText = "text/plain; charset=utf-8"
)

// resource is one prepared response body.
type resource struct {
	body  []byte
	ctype string
	mod   time.Time
	// enc re-encodes the UTF-8 body for pages served in a legacy charset.
	enc encoding.Encoding
}

// world holds every parsed sample source and routes requests to them.
type world struct {
	mux      *http.ServeMux
	static   map[string]resource
	mekong   *outlet
	salween  *outlet
	gdelt    []gdeltArticle
	dockets  []docket
	doj      []dojRelease
	fedreg   []fedregDocument
	telegram *channel
	reddit   []redditPost
	bluesky  []blueskyPost
	mastodon []mastodonStatus
}

func newWorld(fsys fs.FS) (*world, error) {
	w := &world{mux: http.NewServeMux(), static: map[string]resource{}}
	steps := []struct {
		name string
		fn   func(fs.FS) error
	}{
		{"static files", w.loadStatic},
		{"mekong ledger", w.loadMekong},
		{"salween review", w.loadSalween},
		{"gdelt", w.loadGDELT},
		{"courtlistener", w.loadCourtListener},
		{"doj", w.loadDOJ},
		{"federal register", w.loadFederalRegister},
		{"telegram", w.loadTelegram},
		{"reddit", w.loadReddit},
		{"bluesky", w.loadBluesky},
		{"mastodon", w.loadMastodon},
	}
	for _, s := range steps {
		if err := s.fn(fsys); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
	}
	w.routes()
	return w, nil
}

func (w *world) routes() {
	m := w.mux
	m.HandleFunc("GET /mekong/feed/{$}", w.serveMekongFeed)
	m.HandleFunc("GET /gdelt/api/v2/doc/doc", w.serveGDELT)
	m.HandleFunc("GET /courtlistener/api/rest/v4/search/{$}", w.serveCourtListener)
	m.HandleFunc("GET /doj/api/v1/press_releases.json", w.serveDOJ)
	m.HandleFunc("GET /doj/opa/pr/{slug}", serveAkamaiDenied)
	m.HandleFunc("GET /doj/usao-edny/pr/{slug}", serveAkamaiDenied)
	m.HandleFunc("GET /doj/usao-dc/pr/{slug}", serveAkamaiDenied)
	m.HandleFunc("GET /federalregister/api/v1/documents.json", w.serveFederalRegister)
	m.HandleFunc("GET /telegram/s/{channel}", w.serveTelegram)
	m.HandleFunc("GET /telegram/{channel}/{id}", w.serveTelegramPermalink)
	m.HandleFunc("GET /reddit/r/{sub}/search.json", w.serveReddit)
	m.HandleFunc("POST /bluesky/xrpc/com.atproto.server.createSession", w.serveBlueskyCreateSession)
	m.HandleFunc("POST /bluesky/xrpc/com.atproto.server.refreshSession", w.serveBlueskyRefreshSession)
	m.HandleFunc("GET /bluesky/xrpc/app.bsky.feed.searchPosts", w.serveBlueskySearch)
	m.HandleFunc("GET /mastodon/api/v1/timelines/tag/{tag}", w.serveMastodonTag)
	m.HandleFunc("GET /", w.serveStatic)
}

func (w *world) ServeHTTP(rw http.ResponseWriter, r *http.Request) { w.mux.ServeHTTP(rw, r) }

// serveStatic answers every prepared page and file; WordPress-style article paths without
// their trailing slash are redirected, as WordPress does.
func (w *world) serveStatic(rw http.ResponseWriter, r *http.Request) {
	if res, ok := w.static[r.URL.Path]; ok {
		serveResource(rw, r, res)
		return
	}
	if !strings.HasSuffix(r.URL.Path, "/") {
		if _, ok := w.static[r.URL.Path+"/"]; ok {
			target := r.URL.Path + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(rw, r, target, http.StatusMovedPermanently)
			return
		}
	}
	serveNotFound(rw, r)
}

// origin is the scheme and host the client used to reach this server.
func origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// serveResource writes a prepared body with validators and answers conditional requests.
func serveResource(rw http.ResponseWriter, r *http.Request, res resource) {
	o := origin(r)
	body := bytes.ReplaceAll(res.body, []byte(placeholderOrigin), []byte(o))
	// html/template escapes page addresses inside query strings (share links).
	body = bytes.ReplaceAll(body, []byte(placeholderEscaped), []byte(url.QueryEscape(o)))
	if res.enc != nil {
		enc, err := res.enc.NewEncoder().Bytes(body)
		if err != nil {
			http.Error(rw, "encoding error", http.StatusInternalServerError)
			return
		}
		body = enc
	}
	sum := sha256.Sum256(body)
	h := rw.Header()
	h.Set("Content-Type", res.ctype)
	h.Set("ETag", `"`+hex.EncodeToString(sum[:10])+`"`)
	h.Set("Cache-Control", "public, max-age=300")
	h.Set("Vary", "Accept-Encoding")
	http.ServeContent(rw, r, "", res.mod.UTC().Truncate(time.Second), bytes.NewReader(body))
}

// serveJSON encodes v as the real APIs do (no HTML escaping of <, > and &) and serves it.
func serveJSON(rw http.ResponseWriter, r *http.Request, v any, mod time.Time, indent bool) {
	b, err := encodeJSON(v, indent)
	if err != nil {
		http.Error(rw, "encode: "+err.Error(), http.StatusInternalServerError)
		return
	}
	serveResource(rw, r, resource{body: b, ctype: ctypeJSON, mod: mod})
}

func encodeJSON(v any, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeError sends an uncacheable error body.
func writeError(rw http.ResponseWriter, status int, ctype, body string) {
	rw.Header().Set("Content-Type", ctype)
	rw.Header().Set("Cache-Control", "no-store")
	rw.WriteHeader(status)
	_, _ = rw.Write([]byte(body))
}

func serveNotFound(rw http.ResponseWriter, r *http.Request) {
	writeError(rw, http.StatusNotFound, ctypeHTML, "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL "+
		html.EscapeString(r.URL.Path)+" was not found on this server.</p></body></html>\n")
}

// serveAkamaiDenied mimics the bot wall in front of justice.gov HTML pages; the JSON API is
// the way in.
func serveAkamaiDenied(rw http.ResponseWriter, r *http.Request) {
	writeError(rw, http.StatusForbidden, "text/html; charset=iso-8859-1", "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access \""+
		html.EscapeString(r.URL.Path)+"\" on this server.<P>\nReference&#32;&#35;18&#46;5c1e3b17&#46;1763012345&#46;2a9f0c1\n</BODY>\n</HTML>\n")
}

// loadStatic reads files served exactly as stored (robots.txt and the sanctions lists).
func (w *world) loadStatic(fsys fs.FS) error {
	files := []struct {
		path, file, ctype string
		mod               time.Time
	}{
		{"/robots.txt", "data/robots.txt", ctypeText, date(2025, 1, 6)},
		{"/ofac/SDN.XML", "data/ofac/SDN.XML", "text/xml; charset=utf-8", date(2025, 11, 12)},
		{"/uk/UK-Sanctions-List.xml", "data/uk/UK-Sanctions-List.xml", "text/xml; charset=utf-8", date(2025, 10, 14)},
		{"/opensanctions/datasets/latest/default/entities.ftm.json", "data/opensanctions/entities.ftm.json",
			"application/json; charset=utf-8", date(2026, 1, 9)},
	}
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f.file)
		if err != nil {
			return err
		}
		w.static[f.path] = resource{body: b, ctype: f.ctype, mod: f.mod}
	}
	return nil
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 6, 0, 0, 0, time.UTC) }
