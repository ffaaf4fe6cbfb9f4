package graphdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/model"
)

// openTest connects to the test Neo4j (NEO4J_URI), fails the test when it is unreachable, and
// takes the shared or exclusive cross-process test lock.
func openTest(t testing.TB, exclusive bool) *Store {
	t.Helper()
	if exclusive {
		graphdbtest.Exclusive(t)
	} else {
		graphdbtest.Shared(t)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cfg := ConfigFromEnv()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Neo4j at %s is unreachable: %v\nstart it with `make db` / set NEO4J_URI", cfg.URI, err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	return s
}

// newTag returns a unique marker that every name, URL and source of one test contains.
func newTag(t testing.TB) string {
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return "zt" + hex.EncodeToString(b)
}

// hanName derives a Han-script name unique to a tag.
func hanName(tag string) string {
	var b strings.Builder
	for i := 0; i < len(tag); i++ {
		b.WriteRune(rune(0x4E00 + (int(tag[i])*131+i*977)%0x5000))
	}
	return b.String()
}

// removeTagged deletes everything a test wrote: documents, sources and evidence whose
// URL/name contain the tag, entities those documents mention or whose id has the tag, and
// their identifiers. Other tests' data is never touched.
func removeTagged(t testing.TB, s *Store, tag string) {
	t.Helper()
	ctx := context.Background()
	stmts := []string{
		`MATCH (d:Document) WHERE d.url CONTAINS $tag
		 OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
		 OPTIONAL MATCH (e)-[:HAS_IDENTIFIER]->(i:Identifier)
		 DETACH DELETE e, i`,
		`MATCH (e:Entity) WHERE e.id CONTAINS $tag
		 OPTIONAL MATCH (e)-[:HAS_IDENTIFIER]->(i:Identifier)
		 DETACH DELETE e, i`,
		`MATCH (ev:Evidence) WHERE ev.document CONTAINS $tag DETACH DELETE ev`,
		`MATCH (d:Document) WHERE d.url CONTAINS $tag DETACH DELETE d`,
		`MATCH (s:Source) WHERE s.name CONTAINS $tag DETACH DELETE s`,
	}
	for _, q := range stmts {
		if _, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, exec(ctx, tx, q, map[string]any{"tag": tag})
		}); err != nil {
			t.Errorf("clean up test data %s: %v", tag, err)
		}
	}
}

