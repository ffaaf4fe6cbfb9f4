package graphdb

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/extract"
)

// migrations are applied in order; the graph records the number applied on a :SchemaVersion
// node. Append new steps, never edit an applied one. Each statement is idempotent on its own,
// so a migration interrupted half-way can run again.
var migrations = [][]string{
	1: {
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
		"CREATE CONSTRAINT document_url IF NOT EXISTS FOR (d:Document) REQUIRE d.url IS UNIQUE",
		"CREATE CONSTRAINT source_name IF NOT EXISTS FOR (s:Source) REQUIRE s.name IS UNIQUE",
		"CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (ev:Evidence) REQUIRE ev.id IS UNIQUE",
		"CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (i:Identifier) REQUIRE i.key IS UNIQUE",
		"CREATE CONSTRAINT schema_version_name IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.name IS UNIQUE",
		"CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (ev:Evidence) ON (ev.rel_key)",
		"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
		"CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON (e.search)",
		"CREATE INDEX identifier_value IF NOT EXISTS FOR (i:Identifier) ON (i.value)",
	},
	2: analysisSchema(),
}

// analysisSchema indexes what researchers ask of the graph (docs/queries.md, "Schema for
// analysis"): full-text search of quotes and document text, documents by source, publisher
// and date, evidence by predicate, grade and date, entities by country, and per relationship
// type the edge key (so evidence leads back to its edge by an index seek) and grade.
func analysisSchema() []string {
	stmts := []string{
		"CREATE FULLTEXT INDEX evidence_quotes IF NOT EXISTS FOR (ev:Evidence) ON EACH [ev.quote]",
		"CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text]",
		"CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source)",
		"CREATE INDEX document_publisher IF NOT EXISTS FOR (d:Document) ON (d.publisher)",
		"CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)",
		"CREATE INDEX evidence_predicate IF NOT EXISTS FOR (ev:Evidence) ON (ev.predicate, ev.grade_rank)",
		"CREATE INDEX evidence_grade_rank IF NOT EXISTS FOR (ev:Evidence) ON (ev.grade_rank)",
		"CREATE INDEX evidence_published IF NOT EXISTS FOR (ev:Evidence) ON (ev.published)",
		"CREATE INDEX evidence_document IF NOT EXISTS FOR (ev:Evidence) ON (ev.document)",
		"CREATE INDEX entity_country IF NOT EXISTS FOR (e:Entity) ON (e.country)",
	}
	for _, p := range extract.Predicates {
		lower := strings.ToLower(p)
		stmts = append(stmts,
			fmt.Sprintf("CREATE INDEX rel_%s_key IF NOT EXISTS FOR ()-[r:%s]-() ON (r.key)", lower, p),
			fmt.Sprintf("CREATE INDEX rel_%s_grade IF NOT EXISTS FOR ()-[r:%s]-() ON (r.grade_rank)", lower, p))
	}
	// Graphs loaded before this version: evidence takes its document's publication date and
	// every edge its first and last reported dates, as loads now write them.
	return append(stmts,
		`MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d:Document) WHERE ev.published IS NULL AND d.published IS NOT NULL
		 SET ev.published = d.published`,
		`MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL AND r.first_reported IS NULL
		 OPTIONAL MATCH (ev:Evidence {rel_key: r.key})
		 WITH r, min(ev.published) AS first, max(ev.published) AS last
		 SET r.first_reported = first, r.last_reported = last`,
		`MATCH (d:Document) WHERE d.publisher IS NULL AND d.url STARTS WITH 'http'
		 WITH d, split(split(d.url, '://')[1], '/')[0] AS host
		 WITH d, toLower(split(host, ':')[0]) AS host
		 SET d.publisher = CASE WHEN host STARTS WITH 'www.' THEN substring(host, 4) ELSE host END`)
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) - 1 }

// EnsureSchema applies the migrations the graph has not seen yet and waits for new indexes to
// come online. Calling it again is cheap and changes nothing.
func (s *Store) EnsureSchema(ctx context.Context) error {
	current, err := s.schemaVersion(ctx)
	if err != nil {
		return err
	}
	latest := SchemaVersion()
	if current > latest {
		return fmt.Errorf("graph schema at %s is version %d, newer than this build's %d: upgrade scamgraph", s.cfg.URI, current, latest)
	}
	if current == latest {
		return nil
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for v := current + 1; v <= latest; v++ {
		for _, stmt := range migrations[v] {
			// Schema statements cannot share a transaction with data writes; each runs alone.
			if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
				return struct{}{}, exec(ctx, tx, stmt, nil)
			}); err != nil {
				return fmt.Errorf("schema migration %d: %q: %w", v, stmt, err)
			}
		}
		if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, exec(ctx, tx, `MERGE (v:SchemaVersion {name: 'graphdb'})
				SET v.version = CASE WHEN coalesce(v.version, 0) < $v THEN $v ELSE v.version END,
				    v.updated = datetime()`, map[string]any{"v": v})
		}); err != nil {
			return fmt.Errorf("record schema version %d: %w", v, err)
		}
	}
	if _, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, exec(ctx, tx, "CALL db.awaitIndexes(300)", nil)
	}); err != nil {
		return fmt.Errorf("wait for indexes: %w", err)
	}
	return nil
}

func (s *Store) schemaVersion(ctx context.Context) (int, error) {
	recs, err := s.collect(ctx, "MATCH (v:SchemaVersion {name: 'graphdb'}) RETURN v.version AS v", nil)
	if err != nil {
		return 0, fmt.Errorf("read schema version at %s: %w", s.cfg.URI, err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	v, _ := recs[0].Get("v")
	return int(asInt(v)), nil
}
