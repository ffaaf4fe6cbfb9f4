package graphdb

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"
)

// The researcher-query guard trusts Neo4j, not words: every query is planned with EXPLAIN
// (planning runs nothing) and its plan is checked before it runs in a READ transaction. Neo4j
// plans LOAD CSV and several procedures as reads, so the read transaction alone is not enough;
// whatever separators, comments, case or backtick escapes a query uses, the plan names the
// operators, procedures and functions the query will really run.

// ErrNotReadOnly is returned for a query that could change the graph or reach outside it.
var ErrNotReadOnly = errors.New("only read-only queries over the graph are allowed")

// readOperators are the plan operators of reading queries, by base name: the name Neo4j reports
// without "@database", "(All)"-style modes, a "Partitioned" prefix or a "Directed"/"Undirected"
// prefix. Any name ending in Scan or Seek is a read as well. Everything else (LoadCSV, writes,
// Foreach, TransactionApply, Show*/Terminate*, AdministrationCommand, RunQueryAt) is refused, and
// so is an operator a later Neo4j adds until it is listed here.
var readOperators = map[string]bool{
	"ProduceResults": true, "Projection": true, "Filter": true, "Limit": true, "ExhaustiveLimit": true,
	"Skip": true, "Sort": true, "PartialSort": true, "Top": true, "PartialTop": true,
	"Distinct": true, "OrderedDistinct": true, "EagerAggregation": true, "OrderedAggregation": true,
	"Eager": true, "Unwind": true, "Union": true, "OrderedUnion": true, "Optional": true,
	"Argument": true, "ArgumentTracker": true, "CacheProperties": true, "CartesianProduct": true,
	"Apply": true, "SemiApply": true, "AntiSemiApply": true, "ConditionalApply": true,
	"AntiConditionalApply": true, "LetSemiApply": true, "LetAntiSemiApply": true,
	"SelectOrSemiApply": true, "SelectOrAntiSemiApply": true, "LetSelectOrSemiApply": true,
	"LetSelectOrAntiSemiApply": true, "RollUpApply": true, "Anti": true,
	"Expand": true, "OptionalExpand": true, "VarLengthExpand": true, "ShortestPath": true,
	"StatefulShortestPath": true, "Repeat": true, "BidirectionalRepeat": true, "PathPropagatingBFS": true,
	"ProjectEndpoints": true, "NullifyMetadata": true, "AssertSameNode": true, "AssertSameRelationship": true,
	"NodeHashJoin": true, "NodeLeftOuterHashJoin": true, "NodeRightOuterHashJoin": true, "ValueHashJoin": true,
	"TriadicSelection": true, "TriadicBuild": true, "TriadicFilter": true,
	"NodeCountFromCountStore": true, "RelationshipCountFromCountStore": true, "EmptyResult": true,
	"PreserveOrder": true,
	"ProcedureCall": true, // allowed only for AllowedProcedures, checked by name
}

// AllowedProcedures are the procedures a researcher query may call: schema introspection and
// the graph's own full-text indexes. None reads files, the network or other sessions.
var AllowedProcedures = map[string]bool{
	"db.labels": true, "db.relationshipTypes": true, "db.propertyKeys": true,
	"db.schema.visualization": true, "db.schema.nodeTypeProperties": true, "db.schema.relTypeProperties": true,
	"db.index.fulltext.queryNodes": true, "db.index.fulltext.queryRelationships": true,
}

// allowedFunctions are the namespaced functions a researcher query may call: Neo4j 5's built-in
// temporal, spatial and vector functions. Functions without a namespace are built in (plugins
// must use one); graph.byName and graph.byElementId, which reach other graphs of a composite
// database, and every plugin function (apoc.*, gds.*, ...) are refused.
var allowedFunctions = map[string]bool{}

func init() {
	for _, f := range strings.Fields(`date.realtime date.statement date.transaction date.truncate
		datetime.fromepoch datetime.fromepochmillis datetime.realtime datetime.statement datetime.transaction
		datetime.truncate duration.between duration.inDays duration.inMonths duration.inSeconds
		localdatetime.realtime localdatetime.statement localdatetime.transaction localdatetime.truncate
		localtime.realtime localtime.statement localtime.transaction localtime.truncate
		point.distance point.withinBBox time.realtime time.statement time.transaction time.truncate
		vector.similarity.cosine vector.similarity.euclidean`) {
		allowedFunctions[strings.ToLower(f)] = true
	}
}

// CheckPlan refuses a plan that is not a read of database db: a statement type other than
// read-only, an operator that is not a plain read (LoadCSV, writes, admin commands, USE of
// another graph), a procedure outside AllowedProcedures or a namespaced function outside the
// built-in ones. The error wraps ErrNotReadOnly and names what was refused.
func CheckPlan(sum neo4j.ResultSummary, db string) error {
	if sum == nil || sum.Plan() == nil {
		return fmt.Errorf("cypher: Neo4j gave no plan to check: %w", ErrNotReadOnly)
	}
	if t := sum.StatementType(); t != neo4j.StatementTypeReadOnly {
		return fmt.Errorf("cypher: planned as %s: %w", statementTypeName(t), ErrNotReadOnly)
	}
	if db != "" && sum.Database() != nil && sum.Database().Name() != db {
		return fmt.Errorf("cypher: the query runs on database %q, not %q: %w", sum.Database().Name(), db, ErrNotReadOnly)
	}
	root, ok := rawPlan(sum.Plan())
	if !ok {
		return fmt.Errorf("cypher: this Neo4j driver's plan cannot be read whole: %w", ErrNotReadOnly)
	}
	return checkOperator(root, db, 0)
}

