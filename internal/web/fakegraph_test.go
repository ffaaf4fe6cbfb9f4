package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
)

// fakeGraph is a Graph without a database, for the handlers' own checks: which parameters
// they refuse and how they map the store's typed errors to status codes. It knows a few
// entities; err, when set, is what every walk and query returns. calls counts store calls, so
// a test can see that a refused request never reached the store.
type fakeGraph struct {
	nodes map[string]graphdb.Node
	err   error
	calls int
}

func newFakeGraph() *fakeGraph {
	return &fakeGraph{nodes: map[string]graphdb.Node{
		"person:a":   {ID: "person:a", Name: "A", Type: "Person"},
		"person:b":   {ID: "person:b", Name: "B", Type: "Person"},
		"compound:k": {ID: "compound:k", Name: "K Park", Type: "Compound"},
	}}
}

func (f *fakeGraph) Ping(context.Context) error                   { return nil }
func (f *fakeGraph) Stats(context.Context) (graphdb.Stats, error) { return graphdb.Stats{}, nil }
func (f *fakeGraph) Summary(context.Context) (*graphdb.Summary, error) {
	return &graphdb.Summary{}, nil
}
func (f *fakeGraph) SearchEntities(context.Context, string, string, int) ([]graphdb.EntityHit, error) {
	return nil, nil
}
func (f *fakeGraph) Entity(context.Context, string) (*graphdb.EntityDetail, error) { return nil, nil }
func (f *fakeGraph) Evidence(context.Context, string, string, string) ([]graphdb.Evidence, error) {
	return nil, nil
}

func (f *fakeGraph) EntityNode(_ context.Context, id string) (*graphdb.Node, error) {
	f.calls++
	if n, ok := f.nodes[id]; ok {
		return &n, nil
	}
	return nil, graphdb.NotFound{What: "entity", ID: id}
}

func (f *fakeGraph) CitingDocument(_ context.Context, digest string) (*graphdb.DocumentRef, error) {
	f.calls++
	return nil, graphdb.NotFound{What: "document citing capture", ID: digest}
}

func (f *fakeGraph) Neighbourhood(_ context.Context, id string, _ int, _ string) (*graphdb.Subgraph, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	n, ok := f.nodes[id]
	if !ok {
		return nil, nil
	}
	return &graphdb.Subgraph{Nodes: []graphdb.Node{n}, Edges: []graphdb.Edge{}}, nil
}

func (f *fakeGraph) OwnershipChains(context.Context, string, int, string) ([]graphdb.Path, error) {
	f.calls++
	return nil, f.err
}
func (f *fakeGraph) ComplicityPaths(context.Context, string, int, string, int) ([]graphdb.ComplicityPath, error) {
	f.calls++
	return nil, f.err
}
func (f *fakeGraph) CoSanctionedNetworks(context.Context, string) ([]graphdb.SanctionedNetwork, error) {
	f.calls++
	return nil, f.err
}
func (f *fakeGraph) Centrality(context.Context, []string, string, int) ([]graphdb.Ranked, error) {
	f.calls++
	return nil, f.err
}
func (f *fakeGraph) ReadCypher(context.Context, string, map[string]any, graphdb.CypherOptions) (*graphdb.CypherResult, error) {
	f.calls++
	return nil, f.err
}
func (f *fakeGraph) StreamCypher(_ context.Context, _ string, _ map[string]any, _ graphdb.CypherOptions, sink graphdb.RowSink) (bool, error) {
	f.calls++
	if f.err != nil {
		return false, f.err
	}
	if err := sink.Columns([]string{"n"}); err != nil {
		return false, err
	}
	return false, sink.Row([]any{int64(1)})
}
func (f *fakeGraph) FilteredNeighbourhood(ctx context.Context, id string, depth int, _ graphdb.Filter) (*graphdb.Subgraph, []string, error) {
	sg, err := f.Neighbourhood(ctx, id, depth, "")
	return sg, nil, err
}
func (f *fakeGraph) FilteredPaths(context.Context, string, string, int, bool, graphdb.Filter, int, time.Duration) ([]graphdb.Path, error) {
	f.calls++
	return nil, f.err
}

var _ Graph = (*fakeGraph)(nil)
var _ Filtered = (*fakeGraph)(nil)

