package graphdb

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"
)

// The guard tests are derived from the Cypher 5 grammar (Cypher5Lexer.g4 of Neo4j 5.26: its
// SPACE rule, its comment rules, case-insensitive keywords, backtick-escaped names) and from
// what the server itself lists (SHOW PROCEDURES, SHOW FUNCTIONS), not from a list of known
// tricks. Each test watches a probe: a local HTTP server Neo4j could be made to fetch, a file
// with a unique marker in Neo4j's import directory, and a label no admitted query may create.

// grammarSpaces is the SPACE rule of Cypher5Lexer.g4.
var grammarSpaces = []rune{'\t', '\n', '\v', '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0xA0, 0x1680,
	0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
	0x2028, 0x2029, 0x202F, 0x205F, 0x3000}

// otherSpaces are characters other parsers (JavaCC's, Unicode's White_Space) treat as spaces or
// line ends; a query using them must be refused or fail as well.
var otherSpaces = []rune{0x85, 0x180E, 0x200B, 0xFEFF}

// lineEnds may end a // comment in one parser or another.
var lineEnds = []string{"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\v", "\f"}

// separators are every way the grammar lets two tokens be apart.
func separators() []string {
	var out []string
	for _, r := range append(append([]rune{}, grammarSpaces...), otherSpaces...) {
		out = append(out, string(r))
	}
	out = append(out, "/**/", "/* LOAD CSV */", "/*\n*/", " /**/ ", "/***/", "/* // */")
	for _, le := range lineEnds {
		out = append(out, "//"+le, "// x"+le, " //*/"+le)
	}
	return out
}

type probe struct {
	tag, marker, label string
	httpURL, fileURL   string
	hits               atomic.Int64
}

func newProbe(t *testing.T, s *Store) *probe {
	t.Helper()
	p := &probe{tag: newTag(t)}
	p.marker = "marker-" + p.tag
	p.label = "Pwned_" + p.tag
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.hits.Add(1)
		fmt.Fprintf(w, "a,b\n%s,1\n", p.marker)
	}))
	t.Cleanup(srv.Close)
	p.httpURL = srv.URL + "/" + p.tag + ".csv"
	// A file in Neo4j's import directory, when this test can write there (same machine).
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.import' RETURN value",
		nil, neo4j.EagerResultTransformer)
	if err == nil && len(res.Records) == 1 {
		dir, _ := res.Records[0].Values[0].(string)
		name := "scamgraph-guard-" + p.tag + ".csv"
		if dir != "" && os.WriteFile(filepath.Join(dir, name), []byte("a,b\n"+p.marker+",1\n"), 0o644) == nil {
			t.Cleanup(func() { os.Remove(filepath.Join(dir, name)) })
			p.fileURL = "file:///" + name
		}
	}
	if p.fileURL == "" {
		t.Logf("Neo4j's import directory is not writable from here; file reads are checked by URL only")
		p.fileURL = "file:///etc/passwd"
	}
	return p
}

// control shows that Neo4j itself, in a READ transaction, would fetch the probe's URL: so a
// guard test that sees no request proves the guard stopped it.
func (p *probe) control(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	_, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, "LOAD CSV FROM $u AS l RETURN l", map[string]any{"u": p.httpURL})
		if err != nil {
			return nil, err
		}
		return r.Collect(ctx)
	})
	if err != nil || p.hits.Load() == 0 {
		t.Fatalf("control: Neo4j did not fetch %s in a read transaction (err %v), so this test could not see a leak", p.httpURL, err)
	}
	p.hits.Store(0)
}

