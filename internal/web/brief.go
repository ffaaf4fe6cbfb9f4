package web

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/brief"
	"github.com/scamgraph/scamgraph/model"
)

// maxBriefPrints is how many PDF briefs one server prints at once; each runs a Chromium.
const maxBriefPrints = 2

// briefHandler serves GET /api/brief?ids=...&format=html|pdf|md&min_grade=&since=YYYY-MM-DD.
type briefHandler struct {
	s      *Server
	prints chan struct{}
}

func (s *Server) briefHandler() http.Handler {
	return &briefHandler{s: s, prints: make(chan struct{}, maxBriefPrints)}
}

// BriefCandidates is the answer to an ambiguous name: the entities it could mean.
type BriefCandidates struct {
	Error      string              `json:"error"`
	Candidates []graphdb.EntityHit `json:"candidates"`
}

func (h *briefHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s := h.s
	g, ok := s.g.(brief.Graph)
	if !ok {
		s.fail(w, http.StatusNotImplemented, "this server's graph cannot produce briefs")
		return
	}
	q := r.URL.Query()
	var args []string
	for _, v := range q["ids"] {
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a != "" {
				args = append(args, a)
			}
		}
	}
	if len(args) == 0 {
		s.fail(w, http.StatusBadRequest, "ids is required: entity ids or names, comma-separated")
		return
	}
	if len(args) > brief.MaxSubjects {
		s.fail(w, http.StatusBadRequest, "one brief covers at most 10 entities")
		return
	}
	format := strings.TrimSpace(q.Get("format"))
	if format == "" {
		format = brief.FormatHTML
	}
	if !slices.Contains(brief.Formats, format) {
		s.fail(w, http.StatusBadRequest, "format must be one of "+strings.Join(brief.Formats, ", "))
		return
	}
	opt := brief.Options{MinGrade: strings.TrimSpace(q.Get("min_grade"))}
	if opt.MinGrade == "" {
		opt.MinGrade = model.Alleged
	}
	if !slices.Contains(model.Grades, opt.MinGrade) {
		s.fail(w, http.StatusBadRequest, "min_grade must be one of "+strings.Join(model.Grades, ", "))
		return
	}
	if v := strings.TrimSpace(q.Get("since")); v != "" {
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			s.fail(w, http.StatusBadRequest, "since must be a day as YYYY-MM-DD")
			return
		}
		opt.Since = t
	}
	chromium := ""
	if format == brief.FormatPDF {
		var err error
		if chromium, err = brief.FindChromium(); err != nil {
			s.log.Error("brief: no Chromium to print PDFs", "err", err)
			s.fail(w, http.StatusServiceUnavailable, "this server cannot print PDF briefs (no Chromium installed); ask for format=html or format=md")
			return
		}
	}

	ctx, cancel := context.WithTimeout(r.Context(), s.analyticsTimeout)
	defer cancel()
	ids, err := brief.Resolve(ctx, g, args)
	var amb *brief.Ambiguous
	var nf *brief.NotFound
	switch {
	case errors.As(err, &amb):
		writeJSON(w, http.StatusBadRequest, BriefCandidates{Error: amb.Error(), Candidates: amb.Candidates})
		return
	case errors.As(err, &nf):
		writeJSON(w, http.StatusNotFound, BriefCandidates{Error: nf.Error(), Candidates: orEmpty(nf.Similar)})
		return
	case err != nil:
		s.reply(w, r.WithContext(ctx), nil, err)
		return
	}
	b, err := brief.Build(ctx, g, ids, opt)
	if err != nil {
		s.reply(w, r.WithContext(ctx), nil, err)
		return
	}
	cancel()

	var buf bytes.Buffer
	switch format {
	case brief.FormatMarkdown:
		err = brief.Markdown(&buf, b)
	case brief.FormatHTML:
		err = brief.HTML(&buf, b)
	case brief.FormatPDF:
		select {
		case h.prints <- struct{}{}:
			defer func() { <-h.prints }()
		default:
			w.Header().Set("Retry-After", "10")
			s.fail(w, http.StatusServiceUnavailable, "the server is printing other briefs; try again shortly")
			return
		}
		err = brief.PDF(r.Context(), &buf, b, chromium)
	}
	if err != nil {
		if r.Context().Err() != nil {
			return
		}
		s.log.Error("brief failed", "ids", ids, "format", format, "err", err)
		s.fail(w, http.StatusInternalServerError, "the brief could not be rendered; see the server log")
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", brief.ContentType(format))
	// The brief carries crawled text: no script may run in it, nothing may be fetched, and it
	// may not be framed, whatever slipped past the escaping.
	hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox")
	hd.Set("Content-Disposition", `inline; filename="`+briefFilename(ids, format)+`"`)
	hd.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
}

func orEmpty(h []graphdb.EntityHit) []graphdb.EntityHit {
	if h == nil {
		return []graphdb.EntityHit{}
	}
	return h
}

// briefFilename is brief-<first id>.<format>, with only safe characters.
func briefFilename(ids []string, format string) string {
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			return r
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A')
		}
		return '-'
	}, ids[0])
	if len(name) > 60 {
		name = name[:60]
	}
	return "brief-" + name + "." + format
}
