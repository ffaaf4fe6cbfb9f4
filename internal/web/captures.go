package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/archive"
	"github.com/scamgraph/scamgraph/internal/formats"
)

// CaptureFunc returns the archived response whose body has the given sha256 (64 lower-case
// hex digits); an error wrapping archive.ErrNotFound when the archive does not hold it.
type CaptureFunc func(ctx context.Context, sha256 string) (archive.Record, error)

// ArchiveCaptures reads captures from the WARC archive under a crawl data directory (the
// crawler's data_dir). Lookups take turns: each opens the crawl state database, which
// allows one user at a time.
func ArchiveCaptures(dataDir string) CaptureFunc {
	var mu sync.Mutex
	return func(ctx context.Context, digest string) (archive.Record, error) {
		mu.Lock()
		defer mu.Unlock()
		return crawler.LookupCapture(ctx, dataDir, digest)
	}
}

// SetCaptures says where GET /captures/{sha256} reads archived bytes from; without it the
// endpoint answers 404 with a hint.
func (s *Server) SetCaptures(f CaptureFunc) { s.captures = f }

// maxCaptureText caps the readable text view of one capture.
const maxCaptureText = 1 << 20

// CaptureInfo is the body of GET /api/captures/{sha256}: what was archived, from where and
// when, and which document of the graph cites it.
type CaptureInfo struct {
	SHA256      string               `json:"sha256"`
	URL         string               `json:"url"`
	Status      int                  `json:"status"`
	ContentType string               `json:"content_type"`
	FetchedAt   time.Time            `json:"fetched_at"`
	Size        int                  `json:"size"`
	Truncated   bool                 `json:"truncated"`
	Document    *graphdb.DocumentRef `json:"document"`
	Raw         string               `json:"raw"`  // the exact bytes, served inert
	Text        string               `json:"text"` // the readable text view
}

func (s *Server) routeCaptures() {
	s.mux.HandleFunc("GET /captures/{sha256}", s.bounded(s.capture))
	s.mux.HandleFunc("GET /api/captures/{sha256}", s.bounded(s.captureInfo))
}

// citedCapture checks the digest, finds the document of the graph that cites it and reads
// the archived record. Only captures the graph cites are served: the archive also keeps
// pages that never became evidence, and those are not the explorer's to publish.
func (s *Server) citedCapture(w http.ResponseWriter, r *http.Request) (*archive.Record, *graphdb.DocumentRef, bool) {
	digest := strings.ToLower(strings.TrimSpace(r.PathValue("sha256")))
	if _, err := hex.DecodeString(digest); err != nil || len(digest) != 64 {
		s.fail(w, http.StatusBadRequest, "a capture is named by its sha256: 64 hex digits")
		return nil, nil, false
	}
	if s.captures == nil {
		s.fail(w, http.StatusNotFound, "this server has no archive to read captures from; start it with --data pointing at the crawl data directory")
		return nil, nil, false
	}
	doc, err := s.g.CitingDocument(r.Context(), digest)
	if errors.Is(err, graphdb.ErrNotFound) {
		s.fail(w, http.StatusNotFound, "no document in the graph cites capture "+digest)
		return nil, nil, false
	}
	if err != nil {
		s.reply(w, r, nil, err)
		return nil, nil, false
	}
	rec, err := s.captures(r.Context(), digest)
	if err != nil {
		if errors.Is(err, archive.ErrNotFound) {
			s.fail(w, http.StatusNotFound, "capture "+digest+" is cited but not in this server's archive (was it crawled with another data directory?)")
			return nil, nil, false
		}
		s.log.Error("read capture", "sha256", digest, "err", err)
		s.fail(w, http.StatusInternalServerError, "reading the archive failed; see the server log")
		return nil, nil, false
	}
	if sum := sha256.Sum256(rec.Body); hex.EncodeToString(sum[:]) != digest {
		s.log.Error("archived body does not match its digest", "sha256", digest)
		s.fail(w, http.StatusInternalServerError, "the archived bytes do not match their sha256; the archive is damaged")
		return nil, nil, false
	}
	return &rec, doc, true
}

// inert sets headers that keep archived bytes from running on the explorer's origin: a
// sandboxed document with no scripts, no sniffing and never HTML.
func inert(h http.Header) {
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Cache-Control", "private, max-age=3600, immutable")
}

