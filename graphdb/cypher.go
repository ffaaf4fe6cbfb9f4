package graphdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// CypherOptions bound one researcher query.
type CypherOptions struct {
	Timeout time.Duration // server-side transaction timeout; default 10s, at most 2m
	MaxRows int           // rows returned; default 1000, at most 10000
}

// CypherResult is a query's answer in JSON-friendly values: nodes, relationships and paths
// become maps, times RFC 3339 strings.
type CypherResult struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"` // more rows existed than MaxRows
}

// RowSink receives a researcher query's answer as it streams from Neo4j, so that a caller can
// write it out (or stop) without holding every row.
type RowSink interface {
	Columns(cols []string) error
	// Row gets one row of plain values; returning ErrStopRows ends the answer early, without error.
	Row(values []any) error
}

// ErrStopRows is what a RowSink returns to stop reading rows (its own cap was reached).
var ErrStopRows = errors.New("stop reading rows")

// cypherFetchSize is how many records the driver pulls from Neo4j at a time for a researcher
// query: small batches keep a streamed answer's memory bounded.
const cypherFetchSize = 100

// ReadCypher runs a researcher's Cypher query read-only and returns at most MaxRows rows; see
// StreamCypher for the guard.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, opt CypherOptions) (*CypherResult, error) {
	c := &collectRows{res: &CypherResult{Rows: [][]any{}}}
	more, err := s.StreamCypher(ctx, query, params, opt, c)
	if err != nil {
		return nil, err
	}
	c.res.Truncated = more
	return c.res, nil
}

type collectRows struct{ res *CypherResult }

func (c *collectRows) Columns(cols []string) error { c.res.Columns = cols; return nil }
func (c *collectRows) Row(v []any) error           { c.res.Rows = append(c.res.Rows, v); return nil }

// StreamCypher runs a researcher's Cypher query and hands its rows to sink, at most MaxRows of
// them; it reports whether more rows existed. The guard is Neo4j's own: the query is planned
// with EXPLAIN and refused (ErrNotReadOnly) unless the plan is a plain read (CheckPlan: no LOAD
// CSV, no writes, no administrative command, no procedure or function outside a short
// allow-list, no other database); it then runs in a READ access-mode transaction with a
// server-side timeout. The transaction is explicit, never retried, so a sink sees each row once.
func (s *Store) StreamCypher(ctx context.Context, query string, params map[string]any, opt CypherOptions, sink RowSink) (bool, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Second
	}
	opt.Timeout = min(opt.Timeout, 2*time.Minute)
	if opt.MaxRows <= 0 {
		opt.MaxRows = 1000
	}
	opt.MaxRows = min(opt.MaxRows, 10000)
	if strings.TrimSpace(query) == "" {
		return false, errors.New("cypher: empty query")
	}
	if len(query) > 64<<10 {
		return false, errors.New("cypher: query longer than 64 KiB")
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout+5*time.Second)
	defer cancel()
	drv, rcap := s.researchDriver()
	var cutsBefore int64
	if rcap != nil {
		cutsBefore = rcap.cuts.Load()
	}
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database,
		AccessMode: neo4j.AccessModeRead, FetchSize: cypherFetchSize})
	defer sess.Close(ctx)
	tx, err := sess.BeginTransaction(ctx, neo4j.WithTxTimeout(opt.Timeout),
		neo4j.WithTxMetadata(map[string]any{"app": "scamgraph researcher query"}))
	if err != nil {
		return false, fmt.Errorf("cypher at %s: %w", s.cfg.URI, err)
	}
	defer tx.Close(ctx)
	more, err := streamIn(ctx, tx, query, params, opt, sink, s.cfg.Database)
	switch {
	case err == nil, errors.Is(err, ErrNotReadOnly):
	case rcap != nil && rcap.cuts.Load() > cutsBefore && neo4j.IsConnectivityError(err):
		// The relay cut this connection: a row was too large (another query's cut would not
		// have failed this one's connection).
		err = fmt.Errorf("cypher: %w", ErrRowTooLarge)
	default:
		err = fmt.Errorf("cypher at %s: %w", s.cfg.URI, classify(err))
	}
	_ = tx.Rollback(ctx) // it only read; nothing to keep
	return more, err
}