// rawPlan returns the plan tree as the driver decoded it. The driver's Plan.Children (v5.28.4)
// takes the address of its loop variable, so every child it returns is the last child: an
// operator on the left of a Union or Apply would be invisible. The decoded tree underneath is
// right, so the guard reads that; ok is false if the driver's representation changed (the guard
// then refuses every query, and TestGuardLoadCSVSpellings says so).
func rawPlan(p neo4j.Plan) (*db.Plan, bool) {
	v := reflect.ValueOf(p)
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().NumField() != 1 {
		return nil, false
	}
	f := v.Elem().Field(0)
	if f.Type() != reflect.TypeOf((*db.Plan)(nil)) || f.IsNil() {
		return nil, false
	}
	return (*db.Plan)(unsafe.Pointer(f.Pointer())), true
}

func checkOperator(p *db.Plan, database string, depth int) error {
	if depth > 500 {
		return fmt.Errorf("cypher: plan nested too deeply to check: %w", ErrNotReadOnly)
	}
	name, onDB, _ := strings.Cut(p.Operator, "@")
	if database != "" && onDB != "" && onDB != database {
		return fmt.Errorf("cypher: %s runs on database %q: %w", name, onDB, ErrNotReadOnly)
	}
	base := operatorBase(name)
	if !readOperators[base] && !strings.HasSuffix(base, "Scan") && !strings.HasSuffix(base, "Seek") &&
		!strings.HasSuffix(base, "SeekByRange") {
		return fmt.Errorf("cypher: %s is not allowed (%s): %w", name, operatorWhy(base), ErrNotReadOnly)
	}
	details, _ := p.Arguments["Details"].(string)
	if base == "ProcedureCall" {
		proc, _, _ := strings.Cut(details, "(")
		proc = strings.TrimSpace(proc)
		if !AllowedProcedures[proc] {
			return fmt.Errorf("cypher: procedure %s is not allowed (only %s): %w", proc, allowedProcedureList(), ErrNotReadOnly)
		}
	}
	for _, f := range calledNames(details) {
		if !allowedFunctions[strings.ToLower(f)] && !(base == "ProcedureCall" && AllowedProcedures[f]) {
			return fmt.Errorf("cypher: function %s is not allowed: %w", f, ErrNotReadOnly)
		}
	}
	for i := range p.Children {
		if err := checkOperator(&p.Children[i], database, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// operatorBase strips an operator name to the base readOperators lists.
func operatorBase(name string) string {
	if i := strings.IndexByte(name, '('); i >= 0 {
		name = name[:i]
	}
	name = strings.TrimPrefix(name, "Partitioned")
	if rest, ok := strings.CutPrefix(name, "Undirected"); ok {
		name = rest
	} else if rest, ok := strings.CutPrefix(name, "Directed"); ok {
		name = rest
	}
	return name
}

func operatorWhy(base string) string {
	switch {
	case base == "LoadCSV":
		return "LOAD CSV reads files and URLs"
	case strings.HasPrefix(base, "Show"), strings.HasPrefix(base, "Terminate"), base == "AdministrationCommand":
		return "administrative commands are not part of the graph"
	case base == "TransactionApply", base == "TransactionForeach":
		return "CALL { } IN TRANSACTIONS"
	case base == "RunQueryAt":
		return "USE of another graph"
	}
	return "not a plain read of the graph"
}

func allowedProcedureList() string {
	names := make([]string, 0, len(AllowedProcedures))
	for _, n := range []string{"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
		"db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
		"db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships"} {
		if AllowedProcedures[n] {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// calledNames returns the namespaced names called as functions in a plan's Details text, as
// Neo4j renders it: name(args). Text in quotes or backticks (literals, column names) is skipped.
func calledNames(details string) []string {
	var out []string
	rs := []rune(details)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(rs) {
				if c != '`' && rs[j] == '\\' {
					j += 2
					continue
				}
				if rs[j] == c {
					if c == '`' && j+1 < len(rs) && rs[j+1] == '`' { // `` inside a quoted name
						j += 2
						continue
					}
					break
				}
				j++
			}
			i = j
		case isIdent(c) && !unicode.IsDigit(c):
			j := i
			for j < len(rs) && (isIdent(rs[j]) || rs[j] == '.') {
				j++
			}
			word := string(rs[i:j])
			k := j
			for k < len(rs) && unicode.IsSpace(rs[k]) {
				k++
			}
			if k < len(rs) && rs[k] == '(' && strings.Contains(strings.Trim(word, "."), ".") {
				out = append(out, strings.Trim(word, "."))
			}
			i = j - 1
		}
	}
	return out
}

func isIdent(r rune) bool { return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r) }
