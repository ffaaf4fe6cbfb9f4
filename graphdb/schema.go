package graphdb

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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
	// Graphs loaded before a "former …" post counted as ended show such ties as current;
	// this recomputes `current` the way edgeAggregates does, writing only the edges it changes.
	2: {qEndFormerPosts},
}

// qEndFormerPosts sets `current` false on each typed edge whose every evidence record is
// closed (closedRecord: an end date, told as over, or a former post).
const qEndFormerPosts = `MATCH ()-[r]->() WHERE r.current = true AND r.key IS NOT NULL
  AND EXISTS { MATCH (:Evidence {rel_key: r.key}) }
  AND NOT EXISTS { MATCH (ev:Evidence {rel_key: r.key}) WHERE NOT ` + closedRecord + ` }
SET r.current = false`

// addedIndexes are indexes created, when missing, on every EnsureSchema without a new schema
// version: they change no data, so a graph that has them still suits a build that does not
// know them (several builds share one database while they are developed).
var addedIndexes = []struct{ name, stmt string }{
	// Forgiving entity search (SearchEntities): names and aliases, accents folded, one token
	// per Han character; Lucene fuzzy terms forgive typos. Khmer, Burmese and Thai runs are
	// one token each, so SearchEntities also matches them by substring.
	{"entity_names", "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.search] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}"},
	// GET /captures/{sha256} finds the document a capture belongs to.
	{"document_capture", "CREATE INDEX document_capture IF NOT EXISTS FOR (d:Document) ON (d.capture)"},
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) - 1 }

// EnsureSchema applies the migrations the graph has not seen yet (the core schema, then the
// analysis indexes of analysis_schema.go, each with its own version) and waits for new
// indexes to come online. Calling it again is cheap and changes nothing.
func (s *Store) EnsureSchema(ctx context.Context) error {
	if err := s.migrate(ctx, "graphdb", migrations); err != nil {
		return err
	}
	return s.migrate(ctx, analysisSchemaName, analysisMigrations)
}

// migrate applies the steps of one migration series the graph has not seen, recording the
// number applied on the :SchemaVersion node of that name.
func (s *Store) migrate(ctx context.Context, name string, steps [][]string) error {
	current, err := s.versionOf(ctx, name)
	if err != nil {
		return err
	}
	latest := len(steps) - 1
	if current > latest {
		return fmt.Errorf("graph schema %q at %s is version %d, newer than this build's %d: upgrade scamgraph", name, s.cfg.URI, current, latest)
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	added, err := s.ensureAddedIndexes(ctx, sess)
	if err != nil {
		return err
	}
	if current == latest {
		if added {
			return awaitIndexes(ctx, sess)
		}
		return nil
	}
	for v := current + 1; v <= latest; v++ {
		for _, stmt := range steps[v] {
			// Schema statements cannot share a transaction with data writes; each runs alone.
			if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
				return struct{}{}, exec(ctx, tx, stmt, nil)
			}); err != nil && !createdElsewhere(err) {
				return fmt.Errorf("schema %s migration %d: %q: %w", name, v, stmt, err)
			}
		}
		if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, exec(ctx, tx, `MERGE (v:SchemaVersion {name: $name})
				SET v.version = CASE WHEN coalesce(v.version, 0) < $v THEN $v ELSE v.version END,
				    v.updated = datetime()`, map[string]any{"v": v, "name": name})
		}); err != nil {
			return fmt.Errorf("record schema %s version %d: %w", name, v, err)
		}
	}
	return awaitIndexes(ctx, sess)
}

func awaitIndexes(ctx context.Context, sess neo4j.SessionWithContext) error {
	if _, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, exec(ctx, tx, "CALL db.awaitIndexes(300)", nil)
	}); err != nil {
		return fmt.Errorf("wait for indexes: %w", err)
	}
	return nil
}

// ensureAddedIndexes creates the addedIndexes the graph lacks and says whether it created any.
func (s *Store) ensureAddedIndexes(ctx context.Context, sess neo4j.SessionWithContext) (bool, error) {
	recs, err := s.collect(ctx, "SHOW INDEXES YIELD name RETURN collect(name) AS names", nil)
	if err != nil {
		return false, fmt.Errorf("list indexes at %s: %w", s.cfg.URI, err)
	}
	var have []string
	if len(recs) > 0 {
		have = asStrings(get(recs[0], "names"))
	}
	created := false
	for _, ix := range addedIndexes {
		if slices.Contains(have, ix.name) {
			continue
		}
		if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, exec(ctx, tx, ix.stmt, nil)
		}); err != nil && !createdElsewhere(err) {
			return false, fmt.Errorf("create index %s: %w", ix.name, err)
		}
		created = true
	}
	return created, nil
}

func (s *Store) schemaVersion(ctx context.Context) (int, error) { return s.versionOf(ctx, "graphdb") }

func (s *Store) versionOf(ctx context.Context, name string) (int, error) {
	recs, err := s.collect(ctx, "MATCH (v:SchemaVersion {name: $name}) RETURN v.version AS v", map[string]any{"name": name})
	if err != nil {
		return 0, fmt.Errorf("read schema version at %s: %w", s.cfg.URI, err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	v, _ := recs[0].Get("v")
	return int(asInt(v)), nil
}

// createdElsewhere reports an index or constraint that another client created between this
// one's IF NOT EXISTS check and its own creation (two processes migrating a new graph at
// once): the schema is as the statement wants it.
func createdElsewhere(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return false
	}
	switch ne.Code {
	case "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
		"Neo.ClientError.Schema.IndexAlreadyExists", "Neo.ClientError.Schema.ConstraintAlreadyExists",
		"Neo.ClientError.Schema.IndexWithNameAlreadyExists", "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists":
		return true
	}
	return false
}