// refuse runs q through the guard and demands an error, ErrNotReadOnly whenever Neo4j itself
// would plan q (so a refusal is the guard's, not a syntax error's). It reports whether Neo4j
// plans q.
func (p *probe) refuse(t *testing.T, s *Store, q string, params map[string]any) bool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := s.ReadCypher(ctx, q, params, CypherOptions{Timeout: 5 * time.Second})
	if err == nil {
		t.Errorf("admitted %q: %+v", q, res)
		return false
	}
	if res != nil && strings.Contains(fmt.Sprint(res.Rows), p.marker) {
		t.Errorf("%q returned the marker", q)
	}
	planned := rawExplain(ctx, s, q, params) == nil
	if planned && !errors.Is(err, ErrNotReadOnly) {
		t.Errorf("%q: Neo4j plans it, but the guard's error is %v, not ErrNotReadOnly", q, err)
	}
	return planned
}

func (p *probe) nothingHappened(t *testing.T, s *Store) {
	t.Helper()
	if n := p.hits.Load(); n != 0 {
		t.Errorf("the probe's HTTP server got %d requests through the guard", n)
	}
	res, err := s.ReadCypher(context.Background(), "MATCH (n:"+p.label+") RETURN count(n)", nil, CypherOptions{})
	if err != nil || res.Rows[0][0] != int64(0) {
		t.Errorf("nodes labelled %s were written: %+v (%v)", p.label, res, err)
	}
}

// rawExplain asks Neo4j to plan q without the guard (planning runs nothing).
func rawExplain(ctx context.Context, s *Store, q string, params map[string]any) error {
	_, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, "EXPLAIN "+q, params)
		if err != nil {
			return nil, err
		}
		return r.Consume(ctx)
	})
	return err
}

func TestGuardLoadCSVEverySeparator(t *testing.T) {
	s := openTest(t, false)
	p := newProbe(t, s)
	p.control(t, s)
	planned, tried := 0, 0
	for _, url := range []string{p.httpURL, p.fileURL} {
		for _, sep := range separators() {
			for _, q := range []string{
				"LOAD" + sep + "CSV" + sep + "FROM '" + url + "' AS l RETURN l",
				"load" + sep + "csv from '" + url + "' as l return l",
				"WITH 1 AS x" + sep + "LoAd" + sep + "CsV WITH HEADERS FROM '" + url + "' AS l RETURN l",
				"CALL {" + sep + "LOAD" + sep + "CSV FROM '" + url + "' AS l RETURN l }" + sep + "RETURN l",
			} {
				tried++
				if p.refuse(t, s, q, nil) {
					planned++
				}
			}
		}
	}
	// Neo4j accepts every grammar space and comment form, so most variants are real LOAD CSVs.
	if min := 4 * 2 * len(grammarSpaces); planned < min {
		t.Errorf("Neo4j planned only %d of %d variants (want at least %d): the variants are not what the grammar accepts", planned, tried, min)
	}
	p.nothingHappened(t, s)
}

