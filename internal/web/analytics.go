package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// Analytics is what the server asks of the store beyond entity pages: graph walks, rankings
// and researcher Cypher. Each method bounds its own work; the handlers bound the parameters.
type Analytics interface {
	Neighbourhood(ctx context.Context, id string, depth int, minGrade string) (*graphdb.Subgraph, error)
	OwnershipChains(ctx context.Context, id string, maxHops int, minGrade string) ([]graphdb.Path, error)
	ComplicityPaths(ctx context.Context, compound string, maxHops int, minGrade string, limit int) ([]graphdb.ComplicityPath, error)
	CoSanctionedNetworks(ctx context.Context, minGrade string) ([]graphdb.SanctionedNetwork, error)
	Centrality(ctx context.Context, types []string, minGrade string, limit int) ([]graphdb.Ranked, error)
	EntityNode(ctx context.Context, id string) (*graphdb.Node, error)
	CitingDocument(ctx context.Context, digest string) (*graphdb.DocumentRef, error)
	ReadCypher(ctx context.Context, query string, params map[string]any, opt graphdb.CypherOptions) (*graphdb.CypherResult, error)
	StreamCypher(ctx context.Context, query string, params map[string]any, opt graphdb.CypherOptions, sink graphdb.RowSink) (bool, error)
}

// Defaults and bounds of the analytics parameters. Depth and hops are capped by graphdb.
const (
	DefaultDepth      = 2
	DefaultHops       = 4
	DefaultPathLimit  = 50
	DefaultCentral    = 20
	MaxCentral        = 1000
	DefaultCypherRows = 1000
	MaxCypherRows     = 10000
	// DefaultCypherTimeout is the server-side time limit of one POST /api/cypher query.
	DefaultCypherTimeout = 10 * time.Second
	// maxCypherBody caps the request body of POST /api/cypher (query plus parameters).
	maxCypherBody = 256 << 10
	// maxCypherQuery is graphdb's own cap on a query's length.
	maxCypherQuery = 64 << 10
	// MaxWalkHops bounds the queries that enumerate every simple path (all paths, complicity
	// paths): their cost grows exponentially with hops. Shortest paths and ownership chains
	// (directed OWNS edges) stay cheap up to graphdb.MaxPathHops.
	MaxWalkHops = 6
	// DefaultAnalyticsTimeout bounds one analytics request; past it the answer is a 504.
	DefaultAnalyticsTimeout = 30 * time.Second
)

// badRequest is a parameter mistake; its text goes back to the client.
type badRequest string

func (b badRequest) Error() string { return string(b) }

// params reads and checks query parameters, remembering the first mistake.
type params struct {
	q   map[string][]string
	err error
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = badRequest(fmt.Sprintf(format, args...))
	}
}

// int reads name as an integer from lo to hi, def when absent.
func (p *params) int(name string, def, lo, hi int) int {
	v := strings.TrimSpace(first(p.q[name]))
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.fail("%s must be a whole number from %d to %d", name, lo, hi)
		return def
	}
	return n
}

// bool reads name as true/false (1/0, yes/no also accepted; a bare ?all means true).
func (p *params) bool(name string) bool {
	vs, ok := p.q[name]
	if !ok {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(first(vs))) {
	case "", "1", "true", "yes", "on":
		return true
	case "0", "false", "no", "off":
		return false
	}
	p.fail("%s must be true or false", name)
	return false
}

// grade reads min_grade: one of the grades, default alleged (every typed relation).
func (p *params) grade() string {
	g := strings.TrimSpace(first(p.q["min_grade"]))
	if g == "" {
		return model.Alleged
	}
	if !slices.Contains(model.Grades, g) {
		p.fail("min_grade must be one of %s", strings.Join(model.Grades, ", "))
	}
	return g
}

// required reads a non-empty parameter.
func (p *params) required(name string) string {
	v := strings.TrimSpace(first(p.q[name]))
	if v == "" {
		p.fail("%s is required", name)
	}
	return v
}

// types reads type as entity types, repeated or comma-separated.
func (p *params) types(name string) []string {
	var out []string
	for _, v := range p.q[name] {
		for _, t := range strings.Split(v, ",") {
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			if !slices.Contains(model.EntityTypes, t) {
				p.fail("%s must be one of %s", name, strings.Join(model.EntityTypes, ", "))
				return nil
			}
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func (s *Server) routeAnalytics() {
	s.mux.HandleFunc("GET /api/entities/{id}/neighbourhood", s.cached(s.bounded(s.neighbourhood)))
	s.mux.HandleFunc("GET /api/entities/{id}/owners", s.cached(s.bounded(s.owners)))
	s.mux.HandleFunc("GET /api/compounds/{id}/complicity", s.cached(s.bounded(s.complicity)))
	s.mux.HandleFunc("GET /api/paths", s.cached(s.bounded(s.paths)))
	s.mux.HandleFunc("GET /api/sanctioned-networks", s.cached(s.bounded(s.sanctioned)))
	s.mux.HandleFunc("GET /api/centrality", s.cached(s.bounded(s.centrality)))
	s.mux.HandleFunc("POST /api/cypher", s.cypher) // bounded by its own server-side time limit
	// Unknown API paths answer in JSON, not with the explorer's file server.
	s.mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		msg := "no API endpoint GET " + r.URL.Path
		if r.URL.Path == "/api/cypher" {
			msg += "; send the query with POST"
		}
		s.fail(w, http.StatusNotFound, msg)
	})
}

// bounded gives a request at most the analytics timeout: past it the driver gives up the
// transaction and its connection, and the client gets a 504 instead of waiting on a costly walk.
func (s *Server) bounded(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.analyticsTimeout)
		defer cancel()
		h(w, r.WithContext(ctx))
	}
}

