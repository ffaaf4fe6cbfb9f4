package graphdb

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// benchGraph generates a synthetic network document by document, so memory stays bounded
// whatever the size: each document names seven new entities (a compound, two companies, two
// people, an organization, a place) and three from earlier documents, with ten graded
// relations among them, including official -DIRECTS-> company -OWNS-> company -OPERATES->
// compound chains for the complicity query.
type benchGraph struct {
	tag       string
	rng       *rand.Rand
	next      int
	persons   []model.Entity
	companies []model.Entity
	compounds []string
}

func (g *benchGraph) entity(typ string) model.Entity {
	g.next++
	return ent(typ, fmt.Sprintf("%s %s %d", typ, g.tag, g.next))
}

func (g *benchGraph) document(i int) model.Document {
	c, k1, k2 := g.entity(model.Compound), g.entity(model.Company), g.entity(model.Company)
	p1, p2, o, l := g.entity(model.Person), g.entity(model.Person), g.entity(model.Organization), g.entity(model.Location)
	ents := []model.Entity{c, k1, k2, p1, p2, o, l}
	grades := []string{model.Official, model.Reported, model.Alleged}
	grade := func() string { return grades[g.rng.IntN(len(grades))] }
	q := func(n int) string { return fmt.Sprintf("Sentence %d of document %d, which states the claim.", n, i) }
	rels := []model.Relation{
		rel(p1, model.Directs, k1, grade(), q(1), 0.9),
		rel(k1, model.Owns, k2, grade(), q(2), 0.9),
		rel(k2, model.Operates, c, grade(), q(3), 0.8),
		rel(c, model.LocatedIn, l, model.Reported, q(4), 0.95),
		rel(p1, model.MemberOf, o, grade(), q(5), 0.8),
		rel(o, model.Protects, c, model.Alleged, q(6), 0.5),
		rel(p2, model.AssociateOf, p1, grade(), q(7), 0.7),
		rel(p2, model.MentionedWith, c, model.CoMentioned, q(8), 0.3),
	}
	if len(g.companies) > 0 {
		old := g.companies[g.rng.IntN(len(g.companies))]
		ents = append(ents, old)
		rels = append(rels, rel(old, model.Owns, k1, grade(), q(9), 0.8))
	}
	if len(g.persons) > 0 {
		old := g.persons[g.rng.IntN(len(g.persons))]
		ents = append(ents, old)
		rels = append(rels, rel(old, model.FamilyOf, p2, grade(), q(10), 0.8))
	}
	// Keep a bounded sample of earlier entities to link to.
	if len(g.companies) < 1000 {
		g.companies = append(g.companies, k1, k2)
		g.persons = append(g.persons, p1, p2)
	} else {
		g.companies[g.rng.IntN(len(g.companies))] = k2
		g.persons[g.rng.IntN(len(g.persons))] = p1
	}
	if len(g.compounds) < 1000 {
		g.compounds = append(g.compounds, c.ID)
	}
	pub := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
	return model.Document{
		URL: fmt.Sprintf("https://bench.test.invalid/%s/%d", g.tag, i), Title: fmt.Sprintf("Report %d", i),
		Published: &pub, Language: "en", Kind: "article", Capture: fmt.Sprintf("%064x", i),
		Text:     fmt.Sprintf("Document %d text. %s directs %s, which owns %s, operator of %s.", i, p1.Name, k1.Name, k2.Name, c.Name),
		Entities: ents, Relations: rels,
	}
}

// rowCounts tallies what a batch of documents writes, for throughput figures.
type rowCounts struct{ nodes, edges int }

