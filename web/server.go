// Package web serves the explorer and the JSON API over the graph. Everything shown comes from
// crawled pages written by the people under investigation, so the API returns plain JSON and the
// explorer inserts it as text, never as markup.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
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
	captures         CaptureFunc   // archived bytes behind GET /captures/{sha256}; nil: none
	pathTimeout      time.Duration // bound of one path search in the database; 0: PathTimeout
}

// New returns the explorer and API handler.
func New(g Graph, log *slog.Logger) *Server {
	if log == nil {
		log = slog.Default()
	}
	s := &Server{g: g, log: log, mux: http.NewServeMux(),
		cypherLimits:     graphdb.CypherOptions{Timeout: DefaultCypherTimeout, MaxRows: DefaultCypherRows},
		analyticsTimeout: DefaultAnalyticsTimeout}
	static, _ := fs.Sub(staticFiles, "static")
	s.mux.Handle("GET /", http.FileServerFS(static))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /api/stats", s.stats)
	s.mux.HandleFunc("GET /api/summary", s.summary)
	s.mux.HandleFunc("GET /api/entities", s.search)
	s.mux.HandleFunc("GET /api/entities/{id}", s.entity)
	s.mux.HandleFunc("GET /api/evidence", s.evidence)
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

// ServeHTTP sets protective headers and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := s.g.Ping(ctx); err != nil {
		http.Error(w, "graph unreachable: "+err.Error(), http.StatusServiceUnavailable)
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
	hits, err := s.g.SearchEntities(r.Context(), q.Get("q"), q.Get("type"), limit)
	if hits == nil && err == nil {
		hits = []graphdb.EntityHit{}
	}
	s.reply(w, r, hits, err)
}

func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
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
	ev, err := s.g.Evidence(r.Context(), subj, pred, obj)
	if ev == nil && err == nil {
		ev = []graphdb.Evidence{}
	}
	s.reply(w, r, ev, err)
}

func (s *Server) reply(w http.ResponseWriter, r *http.Request, v any, err error) {
	if err != nil {
		// The driver reports a cancelled or expired context as a connectivity error without
		// wrapping it, so the request's own context says which it was.
		if errors.Is(err, context.Canceled) || errors.Is(r.Context().Err(), context.Canceled) {
			return
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(r.Context().Err(), context.DeadlineExceeded) {
			s.log.Warn("request timed out", "path", r.URL.Path, "query", r.URL.RawQuery)
			s.fail(w, http.StatusGatewayTimeout, "the graph did not answer in time; ask for fewer hops, a smaller depth, a stronger min_grade or a lower limit")
			return
		}
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
		s.fail(w, http.StatusInternalServerError, "graph query failed; see the server log")
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) fail(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}
