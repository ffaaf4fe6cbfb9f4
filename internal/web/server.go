// Package web serves the explorer and the JSON API over the graph. Everything shown comes from
// crawled pages written by the people under investigation, so the API returns plain JSON and the
// explorer inserts it as text, never as markup.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

//go:embed static
var staticFiles embed.FS

// Graph is what the server reads from the store: entity pages (Pages) and graph analytics.
// *graphdb.Store implements it.
type Graph interface {
	Pages
	Analytics
}

// Pages is what the explorer's search, entity and evidence views read.
type Pages interface {
	Ping(ctx context.Context) error
	Stats(ctx context.Context) (graphdb.Stats, error)
	Summary(ctx context.Context) (*graphdb.Summary, error)
	SearchEntities(ctx context.Context, q, typ string, limit int) ([]graphdb.EntityHit, error)
	Entity(ctx context.Context, id string) (*graphdb.EntityDetail, error)
	Evidence(ctx context.Context, subject, predicate, object string) ([]graphdb.Evidence, error)
}

// Server routes HTTP requests to the graph.
type Server struct {
	g            Graph
	log          *slog.Logger
	mux          *http.ServeMux
	cypherLimits graphdb.CypherOptions
	// analyticsTimeout bounds each analytics request (not the Cypher endpoint, which has its own).
	analyticsTimeout time.Duration
	hosts            map[string]bool // names the server answers to (Host header)
	auth             *authState      // nil: no login (loopback)
	maxAnswer        int64           // byte cap of one API answer
	answers          *answerCache    // recent read answers, reused for DefaultAnswerTTL
	cypherSlots      chan struct{}   // researcher queries streaming at once
	captures         CaptureFunc     // archived bytes behind GET /captures/{sha256}; nil: none
	pathTimeout      time.Duration   // bound of one path search in the database; 0: PathTimeout
}

// maxCypherAtOnce bounds the researcher queries one server streams at the same time.
const maxCypherAtOnce = 4

// New returns the explorer and API handler.
func New(g Graph, log *slog.Logger) *Server {
	if log == nil {
		log = slog.Default()
	}
	s := &Server{g: g, log: log, mux: http.NewServeMux(),
		cypherLimits:     graphdb.CypherOptions{Timeout: DefaultCypherTimeout, MaxRows: DefaultCypherRows},
		analyticsTimeout: DefaultAnalyticsTimeout, hosts: hostSet(LocalHosts), maxAnswer: DefaultMaxAnswer,
		cypherSlots: make(chan struct{}, maxCypherAtOnce), answers: newAnswerCache(DefaultAnswerTTL)}
	static, _ := fs.Sub(staticFiles, "static")
	s.mux.Handle("GET /", http.FileServerFS(static))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /api/stats", s.stats)
	s.mux.HandleFunc("GET /api/summary", s.summary)
	s.mux.HandleFunc("GET /api/entities", s.cached(s.search))
	s.mux.HandleFunc("GET /api/entities/{id}", s.cached(s.entity))
	s.mux.HandleFunc("GET /api/evidence", s.evidence)
	s.mux.HandleFunc("GET /login", s.loginForm)
	s.mux.HandleFunc("POST /login", s.loginSubmit)
	s.mux.HandleFunc("POST /logout", s.logout)
	s.mux.Handle("GET /api/brief", s.briefHandler())
	s.routeAnalytics()
	s.routeCaptures()
	s.routeFeeds()
	s.routeGraphView()
	s.routeExport()
	return s
}

// SetAnalyticsTimeout changes how long one analytics request may take (default
// DefaultAnalyticsTimeout).
func (s *Server) SetAnalyticsTimeout(d time.Duration) {
	if d > 0 {
		s.analyticsTimeout = d
	}
}

// SetCypherLimits changes the time limit and row cap of POST /api/cypher (defaults
// DefaultCypherTimeout and DefaultCypherRows); a request may ask for fewer rows, never more.
func (s *Server) SetCypherLimits(timeout time.Duration, maxRows int) {
	if timeout > 0 {
		s.cypherLimits.Timeout = timeout
	}
	if maxRows > 0 {
		s.cypherLimits.MaxRows = min(maxRows, MaxCypherRows)
	}
}