func streamIn(ctx context.Context, tx neo4j.ExplicitTransaction, query string, params map[string]any, opt CypherOptions, sink RowSink, db string) (bool, error) {
	plan, err := tx.Run(ctx, explainPrefix+query, params)
	if err != nil {
		return false, unExplain(err)
	}
	if plan.Next(ctx) { // EXPLAIN answers no rows; anything else was not planned only
		return false, fmt.Errorf("cypher: the query did not stay a plan: %w", ErrNotReadOnly)
	}
	sum, err := plan.Consume(ctx)
	if err != nil {
		return false, unExplain(err)
	}
	if db == "" && sum.Database() != nil {
		db = sum.Database().Name()
	}
	if err := CheckPlan(sum, db); err != nil {
		return false, err
	}
	r, err := tx.Run(ctx, query, params)
	if err != nil {
		return false, err
	}
	keys, err := r.Keys()
	if err != nil {
		return false, err
	}
	if err := sink.Columns(keys); err != nil {
		return false, err
	}
	rows, more := 0, false
	for r.Next(ctx) {
		if rows == opt.MaxRows {
			more = true
			break
		}
		rec := r.Record()
		row := make([]any, len(rec.Values))
		for i, v := range rec.Values {
			row[i] = plainValue(v)
		}
		rows++
		if err := sink.Row(row); err != nil {
			if errors.Is(err, ErrStopRows) {
				return false, nil
			}
			return false, err
		}
	}
	if err := r.Err(); err != nil {
		return false, err
	}
	return more, nil
}

const explainPrefix = "EXPLAIN "

var errorPosition = regexp.MustCompile(`\(line (\d+), column (\d+) \(offset: (\d+)\)\)`)

// unExplain makes Neo4j's message about a query it could not plan speak of the researcher's own
// text: without the EXPLAIN the guard put in front, positions and the caret moved back.
func unExplain(err error) error {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return err
	}
	n := len(explainPrefix)
	msg := errorPosition.ReplaceAllStringFunc(ne.Msg, func(m string) string {
		p := errorPosition.FindStringSubmatch(m)
		line, _ := strconv.Atoi(p[1])
		col, _ := strconv.Atoi(p[2])
		off, _ := strconv.Atoi(p[3])
		if line == 1 {
			col = max(1, col-n)
		}
		return fmt.Sprintf("(line %d, column %d (offset: %d))", line, col, max(0, off-n))
	})
	msg = strings.Replace(msg, `"`+explainPrefix, `"`, 1)
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, strings.Repeat(" ", n)) && strings.TrimLeft(l, " ") != "" && strings.Trim(l, " ^)") == "" {
			lines[i] = l[n:]
		}
	}
	ne.Msg = strings.Join(lines, "\n")
	return err
}

func statementTypeName(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadWrite:
		return "read-write"
	case neo4j.StatementTypeWriteOnly:
		return "write-only"
	case neo4j.StatementTypeSchemaWrite:
		return "schema-write"
	}
	return "unknown"
}

// plainValue converts driver values into values encoding/json renders plainly.
func plainValue(v any) any {
	switch x := v.(type) {
	case dbtype.Node:
		return map[string]any{"labels": x.Labels, "properties": plainMap(x.Props)}
	case dbtype.Relationship:
		return map[string]any{"type": x.Type, "properties": plainMap(x.Props)}
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = plainValue(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = plainValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainValue(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	case float64:
		// JSON has no NaN or infinities; Cypher does (0.0/0.0).
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "Infinity"
		case math.IsInf(x, -1):
			return "-Infinity"
		}
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Date:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return x.String()
	case dbtype.Point3D:
		return x.String()
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = plainValue(v)
	}
	return out
}

// JSONParam turns a value decoded with json.Decoder.UseNumber into a Cypher parameter: whole
// numbers become int64, so that `LIMIT $n` accepts them, other numbers float64; lists and maps
// are converted in place.
func JSONParam(v any) any {
	switch x := v.(type) {
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = JSONParam(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = JSONParam(x[k])
		}
	}
	return v
}