// snapshot renders every node and relationship a test's data consists of as sorted lines,
// properties included, so two loads can be compared exactly.
func snapshot(t testing.TB, s *Store, tag string) []string {
	t.Helper()
	ctx := context.Background()
	recs, err := s.collect(ctx, `
		CALL {
			MATCH (d:Document) WHERE d.url CONTAINS $tag RETURN d AS n
			UNION MATCH (s:Source) WHERE s.name CONTAINS $tag RETURN s AS n
			UNION MATCH (ev:Evidence) WHERE ev.document CONTAINS $tag RETURN ev AS n
			UNION MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.url CONTAINS $tag RETURN e AS n
			UNION MATCH (d:Document)-[:MENTIONS]->(:Entity)-[:HAS_IDENTIFIER]->(i) WHERE d.url CONTAINS $tag RETURN i AS n
		}
		WITH collect(n) AS nodes
		UNWIND nodes AS a
		OPTIONAL MATCH (a)-[r]->(b)
		RETURN a, r, b`, map[string]any{"tag": tag})
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	seen := map[string]bool{}
	for _, r := range recs {
		a := get(r, "a").(neo4j.Node)
		seen[nodeLine(a)] = true
		if rel, ok := get(r, "r").(neo4j.Relationship); ok {
			b := get(r, "b").(neo4j.Node)
			seen[fmt.Sprintf("(%s)-[%s %s]->(%s)", nodeKey(a), rel.Type, props(rel.Props), nodeKey(b))] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

func nodeKey(n neo4j.Node) string {
	for _, k := range []string{"id", "url", "name", "key"} {
		if v, ok := n.Props[k]; ok {
			return fmt.Sprintf("%v=%v", k, v)
		}
	}
	return n.ElementId
}

func nodeLine(n neo4j.Node) string {
	labels := slices.Clone(n.Labels)
	slices.Sort(labels)
	return fmt.Sprintf("(%s %s)", strings.Join(labels, ":"), props(n.Props))
}

func props(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		v := m[k]
		if tm, ok := v.(time.Time); ok {
			v = tm.Format(time.RFC3339Nano)
		}
		fmt.Fprintf(&b, "%s=%v;", k, v)
	}
	return b.String()
}

// ent builds an model.Entity with the project's id convention.
func ent(typ, name string, aliases ...string) model.Entity {
	return model.Entity{ID: model.EntityID(typ, name), Name: name, Type: typ, Aliases: aliases,
		Mentions: []model.Mention{{Start: 0, End: len(name), Text: name}}}
}

func rel(subj model.Entity, pred string, obj model.Entity, grade, quote string, conf float64) model.Relation {
	return model.Relation{Subject: subj.ID, Predicate: pred, Object: obj.ID, Grade: grade, Quote: quote, Confidence: conf}
}

// denied marks a relation as extraction marks one that a denial reaches.
func denied(r model.Relation) model.Relation {
	r.Denied = true
	return r
}

// countRels counts relationships of one type between two entities, in either direction.
func countRels(t testing.TB, s *Store, a, typ, b string) int {
	t.Helper()
	q, err := predicateQuery("MATCH (:Entity {id: $a})-[r:%s]-(:Entity {id: $b}) RETURN count(r) AS n", typ)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.collect(context.Background(), q, map[string]any{"a": a, "b": b})
	if err != nil {
		t.Fatal(err)
	}
	return int(asInt(get(recs[0], "n")))
}

// countDirected counts relationships of one type from a to b.
func countDirected(t testing.TB, s *Store, a, typ, b string) int {
	t.Helper()
	q, err := predicateQuery("MATCH (:Entity {id: $a})-[r:%s]->(:Entity {id: $b}) RETURN count(r) AS n", typ)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.collect(context.Background(), q, map[string]any{"a": a, "b": b})
	if err != nil {
		t.Fatal(err)
	}
	return int(asInt(get(recs[0], "n")))
}

// edgeProps returns the properties of the one edge of a type from a to b (nil if none).
func edgeProps(t testing.TB, s *Store, a, typ, b string) map[string]any {
	t.Helper()
	q, err := predicateQuery("MATCH (:Entity {id: $a})-[r:%s]->(:Entity {id: $b}) RETURN properties(r) AS r", typ)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.collect(context.Background(), q, map[string]any{"a": a, "b": b})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Errorf("%d %s edges %s -> %s, want 1", len(recs), typ, a, b)
		return nil
	}
	return asMap(get(recs[0], "r"))
}

func quotesOf(ev []Evidence) []string {
	out := make([]string, 0, len(ev))
	for _, e := range ev {
		out = append(out, e.Quote)
	}
	return out
}

// sameQuotes says the evidence is exactly the quotes, in any order.
func sameQuotes(ev []Evidence, quotes []string) bool {
	got, want := quotesOf(ev), slices.Clone(quotes)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}

func selfLoopFlagged(t testing.TB, s *Store, id string) bool {
	t.Helper()
	recs, err := s.collect(context.Background(), "MATCH (ev:Evidence {id: $id}) RETURN ev.self_loop AS loop", map[string]any{"id": id})
	if err != nil {
		t.Fatal(err)
	}
	return len(recs) == 1 && asBool(get(recs[0], "loop"))
}

// checkEdgeInvariants checks the edges and evidence of a test's data (evidence of its
// documents, edges touching its entities) against the invariants of edges.go: each
// evidence record is keyed by the slot its links hold it in, self-loops flagged; each slot
// with evidence has exactly one edge (one in either direction for symmetric predicates),
// keyed by the slot, whose aggregates are those of all that evidence; no edge lacks evidence.
func checkEdgeInvariants(t testing.TB, s *Store, tag string) {
	t.Helper()
	ctx := context.Background()
	evs, err := s.collect(ctx, `MATCH (ev:Evidence) WHERE ev.document CONTAINS $tag
		OPTIONAL MATCH (ev)-[:SUBJECT]->(s:Entity)
		WITH ev, collect(s.id) AS subjects
		OPTIONAL MATCH (ev)-[:OBJECT]->(o:Entity)
		RETURN ev.id AS id, ev.rel_key AS key, ev.predicate AS p, coalesce(ev.self_loop, false) AS loop,
		       ev.grade_rank AS rank, ev.denial AS denial, subjects, collect(o.id) AS objects`, map[string]any{"tag": tag})
	if err != nil {
		t.Fatal(err)
	}
	type agg struct{ n, rank, denials int }
	want := map[string]*agg{}
	for _, r := range evs {
		subjects, objects := asStrings(get(r, "subjects")), asStrings(get(r, "objects"))
		if len(subjects) != 1 || len(objects) != 1 {
			t.Errorf("evidence %v held by subjects %v, objects %v: want one each", get(r, "id"), subjects, objects)
			continue
		}
		sl := slotOf(subjects[0], asString(get(r, "p")), objects[0])
		if asString(get(r, "key")) != sl.key() {
			t.Errorf("evidence %v keyed %v, held in %s", get(r, "id"), get(r, "key"), sl.key())
		}
		if asBool(get(r, "loop")) != sl.loop() {
			t.Errorf("evidence %v self_loop = %v, held in %s", get(r, "id"), get(r, "loop"), sl.key())
		}
		if sl.loop() {
			continue
		}
		a := want[sl.key()]
		if a == nil {
			a = &agg{rank: 99}
			want[sl.key()] = a
		}
		a.n++
		a.rank = min(a.rank, int(asInt(get(r, "rank"))))
		if asBool(get(r, "denial")) {
			a.denials++
		}
	}
	edges, err := s.collect(ctx, `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL AND (a.id CONTAINS $tag OR b.id CONTAINS $tag)
		RETURN a.id AS a, type(r) AS p, b.id AS b, properties(r) AS r`, map[string]any{"tag": tag})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range edges {
		a, p, b, props := asString(get(r, "a")), asString(get(r, "p")), asString(get(r, "b")), asMap(get(r, "r"))
		sl := slotOf(a, p, b)
		if sl.subject != a {
			t.Errorf("symmetric %s edge %s -> %s drawn against canonical direction", p, a, b)
		}
		if seen[sl.key()] {
			t.Errorf("parallel %s edges for slot %s", p, sl.key())
		}
		seen[sl.key()] = true
		if props["key"] != sl.key() {
			t.Errorf("edge %s -> %s -> %s keyed %v", a, p, b, props["key"])
		}
		w := want[sl.key()]
		if w == nil {
			t.Errorf("edge %s has no evidence", sl.key())
			continue
		}
		if int(asInt(props["evidence_count"])) != w.n || int(asInt(props["grade_rank"])) != w.rank || int(asInt(props["denials"])) != w.denials {
			t.Errorf("edge %s: count %v rank %v denials %v; evidence says %d, %d, %d", sl.key(),
				props["evidence_count"], props["grade_rank"], props["denials"], w.n, w.rank, w.denials)
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("evidence keyed %s has no edge", k)
		}
	}
}
