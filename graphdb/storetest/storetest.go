// Package storetest gives tests outside graphdb a store on the test Neo4j and removes exactly
// the data one test wrote, so that packages sharing the one Community database stay apart.
// (graphdb's own tests cannot import it: it imports graphdb.)
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/graphdb"
)

// Open connects to the test Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) with the schema in
// place, and fails the test when it is unreachable. The store closes when the test ends.
func Open(t testing.TB) *graphdb.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cfg := graphdb.ConfigFromEnv()
	s, err := graphdb.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Neo4j at %s is unreachable: %v\nstart it with `make db` or set NEO4J_URI", cfg.URI, err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	return s
}

// Tag returns a marker unique to one test; every id, URL and source name the test writes
// holds it, so RemoveTagged finds them all.
func Tag(t testing.TB, prefix string) string {
	t.Helper()
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return prefix + hex.EncodeToString(b)
}

// Write runs write queries with the same parameters against the test Neo4j, reporting
// failures as test errors.
func Write(t testing.TB, params map[string]any, queries ...string) {
	t.Helper()
	ctx := context.Background()
	cfg := graphdb.ConfigFromEnv()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
	if err != nil {
		t.Errorf("connect to %s: %v", cfg.URI, err)
		return
	}
	defer drv.Close(ctx)
	for _, q := range queries {
		if _, err := neo4j.ExecuteQuery(ctx, drv, q, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
			t.Errorf("%s: %v", q, err)
		}
	}
}

// RemoveTagged deletes what one test wrote, and nothing else: entities, evidence, documents,
// sources and merge records whose id, URL or name holds the tag, and identifiers that only
// tagged entities carry.
func RemoveTagged(t testing.TB, tag string) {
	t.Helper()
	Write(t, map[string]any{"tag": tag},
		`MATCH (e:Entity)-[:HAS_IDENTIFIER]->(i:Identifier) WHERE e.id CONTAINS $tag
		   AND NOT EXISTS { MATCH (i)<-[:HAS_IDENTIFIER]-(o:Entity) WHERE NOT o.id CONTAINS $tag }
		 DETACH DELETE i`,
		`MATCH (e:Entity) WHERE e.id CONTAINS $tag DETACH DELETE e`,
		`MATCH (ev:Evidence) WHERE ev.document CONTAINS $tag DETACH DELETE ev`,
		`MATCH (d:Document) WHERE d.url CONTAINS $tag DETACH DELETE d`,
		`MATCH (s:Source) WHERE s.name CONTAINS $tag DETACH DELETE s`,
		`MATCH (r:Merge) WHERE r.id CONTAINS $tag OPTIONAL MATCH (r)-[:SNAPSHOT]->(s) DETACH DELETE r, s`,
	)
}