// entityOr404 looks an entity up and answers 404 when it does not exist.
func (s *Server) entityOr404(w http.ResponseWriter, r *http.Request, id string) *graphdb.Node {
	if msg := badID(id); msg != "" {
		s.fail(w, http.StatusBadRequest, msg)
		return nil
	}
	n, err := s.g.EntityNode(r.Context(), id)
	if err != nil {
		s.reply(w, r, nil, err)
		return nil
	}
	return n
}

func (s *Server) neighbourhood(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	depth := p.int("depth", DefaultDepth, 1, graphdb.MaxDepth)
	grade := p.grade()
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	id := r.PathValue("id")
	if msg := badID(id); msg != "" {
		s.fail(w, http.StatusBadRequest, msg)
		return
	}
	sg, err := s.g.Neighbourhood(r.Context(), id, depth, grade)
	if err == nil && sg == nil {
		s.fail(w, http.StatusNotFound, "no entity with id "+strconv.Quote(id))
		return
	}
	s.reply(w, r, sg, err)
}

// PathsAnswer is the body of GET /api/paths.
type PathsAnswer struct {
	From     graphdb.Node `json:"from"`
	To       graphdb.Node `json:"to"`
	Mode     string       `json:"mode"` // shortest or all
	MaxHops  int          `json:"max_hops"`
	MinGrade string       `json:"min_grade"`
	// Filter is what the walk honoured: predicates, dates, and whether hubs and SANCTIONED_BY
	// were allowed (by default they are not: an authority listing two people is no tie).
	Filter *graphdb.Filter `json:"filter,omitempty"`
	Paths  []graphdb.Path  `json:"paths"`
}

func (s *Server) paths(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	from, to := p.required("from"), p.required("to")
	all := p.bool("all")
	maxHops := graphdb.MaxPathHops
	if all {
		maxHops = MaxWalkHops
	}
	hops := p.int("max_hops", DefaultHops, 1, maxHops)
	limit := p.int("limit", DefaultPathLimit, 1, graphdb.MaxPaths)
	f := p.filter()
	grade := f.MinGrade
	if p.err == nil && from == to {
		p.fail("from and to must be different entities")
	}
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	a := s.entityOr404(w, r, from)
	if a == nil {
		return
	}
	b := s.entityOr404(w, r, to)
	if b == nil {
		return
	}
	ans := PathsAnswer{From: *a, To: *b, Mode: "shortest", MaxHops: hops, MinGrade: grade, Filter: &f}
	if all {
		ans.Mode = "all"
	}
	fg, ok := s.filtered(w)
	if !ok {
		return
	}
	paths, err := fg.FilteredPaths(r.Context(), from, to, hops, all, f, limit, s.pathLimit())
	if err != nil {
		if msg, ok := pathSearchError(err, all, hops, s.pathLimit()); ok {
			s.fail(w, http.StatusBadRequest, msg)
			return
		}
	}
	ans.Paths = paths
	if len(ans.Paths) > limit {
		ans.Paths = ans.Paths[:limit]
	}
	if ans.Paths == nil {
		ans.Paths = []graphdb.Path{}
	}
	s.reply(w, r, ans, err)
}

// OwnersAnswer is the body of GET /api/entities/{id}/owners: Nodes[0] of each chain is an
// ultimate owner, the last node the entity.
type OwnersAnswer struct {
	Entity   graphdb.Node   `json:"entity"`
	MaxHops  int            `json:"max_hops"`
	MinGrade string         `json:"min_grade"`
	Chains   []graphdb.Path `json:"chains"`
}

func (s *Server) owners(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	hops := p.int("max_hops", DefaultHops, 1, graphdb.MaxPathHops)
	grade := p.grade()
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	id := r.PathValue("id")
	n := s.entityOr404(w, r, id)
	if n == nil {
		return
	}
	chains, err := s.g.OwnershipChains(r.Context(), id, hops, grade)
	if chains == nil {
		chains = []graphdb.Path{}
	}
	s.reply(w, r, OwnersAnswer{Entity: *n, MaxHops: hops, MinGrade: grade, Chains: chains}, err)
}