// Handle adds a route, for endpoints that live beside the core ones (analytics, Cypher).
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// ServeHTTP sets protective headers on every answer, refuses foreign names, other origins and
// non-JSON API bodies (checkRequest), asks for a login where one is set up, and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w.Header())
	if code, msg := s.checkRequest(r); code != 0 {
		s.fail(w, code, msg)
		return
	}
	if s.auth != nil && !publicPath(r) && !s.auth.allowed(r) {
		s.challenge(w, r)
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := s.g.Ping(ctx); err != nil {
		s.log.Warn("health check: graph unreachable", "err", err)
		http.Error(w, "graph unreachable; see the server log", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	st, err := s.g.Stats(r.Context())
	s.reply(w, r, st, err)
}

func (s *Server) summary(w http.ResponseWriter, r *http.Request) {
	sum, err := s.g.Summary(r.Context())
	s.reply(w, r, sum, err)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 25
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			s.fail(w, http.StatusBadRequest, "limit must be a number from 1 to 500")
			return
		}
		limit = n
	}
	if t := q.Get("type"); t != "" && !slices.Contains(model.EntityTypes, t) {
		s.fail(w, http.StatusBadRequest, "type must be one of "+strings.Join(model.EntityTypes, ", "))
		return
	}
	if len(q.Get("q")) > maxIDLen {
		s.fail(w, http.StatusBadRequest, fmt.Sprintf("q must be at most %d bytes", maxIDLen))
		return
	}
	hits, err := s.g.SearchEntities(r.Context(), q.Get("q"), q.Get("type"), limit)
	if hits == nil && err == nil {
		hits = []graphdb.EntityHit{}
	}
	s.reply(w, r, hits, err)
}

func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if msg := badID(id); msg != "" {
		s.fail(w, http.StatusBadRequest, msg)
		return
	}
	d, err := s.g.Entity(r.Context(), id)
	if err == nil && d == nil {
		s.fail(w, http.StatusNotFound, "no entity with id "+strconv.Quote(id))
		return
	}
	s.reply(w, r, d, err)
}

func (s *Server) evidence(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	subj, pred, obj := q.Get("subject"), q.Get("predicate"), q.Get("object")
	if subj == "" || pred == "" || obj == "" {
		s.fail(w, http.StatusBadRequest, "subject, predicate and object are required")
		return
	}
	if !slices.Contains(model.Predicates, pred) {
		s.fail(w, http.StatusBadRequest, "predicate must be one of "+strings.Join(model.Predicates, ", "))
		return
	}
	for _, id := range []string{subj, obj} {
		if msg := badID(id); msg != "" {
			s.fail(w, http.StatusBadRequest, msg)
			return
		}
	}
	ev, err := s.g.Evidence(r.Context(), subj, pred, obj)
	if ev == nil && err == nil {
		ev = []graphdb.Evidence{}
	}
	s.reply(w, r, ev, err)
}

func (s *Server) reply(w http.ResponseWriter, r *http.Request, v any, err error) {
	if err != nil {
		s.replyError(w, r, err)
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		s.log.Error("answer cannot be written as JSON", "path", r.URL.Path, "err", err)
		s.fail(w, http.StatusInternalServerError, "the answer could not be written; see the server log")
		return
	}
	if int64(len(b)) > s.maxAnswer {
		s.fail(w, http.StatusBadRequest, fmt.Sprintf("the answer would be larger than the %s cap of one API answer; ask for a lower limit or depth, or a stronger min_grade", byteSize(s.maxAnswer)))
		return
	}
	writeRaw(w, http.StatusOK, append(b, '\n'))
}

func (s *Server) fail(w http.ResponseWriter, code int, msg string) {
	b, _ := json.Marshal(map[string]string{"error": msg})
	writeRaw(w, code, append(b, '\n'))
}

// writeJSON sends v as a JSON answer with the given status, for handlers that build their own
// answers (reply adds the byte cap of API answers).
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b, code = []byte(`{"error": "the answer could not be written as JSON"}`), http.StatusInternalServerError
	}
	writeRaw(w, code, append(b, '\n'))
}

// writeRaw sends an encoded JSON answer (json.Marshal escapes <, > and & for HTML safety).
func writeRaw(w http.ResponseWriter, code int, b []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(b)
}

// maxIDLen bounds an entity id or search text taken from a request.
const maxIDLen = 512

// badID says what is wrong with an entity id from a request, or "".
func badID(id string) string {
	switch {
	case id == "":
		return "an entity id is required"
	case len(id) > maxIDLen:
		return fmt.Sprintf("an entity id is at most %d bytes", maxIDLen)
	case !utf8.ValidString(id) || strings.ContainsFunc(id, unicode.IsControl):
		return "an entity id is printable UTF-8 text"
	}
	return ""
}
