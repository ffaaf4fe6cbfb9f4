package graphdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
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

// ErrNotReadOnly is returned for a query that could change the graph or reach outside it.
var ErrNotReadOnly = errors.New("only read-only queries are allowed")

// refused finds clauses and procedures a researcher query may not use even when Neo4j would
// plan them as reads: file and URL loading, switching databases, administration and plugin
// procedures (which may write or reach the network).
var refused = regexp.MustCompile(`(?i)\bLOAD\s+CSV\b|\bUSE\b|\b(?:dbms|apoc|gds)\s*\.|\bdb\s*\.\s*(?:create|index\s*\.\s*fulltext\s*\.\s*create|clear|checkpoint)\w*|\b(?:CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|GRANT|DENY|REVOKE|ALTER|RENAME|TERMINATE|START|STOP|ENABLE)\b|\bIN\s+TRANSACTIONS\b`)

// ReadCypher runs a researcher's Cypher query read-only: it is refused when it names a write
// clause, loads files or URLs, switches database or calls administrative or plugin procedures;
// Neo4j must plan it as read-only (so CALL { ... CREATE } fails even if written to slip past the
// word check); and it runs in a read transaction with a timeout, returning at most MaxRows rows.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, opt CypherOptions) (*CypherResult, error) {
	return s.readCypher(ctx, query, params, opt, true)
}

// readCypher is ReadCypher with the word check optional, so tests can show that the planner
// check and the read transaction hold on their own.
func (s *Store) readCypher(ctx context.Context, query string, params map[string]any, opt CypherOptions, checkWords bool) (*CypherResult, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Second
	}
	opt.Timeout = min(opt.Timeout, 2*time.Minute)
	if opt.MaxRows <= 0 {
		opt.MaxRows = 1000
	}
	opt.MaxRows = min(opt.MaxRows, 10000)
	if strings.TrimSpace(query) == "" {
		return nil, errors.New("cypher: empty query")
	}
	if len(query) > 64<<10 {
		return nil, errors.New("cypher: query longer than 64 KiB")
	}
	if m := refused.FindString(stripLiterals(query)); checkWords && m != "" {
		return nil, fmt.Errorf("cypher: %q: %w", m, ErrNotReadOnly)
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout+5*time.Second)
	defer cancel()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*CypherResult, error) {
		plan, err := tx.Run(ctx, "EXPLAIN "+query, params)
		if err != nil {
			return nil, err
		}
		sum, err := plan.Consume(ctx)
		if err != nil {
			return nil, err
		}
		if t := sum.StatementType(); t != neo4j.StatementTypeReadOnly {
			return nil, fmt.Errorf("cypher: planned as %s: %w", statementTypeName(t), ErrNotReadOnly)
		}
		r, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, err
		}
		keys, err := r.Keys()
		if err != nil {
			return nil, err
		}
		out := &CypherResult{Columns: keys, Rows: [][]any{}}
		for r.Next(ctx) {
			if len(out.Rows) == opt.MaxRows {
				out.Truncated = true
				break
			}
			rec := r.Record()
			row := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				row[i] = plainValue(v)
			}
			out.Rows = append(out.Rows, row)
		}
		if err := r.Err(); err != nil {
			return nil, err
		}
		return out, nil
	}, neo4j.WithTxTimeout(opt.Timeout))
	if err != nil {
		if errors.Is(err, ErrNotReadOnly) {
			return nil, err
		}
		return nil, fmt.Errorf("cypher at %s: %w", s.cfg.URI, err)
	}
	return res, nil
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

// stripLiterals blanks string literals and comments and unquotes backticked names, so that the
// word check looks at the query's own words ("SET" inside a string is not a clause).
func stripLiterals(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(q) && q[j] != c {
				if q[j] == '\\' && c != '`' {
					j++
				}
				j++
			}
			if c == '`' {
				// Quoted names stay visible: `dbms`.`listConfig` must not slip past.
				b.WriteString(q[i+1 : min(j, len(q))])
			} else {
				b.WriteString(" x ")
			}
			i = j
		case c == '/' && i+1 < len(q) && q[i+1] == '/':
			for i+1 < len(q) && q[i+1] != '\n' {
				i++
			}
			b.WriteByte(' ')
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			end := strings.Index(q[i+2:], "*/")
			if end < 0 {
				i = len(q)
			} else {
				i += end + 3
			}
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
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