// TestHandlerInputChecks runs the analytics handlers on a fake graph: parameter mistakes are a
// 400 that never reaches the store, unknown entities a 404, and each kind of store error gets
// its status code.
func TestHandlerInputChecks(t *testing.T) {
	timeout := fmt.Errorf("paths at bolt://x: %w", &graphdb.QueryError{Kind: graphdb.ErrTimeout, Detail: "The transaction has been terminated.", Err: io.ErrUnexpectedEOF})
	badQuery := fmt.Errorf("cypher at bolt://x: %w", &graphdb.QueryError{Kind: graphdb.ErrBadQuery, Detail: "Invalid input 'MATC'", Err: io.ErrUnexpectedEOF})
	refused := fmt.Errorf("cypher at bolt://x: %w", &graphdb.QueryError{Kind: graphdb.ErrRefused, Detail: "Writing in read access mode not allowed", Err: io.ErrUnexpectedEOF})
	for _, c := range []struct {
		name, method, path, body string
		storeErr                 error
		code                     int
		want                     string // in the answer
		reachesStore             bool
	}{
		{"depth out of range", "GET", "/api/entities/person:a/neighbourhood?depth=99", "", nil, 400, "depth must be a whole number", false},
		{"depth not a number", "GET", "/api/entities/person:a/neighbourhood?depth=two", "", nil, 400, "depth must be", false},
		{"unknown grade", "GET", "/api/entities/person:a/neighbourhood?min_grade=rumour", "", nil, 400, "min_grade must be one of", false},
		{"unknown type", "GET", "/api/centrality?type=Alien", "", nil, 400, "type must be one of", false},
		{"limit out of range", "GET", "/api/centrality?limit=0", "", nil, 400, "limit must be", false},
		{"control character in id", "GET", "/api/entities/bad%01id/owners", "", nil, 400, "printable UTF-8", false},
		{"overlong id", "GET", "/api/entities/" + strings.Repeat("x", maxIDLen+1) + "/neighbourhood", "", nil, 400, "at most", false},
		{"paths need both ends", "GET", "/api/paths?from=person:a", "", nil, 400, "to is required", false},
		{"paths between one entity", "GET", "/api/paths?from=person:a&to=person:a", "", nil, 400, "different entities", false},
		{"unknown predicate", "GET", "/api/paths?from=person:a&to=person:b&predicates=LIKES", "", nil, 400, "predicates must be among", false},
		{"all paths hop cap", "GET", "/api/paths?from=person:a&to=person:b&all=1&max_hops=9", "", nil, 400, "max_hops must be", false},
		{"neighbourhood of nobody", "GET", "/api/entities/person:z/neighbourhood", "", nil, 404, `no entity with id \"person:z\"`, true},
		{"owners of nobody", "GET", "/api/entities/person:z/owners", "", nil, 404, "person:z", true},
		{"paths to nobody", "GET", "/api/paths?from=person:a&to=person:z", "", nil, 404, "person:z", true},
		{"complicity of a person", "GET", "/api/compounds/person:a/complicity", "", nil, 400, "lead to a compound", true},
		{"walk timed out", "GET", "/api/entities/person:a/neighbourhood", "", timeout, 504, "did not answer in time", true},
		{"ranking timed out", "GET", "/api/centrality", "", context.DeadlineExceeded, 504, "did not answer in time", true},
		{"path search timed out", "GET", "/api/paths?from=person:a&to=person:b&all=1", "", timeout, 400, "too many simple paths", true},
		{"store failure", "GET", "/api/sanctioned-networks", "", errors.New("connection reset"), 500, "see the server log", true},
		{"owners found", "GET", "/api/entities/person:a/owners", "", nil, 200, `"chains":[]`, true},
		{"cypher not JSON", "POST", "/api/cypher", `MATCH (n) RETURN n`, nil, 400, "body must be JSON", false},
		{"cypher without query", "POST", "/api/cypher", `{"query": " "}`, nil, 400, "query is required", false},
		{"cypher row cap", "POST", "/api/cypher", `{"query": "RETURN 1", "max_rows": 0.5}`, nil, 400, "", false},
		{"cypher syntax error", "POST", "/api/cypher", `{"query": "MATC (n) RETURN n"}`, badQuery, 400, "cypher: Invalid input", true},
		{"cypher write refused", "POST", "/api/cypher", `{"query": "CREATE (n)"}`, refused, 400, "cypher: refused: Writing", true},
		{"cypher timed out", "POST", "/api/cypher", `{"query": "RETURN 1"}`, timeout, 400, "time limit", true},
		{"cypher answers", "POST", "/api/cypher", `{"query": "RETURN 1"}`, nil, 200, `"n"`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := newFakeGraph()
			g.err = c.storeErr
			srv := New(g, nil)
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(c.method, c.path, strings.NewReader(c.body))
			req.Host = "localhost"
			if c.method == "POST" {
				req.Header.Set("Content-Type", "application/json")
			}
			srv.ServeHTTP(rec, req)
			body := rec.Body.String()
			if rec.Code != c.code || !strings.Contains(body, c.want) {
				t.Fatalf("%s %s: %d %s, want %d with %q", c.method, c.path, rec.Code, body, c.code, c.want)
			}
			if rec.Code >= 400 && !json.Valid(rec.Body.Bytes()) {
				t.Errorf("error answer is not JSON: %s", body)
			}
			if (g.calls > 0) != c.reachesStore {
				t.Errorf("store called %d times; want reached=%v", g.calls, c.reachesStore)
			}
		})
	}
}