func TestGuardLoadCSVSpellings(t *testing.T) {
	s := openTest(t, false)
	p := newProbe(t, s)
	u := p.httpURL
	for _, q := range []string{
		"LOAD CSV FROM $u AS l RETURN l",
		"`LOAD` CSV FROM $u AS l RETURN l",
		"LOAD `CSV` FROM $u AS l RETURN l",
		"L\\u004fAD CSV FROM $u AS l RETURN l",
		"LOAD CSV FROM $u AS l FIELDTERMINATOR ';' RETURN l",
		"LOAD CSV FROM 'http://' + '127.0.0.1' + substring($u, 16) AS l RETURN l",
		"USING PERIODIC COMMIT LOAD CSV FROM $u AS l RETURN l",
		"CALL { LOAD CSV FROM $u AS l RETURN l } IN TRANSACTIONS RETURN l",
		"MATCH (n) WITH n LIMIT 1 CALL { WITH n LOAD CSV FROM $u AS l RETURN count(l) AS c } RETURN c",
		"RETURN COLLECT { LOAD CSV FROM $u AS l RETURN l } AS ls",
		"RETURN EXISTS { LOAD CSV FROM $u AS l RETURN l } AS e",
		"UNWIND [1] AS x CALL { LOAD CSV FROM $u AS l RETURN l } RETURN l UNION RETURN 1 AS l",
		"USE neo4j LOAD CSV FROM $u AS l RETURN l",
		// LOAD CSV on the left of a binary operator (the driver's Plan.Children hides those).
		"LOAD CSV FROM $u AS l CALL { MATCH (n) RETURN count(n) AS c } RETURN l, c",
		"LOAD CSV FROM $u AS l MATCH (n:Entity) WHERE n.name = l[0] RETURN n",
		"CALL { LOAD CSV FROM $u AS l RETURN l } CALL { RETURN 1 AS one } RETURN l, one",
		"LOAD CSV FROM $u AS l RETURN l UNION ALL MATCH (n:Entity) RETURN n.name AS l LIMIT 1",
		"LOAD CSV FROM $u AS l WITH l WHERE EXISTS { MATCH (n:Entity) WHERE n.name = l[0] } RETURN l",
		"CYPHER runtime=slotted LOAD CSV FROM $u AS l RETURN l",
		"CYPHER 5 LOAD CSV FROM $u AS l RETURN l",
		"EXPLAIN LOAD CSV FROM $u AS l RETURN l",
		"PROFILE LOAD CSV FROM $u AS l RETURN l",
		"LOAD CSV FROM $u AS l RETURN file(), linenumber(), l",
		"LOAD CSV FROM $u AS l CREATE (:" + p.label + " {v: l[0]})",
		"LOAD CSV FROM $u AS l FOREACH (x IN l | CREATE (:" + p.label + "))",
	} {
		p.refuse(t, s, q, map[string]any{"u": u})
		p.refuse(t, s, strings.ReplaceAll(q, "$u", "'"+p.fileURL+"'"), nil)
	}
	p.nothingHappened(t, s)
}

// procedureCall writes a call of a procedure or function with an argument of the right type for
// each parameter without a default, from its signature as SHOW PROCEDURES/FUNCTIONS gives it.
var paramRE = regexp.MustCompile(`(\w+)\s*(=\s*[^:]*?)?\s*::\s*([A-Z<>]+[A-Z]*)`)

func procedureCall(name, signature string) string {
	open := strings.IndexByte(signature, '(')
	close := strings.Index(signature, ") ::")
	if close < 0 {
		close = strings.LastIndexByte(signature, ')')
	}
	var args []string
	if open >= 0 && close > open {
		for _, m := range paramRE.FindAllStringSubmatch(signature[open+1:close], -1) {
			if m[2] != "" {
				continue
			}
			switch typ := m[3]; {
			case strings.HasPrefix(typ, "STRING"):
				args = append(args, "'x'")
			case strings.HasPrefix(typ, "INTEGER"):
				args = append(args, "1")
			case strings.HasPrefix(typ, "FLOAT"):
				args = append(args, "1.0")
			case strings.HasPrefix(typ, "BOOLEAN"):
				args = append(args, "false")
			case strings.HasPrefix(typ, "MAP"):
				args = append(args, "{}")
			case strings.HasPrefix(typ, "LIST"):
				args = append(args, "[]")
			default:
				args = append(args, "null")
			}
		}
	}
	return name + "(" + strings.Join(args, ", ") + ")"
}

