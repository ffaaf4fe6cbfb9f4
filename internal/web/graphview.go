package web

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// Filtered is what the diagram, the paths view and the exports ask of the store: walks that
// honour a graphdb.Filter. *graphdb.Store implements it.
type Filtered interface {
	FilteredNeighbourhood(ctx context.Context, id string, depth int, f graphdb.Filter) (*graphdb.Subgraph, []string, error)
	FilteredPaths(ctx context.Context, from, to string, maxHops int, all bool, f graphdb.Filter, limit int, timeout time.Duration) ([]graphdb.Path, error)
}

// PathTimeout bounds one path search in the database; past it the reader is told how to ask
// a smaller question (400), instead of waiting for a gateway timeout.
const PathTimeout = 8 * time.Second

// SetPathTimeout changes how long one path search may run in the database (default
// PathTimeout); past it the answer is a 400 saying how to ask a smaller question.
func (s *Server) SetPathTimeout(d time.Duration) {
	if d > 0 {
		s.pathTimeout = d
	}
}

func (s *Server) pathLimit() time.Duration {
	if s.pathTimeout > 0 {
		return s.pathTimeout
	}
	return PathTimeout
}

// filter reads the filter parameters: min_grade, predicates (comma-separated or repeated),
// since and until (YYYY-MM-DD, on the first and last time an edge was reported), hubs=1
// (walk through hubs) and sanctions=1 (paths may use SANCTIONED_BY).
func (p *params) filter() graphdb.Filter {
	f := graphdb.Filter{MinGrade: p.grade(), Hubs: p.bool("hubs"), Sanctions: p.bool("sanctions")}
	for _, v := range p.q["predicates"] {
		for _, pr := range strings.Split(v, ",") {
			pr = strings.TrimSpace(pr)
			if pr == "" {
				continue
			}
			if !slices.Contains(model.Predicates, pr) {
				p.fail("predicates must be among %s", strings.Join(model.Predicates, ", "))
				return f
			}
			if !slices.Contains(f.Predicates, pr) {
				f.Predicates = append(f.Predicates, pr)
			}
		}
	}
	f.Since = p.date("since", false)
	f.Until = p.date("until", true)
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		p.fail("until must not be before since")
	}
	return f
}

// date reads name as YYYY-MM-DD; end moves it to the last instant of that day.
func (p *params) date(name string, end bool) time.Time {
	v := strings.TrimSpace(first(p.q[name]))
	if v == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		p.fail("%s must be a date written YYYY-MM-DD", name)
		return time.Time{}
	}
	if end {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t
}

// GraphAnswer is the body of GET /api/entities/{id}/graph: the diagram's nodes and edges.
// Collapsed lists hubs shown but not expanded (authorities, entities with very many links).
type GraphAnswer struct {
	*graphdb.Subgraph
	Collapsed []string `json:"collapsed"`
}

func (s *Server) routeGraphView() {
	s.mux.HandleFunc("GET /api/entities/{id}/graph", s.cached(s.bounded(s.graphView)))
}

func (s *Server) filtered(w http.ResponseWriter) (Filtered, bool) {
	f, ok := s.g.(Filtered)
	if !ok {
		s.fail(w, http.StatusNotImplemented, "this graph store cannot filter walks")
	}
	return f, ok
}

func (s *Server) graphView(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	depth := p.int("depth", 1, 1, graphdb.MaxDepth)
	f := p.filter()
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	fg, ok := s.filtered(w)
	if !ok {
		return
	}
	id := r.PathValue("id")
	sg, collapsed, err := fg.FilteredNeighbourhood(r.Context(), id, depth, f)
	if err == nil && sg == nil {
		s.fail(w, http.StatusNotFound, "no entity with id "+strconv.Quote(id))
		return
	}
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	writeJSON(w, http.StatusOK, GraphAnswer{Subgraph: sg, Collapsed: collapsed})
}
