package graphdb

import (
	"fmt"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// The analysis schema is a migration series of its own (SchemaVersion "analysis"), apart
// from the core one in schema.go, so that builds that do not know it keep working on a graph
// that has it. Append steps, never edit an applied one.
const analysisSchemaName = "analysis"

var analysisMigrations = [][]string{
	1: analysisSchema(),
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
		"CREATE INDEX evidence_predicate IF NOT EXISTS FOR (ev:Evidence) ON (ev.predicate)",
		"CREATE INDEX evidence_predicate_grade IF NOT EXISTS FOR (ev:Evidence) ON (ev.predicate, ev.grade_rank)",
		"CREATE INDEX evidence_grade_rank IF NOT EXISTS FOR (ev:Evidence) ON (ev.grade_rank)",
		"CREATE INDEX evidence_published IF NOT EXISTS FOR (ev:Evidence) ON (ev.published)",
		"CREATE INDEX evidence_document IF NOT EXISTS FOR (ev:Evidence) ON (ev.document)",
		"CREATE INDEX entity_country IF NOT EXISTS FOR (e:Entity) ON (e.country)",
	}
	for _, p := range model.Predicates {
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