func TestGuardEveryProcedureAndFunction(t *testing.T) {
	s := openTest(t, false)
	p := newProbe(t, s)
	ctx := context.Background()
	procs, err := neo4j.ExecuteQuery(ctx, s.driver, "SHOW PROCEDURES YIELD name, signature RETURN name, signature",
		nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	refused := 0
	for _, r := range procs.Records {
		name, sig := r.Values[0].(string), r.Values[1].(string)
		if AllowedProcedures[name] {
			continue
		}
		call := procedureCall(name, sig)
		for _, q := range []string{"CALL " + call, "CALL " + call + " YIELD * RETURN *",
			"MATCH (n) WITH n LIMIT 1 CALL " + strings.ReplaceAll(call, ".", "`.`") + " YIELD * RETURN *"} {
			if p.refuse(t, s, q, nil) {
				refused++
			}
		}
	}
	if refused < 20 {
		t.Errorf("only %d procedure calls were plannable; the generated calls are wrong", refused)
	}
	funcs, err := neo4j.ExecuteQuery(ctx, s.driver, "SHOW FUNCTIONS YIELD name, signature RETURN name, signature",
		nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range funcs.Records {
		name, sig := r.Values[0].(string), r.Values[1].(string)
		if !strings.Contains(name, ".") || allowedFunctions[strings.ToLower(name)] {
			continue
		}
		p.refuse(t, s, "RETURN "+procedureCall(name, sig)+" AS x", nil)
	}
	// Procedures and plugin functions the local server lacks are refused too (by Neo4j).
	for _, q := range []string{
		"CALL apoc.load.json($u)", "CALL apoc.load.csv($u)", "RETURN apoc.util.md5([1]) AS x",
		"CALL dbms.security.listUsers()", "CALL tx.setMetaData({a: 1})", "CALL dbms.listQueries()",
		"CALL dbms.listTransactions()", "CALL db.stats.retrieve('QUERIES')", "RETURN graph.names() AS g",
		"CALL gds.graph.list()", "RETURN db.nameFromElementId('1') AS n",
	} {
		p.refuse(t, s, q, map[string]any{"u": p.httpURL})
	}
	p.nothingHappened(t, s)
}

func TestGuardAdministrationAndWrites(t *testing.T) {
	s := openTest(t, false)
	p := newProbe(t, s)
	L := p.label
	for _, q := range []string{
		"SHOW TRANSACTIONS", "SHOW TRANSACTIONS YIELD *", "SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN *",
		"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "SHOW SETTINGS", "SHOW SETTINGS YIELD * WHERE name CONTAINS 'import'",
		"SHOW USERS", "SHOW CURRENT USER", "SHOW ROLES", "SHOW PRIVILEGES", "SHOW DATABASES", "SHOW DATABASE neo4j",
		"SHOW PROCEDURES", "SHOW FUNCTIONS", "SHOW INDEXES", "SHOW CONSTRAINTS", "SHOW SERVERS", "SHOW ALIASES FOR DATABASE",
		"USE system SHOW USERS", "USE system CALL dbms.showCurrentUser()", "USE system RETURN 1",
		"CREATE USER pwned SET PASSWORD 'pwned-pwned'", "ALTER USER neo4j SET PASSWORD 'pwned-pwned'",
		"CREATE DATABASE pwned", "STOP DATABASE neo4j", "GRANT ROLE admin TO neo4j",
		"CREATE INDEX pwned FOR (n:" + L + ") ON (n.x)", "DROP INDEX entity_name", "DROP CONSTRAINT entity_id",
		"CREATE (:" + L + ")", "MERGE (:" + L + ")", "MATCH (n:Entity) WITH n LIMIT 1 SET n:" + L,
		"MATCH (n:" + L + ") DELETE n", "MATCH (n:" + L + ") REMOVE n.x",
		"UNWIND [1] AS x FOREACH (y IN [x] | CREATE (:" + L + "))",
		"CALL { CREATE (:" + L + ") } RETURN 1", "UNWIND [1] AS x CALL { WITH x CREATE (:" + L + ") } IN TRANSACTIONS RETURN 1",
		"UNWIND [1] AS x CALL { WITH x MATCH (n) RETURN n } IN TRANSACTIONS RETURN n",
		"CALL db.createLabel('" + L + "')", "CALL db.clearQueryCaches()", "CALL db.stats.collect('QUERIES')",
		"MATCH (n) RETURN n; CREATE (:" + L + ")",
	} {
		p.refuse(t, s, q, nil)
	}
	p.nothingHappened(t, s)
}

// TestGuardAdmitsReads shows the guard does not get in a researcher's way.
func TestGuardAdmitsReads(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	for _, q := range []string{
		"MATCH (n:Entity) RETURN n.name LIMIT 1",
		"MATCH (use:Entity) WHERE use.name CONTAINS 'LOAD CSV' RETURN use.name AS `LOAD CSV FROM x` LIMIT 1",
		"MATCH (a:Entity)-[r]->(b) RETURN type(r), count(*) ORDER BY count(*) DESC LIMIT 5",
		"MATCH p = shortestPath((a:Entity)-[*..3]-(b:Entity)) WHERE a <> b RETURN length(p) LIMIT 1",
		"MATCH (e:Entity) RETURN e.type, COUNT { (e)--() } AS degree, EXISTS { (e)-[:OWNS]->() } AS owns LIMIT 3",
		"MATCH (e:Entity) CALL { WITH e MATCH (e)-[r]-() RETURN count(r) AS c } RETURN e.id, c LIMIT 3",
		"UNWIND range(1, 3) AS x RETURN x UNION RETURN 4 AS x",
		"CALL db.labels() YIELD label RETURN label", "CALL db.relationshipTypes()", "CALL db.propertyKeys()",
		"CALL db.schema.visualization()",
		"RETURN date.truncate('month', date()) AS d, duration.between(date('2020-01-01'), date()) AS age, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS dist",
		"RETURN toLower('A') AS a, coalesce(null, 1) AS c, [x IN range(1, 3) | x * 2] AS l, reduce(s = 0, x IN [1, 2] | s + x) AS r",
		"MATCH (n:Entity) WHERE n.name = 'file:///etc/passwd' RETURN count(n)",
		"CYPHER runtime=slotted MATCH (n:Entity) RETURN count(n)",
		"USE neo4j MATCH (n:Entity) RETURN count(n)",
		"RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf",
	} {
		if _, err := s.ReadCypher(ctx, q, nil, CypherOptions{}); err != nil {
			t.Errorf("%q refused: %v", q, err)
		}
	}
}

func TestCalledNames(t *testing.T) {
	for in, want := range map[string]string{
		"date.truncate($autostring_0, datetime()) AS x":                   "date.truncate",
		"`date.truncate('day', datetime())`, toLower(n.name)":             "",
		"apoc.text.join(['a'], ',') AS `x`, n.name = 'gds.x(1)'":          "apoc.text.join",
		"db.labels() :: (label :: STRING)":                                "db.labels",
		"`a``b.c(`, apoc.util.md5([1])":                                   "apoc.util.md5",
		"CASE\n  WHEN n.x THEN vector.similarity.cosine(a, b)\nEND AS cs": "vector.similarity.cosine",
	} {
		if got := strings.Join(calledNames(in), ","); got != want {
			t.Errorf("calledNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzGuard checks the property the guard exists for: whatever it admits ran read-only, with no
// LoadCSV, no writing or administrative operator and no procedure outside the allow-list in
// its plan, fetched nothing and wrote nothing. The plan is checked by a second, simpler walk
// (a deny-list over the raw plan tree) so that a gap in the guard's allow-list logic shows.
// The seed corpus runs in every `go test` against the real Neo4j.
func FuzzGuard(f *testing.F) {
	for _, q := range []string{
		"MATCH (n) RETURN n LIMIT 1", "LOAD CSV FROM $u AS l RETURN l", "LOAD\u00a0CSV FROM $u AS l RETURN l",
		"LOAD//x\rCSV FROM $u AS l RETURN l", "CALL db.labels()", "CALL db.stats.retrieve('GRAPH COUNTS')",
		"SHOW TRANSACTIONS", "CREATE (n:X) RETURN n", "UNWIND [1] AS x CALL { LOAD CSV FROM $u AS l RETURN l } RETURN l UNION RETURN 1 AS l",
		"RETURN date.truncate('day', date()) AS d", "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n",
		"MATCH (a)-[r]->(b) RETURN type(r), count(*) LIMIT 3", "CALL dbms.listConfig()", "RETURN 1",
	} {
		f.Add(q)
	}
	s := openTest(f, false)
	p := &probe{tag: newTag(f)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.hits.Add(1)
		fmt.Fprintln(w, "a,b")
	}))
	f.Cleanup(srv.Close)
	p.httpURL = srv.URL + "/fuzz.csv"
	f.Fuzz(func(t *testing.T, q string) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		before := p.hits.Load()
		params := map[string]any{"u": p.httpURL}
		_, err := s.ReadCypher(ctx, q, params, CypherOptions{Timeout: 3 * time.Second, MaxRows: 10})
		if err != nil {
			return
		}
		if p.hits.Load() != before {
			t.Fatalf("admitted %q and the probe server was fetched", q)
		}
		sum, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (neo4j.ResultSummary, error) {
			r, err := tx.Run(ctx, "EXPLAIN "+q, params)
			if err != nil {
				return nil, err
			}
			return r.Consume(ctx)
		})
		if err != nil {
			t.Fatalf("admitted %q, which Neo4j cannot plan again: %v", q, err)
		}
		if sum.StatementType() != neo4j.StatementTypeReadOnly {
			t.Fatalf("admitted %q, planned as %v", q, sum.StatementType())
		}
		root, ok := rawPlan(sum.Plan())
		if !ok {
			t.Fatalf("admitted %q without a readable plan", q)
		}
		var walk func(p *db.Plan)
		walk = func(p *db.Plan) {
			op, _, _ := strings.Cut(p.Operator, "@")
			details, _ := p.Arguments["Details"].(string)
			switch {
			case strings.Contains(op, "LoadCSV"), strings.HasPrefix(op, "Show"), strings.HasPrefix(op, "Terminate"),
				strings.Contains(op, "Administration"), strings.HasPrefix(op, "Transaction"), strings.Contains(op, "Foreach"),
				strings.Contains(op, "Create"), strings.Contains(op, "Merge"), strings.Contains(op, "Delete"),
				strings.HasPrefix(op, "Set"), strings.HasPrefix(op, "Remove"), strings.Contains(op, "RunQueryAt"):
				t.Fatalf("admitted %q with operator %s in its plan", q, op)
			case op == "ProcedureCall":
				name, _, _ := strings.Cut(details, "(")
				if !AllowedProcedures[strings.TrimSpace(name)] {
					t.Fatalf("admitted %q calling %s", q, details)
				}
			}
			for i := range p.Children {
				walk(&p.Children[i])
			}
		}
		walk(root)
	})
}

// TestRowCap shows one huge row cannot reach the server's memory whole: the relay cuts the
// connection past MaxRecordBytes, the query fails with ErrRowTooLarge, and the next query works.
func TestRowCap(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	if _, ok := boltTarget(s.cfg.URI); !ok {
		t.Fatalf("NEO4J_URI %s is not bolt://; the row cap only follows plain Bolt", s.cfg.URI)
	}
	for _, q := range []string{"RETURN range(1, 5000000) AS big", "UNWIND [1, 2] AS i RETURN i, range(1, 3000000) AS big"} {
		if _, err := s.ReadCypher(ctx, q, nil, CypherOptions{}); !errors.Is(err, ErrRowTooLarge) {
			t.Errorf("%q: %v, want ErrRowTooLarge", q, err)
		}
	}
	res, err := s.ReadCypher(ctx, "RETURN size([x IN range(1, 100000) | x]) AS n, range(1, 100000) AS ok", nil, CypherOptions{})
	if err != nil || res.Rows[0][0] != int64(100000) {
		t.Errorf("a 0.5 MiB row after a cut: %+v %v", res, err)
	}
}

func TestSyntaxErrorSpeaksOfTheQuery(t *testing.T) {
	s := openTest(t, false)
	_, err := s.ReadCypher(context.Background(), "MATCH (n RETURN n", nil, CypherOptions{})
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		t.Fatalf("syntax error: %v", err)
	}
	if strings.Contains(ne.Msg, "EXPLAIN") || !strings.Contains(ne.Msg, "(line 1, column 10 (offset: 9))") ||
		!strings.Contains(ne.Msg, "\n"+strings.Repeat(" ", 10)+"^") {
		t.Errorf("message does not point into the query as sent:\n%s", ne.Msg)
	}
}
