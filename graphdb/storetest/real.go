package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/sharedtest"
	"github.com/scamgraph/scamgraph/model"
)

// Capture returns the path of a real service capture under ../shared/captures beside the
// repository root (the directory holding go.mod), and fails the test when it is missing.
func Capture(t testing.TB, rel string) string { return sharedtest.CapturePath(t, rel) }

// Retag rewrites the entity ids and document URLs of extracted documents so that they hold
// the test's tag ("company:bank-maskan" -> "company:TAG-bank-maskan"): real data loads into
// the shared test graph without touching other tests' nodes, and RemoveTagged finds it all.
// Names, identifiers and relations are kept as they are.
func Retag(tag string, docs []model.Document) []model.Document {
	id := func(s string) string {
		typ, slug, ok := strings.Cut(s, ":")
		if !ok || strings.HasPrefix(slug, tag+"-") {
			return s
		}
		return typ + ":" + tag + "-" + slug
	}
	out := make([]model.Document, len(docs))
	for i, d := range docs {
		if !strings.Contains(d.URL, tag) {
			d.URL = "https://" + tag + ".invalid/" + strings.TrimPrefix(strings.TrimPrefix(d.URL, "https://"), "http://")
		}
		if !strings.Contains(d.Source, tag) {
			d.Source = d.Source + "-" + tag
		}
		ents := make([]model.Entity, len(d.Entities))
		for j, e := range d.Entities {
			e.ID = id(e.ID)
			ents[j] = e
		}
		rels := make([]model.Relation, len(d.Relations))
		for j, r := range d.Relations {
			r.Subject, r.Object = id(r.Subject), id(r.Object)
			rels[j] = r
		}
		d.Entities, d.Relations = ents, rels
		out[i] = d
	}
	return out
}

// Read runs one read query against the test Neo4j and returns its records as maps; a
// failure fails the test.
func Read(t testing.TB, query string, params map[string]any) []map[string]any {
	t.Helper()
	ctx := context.Background()
	cfg := graphdb.ConfigFromEnv()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
	if err != nil {
		t.Fatalf("connect to %s: %v", cfg.URI, err)
	}
	defer drv.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, drv, query, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	out := make([]map[string]any, 0, len(res.Records))
	for _, r := range res.Records {
		out = append(out, r.AsMap())
	}
	return out
}