// capture serves the exact archived bytes (as text/plain when they are text, else as an
// octet-stream download), or with ?view=text the readable text of the page.
func (s *Server) capture(w http.ResponseWriter, r *http.Request) {
	view := r.URL.Query().Get("view")
	if view != "" && view != "text" && view != "raw" {
		s.fail(w, http.StatusBadRequest, "view must be raw or text")
		return
	}
	rec, doc, ok := s.citedCapture(w, r)
	if !ok {
		return
	}
	h := w.Header()
	inert(h)
	h.Set("X-Capture-SHA256", rec.Digest)
	if view == "text" {
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("Content-Disposition", `inline; filename="`+rec.Digest+`.txt"`)
		_, _ = w.Write([]byte(captureText(rec, doc)))
		return
	}
	ct := rec.Header.Get("Content-Type")
	name := rec.Digest + ".bin"
	if textual(ct) {
		h.Set("Content-Type", "text/plain; charset="+bodyCharset(rec.Body, ct))
		h.Set("Content-Disposition", `inline; filename="`+rec.Digest+`.txt"`)
	} else {
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	}
	if r.URL.Query().Has("download") {
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	}
	h.Set("Content-Length", strconv.Itoa(len(rec.Body)))
	_, _ = w.Write(rec.Body)
}

func (s *Server) captureInfo(w http.ResponseWriter, r *http.Request) {
	rec, doc, ok := s.citedCapture(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, CaptureInfo{SHA256: rec.Digest, URL: rec.URL, Status: rec.Status,
		ContentType: rec.Header.Get("Content-Type"), FetchedAt: rec.FetchedAt, Size: len(rec.Body),
		Truncated: rec.Truncated, Document: doc, Raw: "/captures/" + rec.Digest, Text: "/captures/" + rec.Digest + "?view=text"})
}

// textual says whether a content type is text a reader can look at as source.
func textual(ct string) bool {
	mt, _, _ := mime.ParseMediaType(ct)
	return strings.HasPrefix(mt, "text/") || strings.HasSuffix(mt, "+xml") || strings.HasSuffix(mt, "/xml") ||
		strings.HasSuffix(mt, "json") || mt == "application/xhtml+xml" || mt == "application/javascript" || mt == ""
}

// bodyCharset names the body's encoding as declared or detected, so text/plain shows it right.
func bodyCharset(body []byte, ct string) string {
	_, name, _ := charset.DetermineEncoding(body[:min(len(body), 4096)], ct)
	if name == "" || strings.ContainsAny(name, "\"\r\n;") {
		return "utf-8"
	}
	return name
}

// captureText renders a capture for reading: a header naming what it is, then the page's
// text (markup removed, decoded to UTF-8). It is served as text/plain, never as HTML.
func captureText(rec *archive.Record, doc *graphdb.DocumentRef) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Archived capture sha256:%s\n", rec.Digest)
	fmt.Fprintf(&b, "URL: %s\nHTTP status: %d\nContent-Type: %s\nRetrieved: %s\nSize: %d bytes\n",
		oneLine(rec.URL), rec.Status, oneLine(rec.Header.Get("Content-Type")), rec.FetchedAt.UTC().Format(time.RFC3339), len(rec.Body))
	if rec.Truncated {
		b.WriteString("The body was cut at the crawler's size cap.\n")
	}
	if doc != nil {
		fmt.Fprintf(&b, "Cited as: %s (%s)\n", oneLine(doc.Title), oneLine(doc.Source))
	}
	b.WriteString("\n")
	ct := rec.Header.Get("Content-Type")
	if !textual(ct) {
		fmt.Fprintf(&b, "[%s: not text; download the exact bytes from /captures/%s?download]\n", oneLine(ct), rec.Digest)
		return b.String()
	}
	text := decodeBody(rec.Body, ct)
	mt, _, _ := mime.ParseMediaType(ct)
	if mt == "" || strings.Contains(mt, "html") || looksHTML(text) {
		text = formats.HTMLToText(text)
	}
	if len(text) > maxCaptureText {
		cut := maxCaptureText
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut] + "\n[text view cut at 1 MiB; the raw capture has everything]"
	}
	b.WriteString(text)
	b.WriteString("\n")
	return b.String()
}

func looksHTML(s string) bool {
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") || strings.Contains(head, "<body")
}

// decodeBody converts the body to valid UTF-8 from its declared or detected encoding.
func decodeBody(body []byte, ct string) string {
	enc, _, _ := charset.DetermineEncoding(body[:min(len(body), 4096)], ct)
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		out = body
	}
	return string(bytes.ToValidUTF8(out, []byte("\uFFFD")))
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