// BenchmarkGraphLoad loads a synthetic graph of SCAMGRAPH_BENCH_ENTITIES entities (default
// 20000) through Load, then writes the same rows with plain UNWIND ... CREATE, and times the
// 3-hop complicity query. Run with -benchtime=1x; it takes the exclusive test lock and removes
// its data afterwards.
func BenchmarkGraphLoad(b *testing.B) {
	size := 20000
	if v := os.Getenv("SCAMGRAPH_BENCH_ENTITIES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 100 {
			b.Fatalf("SCAMGRAPH_BENCH_ENTITIES=%q: want a number >= 100", v)
		}
		size = n
	}
	s := openTest(b, true)
	ctx := context.Background()
	// Indexes the raw baseline needs to find its own nodes, as Load has its constraints.
	for _, q := range []string{
		"CREATE INDEX raw_entity_id IF NOT EXISTS FOR (e:RawEntity) ON (e.id)",
		"CREATE INDEX raw_document_url IF NOT EXISTS FOR (d:RawDocument) ON (d.url)",
		"CALL db.awaitIndexes(300)",
	} {
		if err := autoCommit(ctx, s, q, nil); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		tag := newTag(b)
		benchRun(b, s, ctx, tag, size)
	}
}

func benchRun(b *testing.B, s *Store, ctx context.Context, tag string, size int) {
	const docsPerLoad = 1000
	defer benchCleanup(b, s, tag)
	g := &benchGraph{tag: tag, rng: rand.New(rand.NewPCG(1, 2))}
	src := SourceInfo{Name: "bench-" + tag, Kind: "rss", Extractor: "bench"}
	seen := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var counts rowCounts
	var loadTime, rawTime time.Duration
	var maxHeap uint64
	created := map[string]bool{} // entities the raw load has created
	for i := 0; g.next < size; {
		docs := make([]model.Document, 0, docsPerLoad)
		for len(docs) < docsPerLoad && g.next < size {
			docs = append(docs, g.document(i))
			i++
		}
		start := time.Now()
		st, err := s.Load(ctx, src, docs, seen)
		if err != nil {
			b.Fatal(err)
		}
		loadTime += time.Since(start)
		if st.Skipped != 0 {
			b.Fatalf("load skipped %d rows", st.Skipped)
		}
		start = time.Now()
		rc, err := rawLoad(ctx, s, docs, created)
		if err != nil {
			b.Fatal(err)
		}
		rawTime += time.Since(start)
		counts.nodes += rc.nodes
		counts.edges += rc.edges
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		maxHeap = max(maxHeap, ms.HeapAlloc)
	}
	// Timings for the complicity query from sampled compounds.
	var lat []time.Duration
	found := 0
	for i, c := range g.compounds {
		if i >= 200 {
			break
		}
		start := time.Now()
		cps, err := s.ComplicityPaths(ctx, c, 3, "", 50)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		found += len(cps)
	}
	slices.Sort(lat)
	p95 := lat[len(lat)*95/100]
	if found == 0 {
		b.Fatalf("no complicity paths found in the synthetic graph")
	}
	nodesPerSec := float64(counts.nodes) / loadTime.Seconds()
	edgesPerSec := float64(counts.edges) / loadTime.Seconds()
	rawNodes := float64(counts.nodes) / rawTime.Seconds()
	rawEdges := float64(counts.edges) / rawTime.Seconds()
	b.ReportMetric(float64(size), "entities")
	b.ReportMetric(nodesPerSec, "nodes/s")
	b.ReportMetric(edgesPerSec, "edges/s")
	b.ReportMetric(rawNodes, "raw-nodes/s")
	b.ReportMetric(rawEdges, "raw-edges/s")
	b.ReportMetric(rawTime.Seconds()/loadTime.Seconds(), "load/raw")
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95-complicity-ms")
	b.ReportMetric(float64(maxHeap)/(1<<20), "max-heap-MiB")
	b.Logf("%d entities: %d nodes, %d relationships; Load %v, raw CREATE %v; complicity p95 %v over %d queries (%d paths); Go heap max %.0f MiB",
		size, counts.nodes, counts.edges, loadTime.Round(time.Millisecond), rawTime.Round(time.Millisecond), p95, len(lat), found, float64(maxHeap)/(1<<20))
}