// ComplicityAnswer is the body of GET /api/compounds/{id}/complicity.
type ComplicityAnswer struct {
	Compound graphdb.Node             `json:"compound"`
	MaxHops  int                      `json:"max_hops"`
	MinGrade string                   `json:"min_grade"`
	Paths    []graphdb.ComplicityPath `json:"paths"`
}

func (s *Server) complicity(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	hops := p.int("max_hops", DefaultHops, 1, MaxWalkHops)
	limit := p.int("limit", DefaultPathLimit, 1, graphdb.MaxPaths)
	grade := p.grade()
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	id := r.PathValue("id")
	n := s.entityOr404(w, r, id)
	if n == nil {
		return
	}
	if n.Type != model.Compound {
		s.fail(w, http.StatusBadRequest, fmt.Sprintf("complicity paths lead to a compound; %s is a %s", strconv.Quote(id), n.Type))
		return
	}
	paths, err := s.g.ComplicityPaths(r.Context(), id, hops, grade, limit)
	if paths == nil {
		paths = []graphdb.ComplicityPath{}
	}
	s.reply(w, r, ComplicityAnswer{Compound: *n, MaxHops: hops, MinGrade: grade, Paths: paths}, err)
}

func (s *Server) sanctioned(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	grade := p.grade()
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	nets, err := s.g.CoSanctionedNetworks(r.Context(), grade)
	if nets == nil {
		nets = []graphdb.SanctionedNetwork{}
	}
	s.reply(w, r, nets, err)
}

func (s *Server) centrality(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	types := p.types("type")
	limit := p.int("limit", DefaultCentral, 1, MaxCentral)
	grade := p.grade()
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	ranked, err := s.g.Centrality(r.Context(), types, grade, limit)
	if ranked == nil {
		ranked = []graphdb.Ranked{}
	}
	s.reply(w, r, ranked, err)
}

// CypherRequest is the body of POST /api/cypher.
type CypherRequest struct {
	Query   string         `json:"query"`
	Params  map[string]any `json:"params"`
	MaxRows int            `json:"max_rows"` // optional, 1 to MaxCypherRows; default DefaultCypherRows
}

func (s *Server) cypher(w http.ResponseWriter, r *http.Request) {
	if s.auth != nil {
		if ok, wait := s.auth.cypher.take(clientKey(r)); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(wait))
			s.fail(w, http.StatusTooManyRequests, fmt.Sprintf("too many queries from this client; try again in %d s", wait))
			return
		}
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxCypherBody+1))
	if err != nil {
		s.fail(w, http.StatusBadRequest, "the request body could not be read")
		return
	}
	if len(body) > maxCypherBody {
		s.fail(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d KiB", maxCypherBody>>10))
		return
	}
	req, err := decodeCypherRequest(body)
	if err != nil {
		s.fail(w, http.StatusBadRequest, err.Error())
		return
	}
	opt := s.cypherLimits
	if req.MaxRows != 0 {
		if req.MaxRows < 1 || req.MaxRows > MaxCypherRows {
			s.fail(w, http.StatusBadRequest, fmt.Sprintf("max_rows must be from 1 to %d", MaxCypherRows))
			return
		}
		opt.MaxRows = min(req.MaxRows, opt.MaxRows)
	}
	// At most a few queries stream at once, so that concurrent large answers cannot add up.
	select {
	case s.cypherSlots <- struct{}{}:
		defer func() { <-s.cypherSlots }()
	case <-r.Context().Done():
		return
	}
	out := &cypherStream{w: w, limit: s.maxAnswer, maxRows: opt.MaxRows}
	more, err := s.g.StreamCypher(r.Context(), req.Query, req.Params, opt, out)
	if err != nil {
		msg, code, ok := cypherClientError(err, opt.Timeout)
		if out.started {
			if !ok {
				s.log.Error("cypher query failed part-way", "err", err)
				msg = "the query failed part-way; see the server log"
			}
			out.finish(false, msg)
			return
		}
		if ok {
			s.fail(w, code, msg)
			return
		}
		s.reply(w, r, nil, err)
		return
	}
	out.finish(more, "")
}

// decodeCypherRequest reads the JSON body. Numbers keep their kind: an integer parameter
// reaches Neo4j as an integer (LIMIT $n needs one), anything else as a float.
func decodeCypherRequest(body []byte) (*CypherRequest, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	var req CypherRequest
	if err := dec.Decode(&req); err != nil {
		return nil, fmt.Errorf("body must be JSON {\"query\": \"MATCH ...\", \"params\": {...}}: %v", err)
	}
	if dec.More() {
		return nil, errors.New("body must hold one JSON object")
	}
	if strings.TrimSpace(req.Query) == "" {
		return nil, errors.New("query is required")
	}
	if len(req.Query) > maxCypherQuery {
		return nil, fmt.Errorf("query is longer than %d KiB", maxCypherQuery>>10)
	}
	for k, v := range req.Params {
		req.Params[k] = graphdb.JSONParam(v)
	}
	return &req, nil
}