// rawLoad writes the same nodes and relationships as Load with plain CREATE (no MERGE, no
// evidence aggregation), under separate labels, in one transaction per batch.
func rawLoad(ctx context.Context, s *Store, docs []model.Document, created map[string]bool) (rowCounts, error) {
	var docRows, entRows, mentionRows, evRows, edgeRows []map[string]any
	edgeKeys := map[string]bool{}
	for _, d := range docs {
		docRows = append(docRows, map[string]any{"url": d.URL, "title": d.Title, "text": d.Text, "published": *d.Published,
			"language": d.Language, "kind": d.Kind, "capture": d.Capture})
		for _, e := range d.Entities {
			if !created[e.ID] {
				created[e.ID] = true
				entRows = append(entRows, map[string]any{"id": e.ID, "name": e.Name, "type": e.Type, "aliases": e.Aliases})
			}
			mentionRows = append(mentionRows, map[string]any{"url": d.URL, "id": e.ID, "count": len(e.Mentions)})
		}
		for _, r := range d.Relations {
			key := relKey(r.Subject, r.Predicate, r.Object)
			evRows = append(evRows, map[string]any{"id": evidenceID(r.Subject, r.Predicate, r.Object, d.URL, r.Quote),
				"key": key, "url": d.URL, "subject": r.Subject, "object": r.Object, "quote": r.Quote, "grade": r.Grade})
			if !edgeKeys[key] {
				edgeKeys[key] = true
				edgeRows = append(edgeRows, map[string]any{"key": key, "subject": r.Subject, "object": r.Object, "grade": r.Grade})
			}
		}
	}
	stmts := []struct {
		q    string
		rows []map[string]any
	}{
		{"UNWIND $rows AS row CREATE (d:RawDocument) SET d = row", docRows},
		{"UNWIND $rows AS row CREATE (e:RawEntity) SET e = row", entRows},
		{`UNWIND $rows AS row MATCH (d:RawDocument {url: row.url}) MATCH (e:RawEntity {id: row.id})
		  CREATE (d)-[:RAW_MENTIONS {count: row.count}]->(e)`, mentionRows},
		{`UNWIND $rows AS row MATCH (d:RawDocument {url: row.url})
		  MATCH (s:RawEntity {id: row.subject}) MATCH (o:RawEntity {id: row.object})
		  CREATE (ev:RawEvidence {id: row.id, rel_key: row.key, quote: row.quote, grade: row.grade})
		  CREATE (ev)-[:RAW_IN]->(d), (ev)-[:RAW_SUBJECT]->(s), (ev)-[:RAW_OBJECT]->(o)`, evRows},
		{`UNWIND $rows AS row MATCH (s:RawEntity {id: row.subject}) MATCH (o:RawEntity {id: row.object})
		  CREATE (s)-[:RAW_REL {key: row.key, grade: row.grade}]->(o)`, edgeRows},
	}
	_, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		for _, st := range stmts {
			if err := exec(ctx, tx, st.q, map[string]any{"rows": st.rows}); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, nil
	})
	// Nodes: documents, entities, evidence. Relationships: FROM_SOURCE (Load writes one per
	// document), mentions, three per evidence, one per distinct edge.
	rc := rowCounts{nodes: len(docRows) + len(entRows) + len(evRows),
		edges: len(docRows) + len(mentionRows) + 3*len(evRows) + len(edgeRows)}
	return rc, err
}

func autoCommit(ctx context.Context, s *Store, q string, params map[string]any) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, q, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

func benchCleanup(b *testing.B, s *Store, tag string) {
	ctx := context.Background()
	prefix := "https://bench.test.invalid/" + tag + "/"
	for _, q := range []string{
		`MATCH (n) WHERE n:RawEntity OR n:RawDocument OR n:RawEvidence
		 CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH (ev:Evidence) WHERE ev.document STARTS WITH $prefix
		 CALL { WITH ev DETACH DELETE ev } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH (e:Entity) WHERE e.id ENDS WITH $suffix OR e.id CONTAINS $infix
		 CALL { WITH e DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH (d:Document) WHERE d.url STARTS WITH $prefix
		 CALL { WITH d DETACH DELETE d } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH (s:Source {name: $source}) DETACH DELETE s`,
	} {
		if err := autoCommit(ctx, s, q, map[string]any{"prefix": prefix, "suffix": tag, "infix": "-" + tag + "-", "source": "bench-" + tag}); err != nil {
			b.Errorf("remove benchmark data: %v", err)
		}
	}
}
