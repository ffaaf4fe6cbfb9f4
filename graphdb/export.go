package graphdb

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
)

// Streaming reads of the whole graph (or of what one source gave) for the exporters in
// package interop. Each read is one query whose records are handed to fn as they arrive, so
// an export holds one record in memory at a time.

// ExportScope limits an export; the zero value is the whole graph.
type ExportScope struct {
	// Source keeps the documents of one source, the entities they name and the evidence
	// they give.
	Source string
}

// ExportEntity is one entity node.
type ExportEntity struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Type        string       `json:"type"`
	Aliases     []string     `json:"aliases"`
	Identifiers []Identifier `json:"identifiers"`
	MergedIDs   []string     `json:"merged_ids,omitempty"`
	FirstSeen   time.Time    `json:"first_seen"`
	LastSeen    time.Time    `json:"last_seen"`
	Documents   int          `json:"documents"`
}

// ExportDocument is one document with the source it came from and what it names.
type ExportDocument struct {
	URL        string     `json:"url"`
	Title      string     `json:"title"`
	Published  *time.Time `json:"published"`
	Language   string     `json:"language"`
	Kind       string     `json:"kind"`
	Author     string     `json:"author"`
	Capture    string     `json:"capture"`
	Text       string     `json:"text"`
	Source     string     `json:"source"`
	SourceKind string     `json:"source_kind"`
	// SourceName is the source of this row: a document reached by several sources comes
	// once per source, Source (the first that reached it) the same on each.
	SourceName string          `json:"source_name"`
	SourceURL  string          `json:"source_url"`
	FirstSeen  time.Time       `json:"first_seen"`
	LastSeen   time.Time       `json:"last_seen"`
	Mentions   []ExportMention `json:"mentions"`
	// Truncated is set when the document's body was cut at a size cap.
	Truncated bool `json:"truncated"`
}

// ExportMention is a document naming an entity (the node holding it now) count times.
type ExportMention struct {
	Entity string `json:"entity"`
	Count  int    `json:"count"`
}

// ExportEvidence is one evidence record with the nodes its ends are held by now (they differ
// from Subject and Object, the extracted ids, after a merge) and its document's source.
type ExportEvidence struct {
	Evidence
	SubjectNode string `json:"subject_node"`
	ObjectNode  string `json:"object_node"`
	Source      string `json:"source"`
	// EdgeKey is the key of the edge the record supports (ev.rel_key).
	EdgeKey string `json:"edge_key"`
}

// ExportEdge is one typed edge (co-mentions included) between two entity nodes.
type ExportEdge struct {
	Subject       string    `json:"subject"`
	Predicate     string    `json:"predicate"`
	Object        string    `json:"object"`
	Key           string    `json:"key"`
	Grade         string    `json:"grade"`
	Confidence    float64   `json:"confidence"`
	EvidenceCount int       `json:"evidence_count"`
	Denials       int       `json:"denials"`
	Contested     bool      `json:"contested"`
	FirstSeen     time.Time `json:"first_seen"`
	LastSeen      time.Time `json:"last_seen"`
	// FirstReported and LastReported are the earliest and latest publication dates of the
	// documents behind the edge; nil when none is dated.
	FirstReported *time.Time `json:"first_reported"`
	LastReported  *time.Time `json:"last_reported"`
	// The strongest quote behind the edge (strongest grade, claims before denials, highest
	// confidence, latest document), its grade, document and the document's date.
	Quote      string     `json:"quote"`
	QuoteGrade string     `json:"quote_grade"`
	QuoteURL   string     `json:"quote_url"`
	QuoteDate  *time.Time `json:"quote_date"`
	// Role is the post on a person's tie to a body; Current is false once every record of the
	// tie gives an end, tells it as over or names a former post.
	Role    string `json:"role,omitempty"`
	Current bool   `json:"current"`
}

// stream runs one read query and hands each record to fn.
func (s *Store) stream(ctx context.Context, what, query string, params map[string]any, fn func(*neo4j.Record) error) error {
	_, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			if err := fn(res.Record()); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, res.Err()
	})
	if err != nil {
		return fmt.Errorf("export %s from %s: %w", what, s.cfg.URI, err)
	}
	return nil
}

const scopedEntity = `($source = '' OR EXISTS { (e)<-[:MENTIONS]-(:Document {source: $source}) }
	OR EXISTS { (e)<-[:SUBJECT|OBJECT]-(:Evidence)-[:IN_DOCUMENT]->(:Document {source: $source}) })`

// ExportEntities streams the entity nodes in scope, ordered by id.
func (s *Store) ExportEntities(ctx context.Context, scope ExportScope, fn func(ExportEntity) error) error {
	return s.stream(ctx, "entities", `MATCH (e:Entity) WHERE `+scopedEntity+`
		OPTIONAL MATCH (e)-[:HAS_IDENTIFIER]->(i:Identifier)
		WITH e, i ORDER BY i.scheme, i.value
		WITH e, collect(i {.scheme, .value, .country}) AS ids
		RETURN properties(e) AS e, ids, COUNT { (e)<-[:MENTIONS]-(:Document) } AS docs
		ORDER BY e.id`, map[string]any{"source": scope.Source}, func(r *neo4j.Record) error {
		p := asMap(get(r, "e"))
		e := ExportEntity{ID: asString(p["id"]), Name: asString(p["name"]), Type: asString(p["type"]),
			Aliases: asStrings(p["aliases"]), MergedIDs: asStrings(p["merged_ids"]), Identifiers: []Identifier{},
			FirstSeen: asTime(p["first_seen"]), LastSeen: asTime(p["last_seen"]), Documents: int(asInt(get(r, "docs")))}
		for _, x := range asList(get(r, "ids")) {
			m := asMap(x)
			e.Identifiers = append(e.Identifiers, Identifier{Scheme: asString(m["scheme"]), Value: asString(m["value"]), Country: asString(m["country"])})
		}
		return fn(e)
	})
}

// ExportDocuments streams the documents in scope with their source and mentions, by URL.
func (s *Store) ExportDocuments(ctx context.Context, scope ExportScope, fn func(ExportDocument) error) error {
	return s.stream(ctx, "documents", `MATCH (d:Document) WHERE $source = '' OR d.source = $source
		OPTIONAL MATCH (d)-[:FROM_SOURCE]->(src:Source)
		OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
		WITH d, src, m, e ORDER BY e.id
		WITH d, src, collect({entity: e.id, count: m.count}) AS mentions
		RETURN properties(d) AS d, src {.name, .kind, .url} AS src, mentions
		ORDER BY d.url`, map[string]any{"source": scope.Source}, func(r *neo4j.Record) error {
		p, src := asMap(get(r, "d")), asMap(get(r, "src"))
		d := ExportDocument{URL: asString(p["url"]), Title: asString(p["title"]), Published: asTimePtr(p["published"]),
			Language: asString(p["language"]), Kind: asString(p["kind"]), Author: asString(p["author"]),
			Capture: asString(p["capture"]), Text: asString(p["text"]), Source: asString(p["source"]),
			SourceKind: asString(src["kind"]), SourceURL: asString(src["url"]), SourceName: asString(src["name"]),
			FirstSeen: asTime(p["first_seen"]), LastSeen: asTime(p["last_seen"]), Mentions: []ExportMention{},
			Truncated: p["truncated"] == true}
		for _, x := range asList(get(r, "mentions")) {
			m := asMap(x)
			if id := asString(m["entity"]); id != "" {
				d.Mentions = append(d.Mentions, ExportMention{Entity: id, Count: int(asInt(m["count"]))})
			}
		}
		return fn(d)
	})
}

// ExportEvidence streams the evidence records in scope, by id.
func (s *Store) ExportEvidence(ctx context.Context, scope ExportScope, fn func(ExportEvidence) error) error {
	return s.stream(ctx, "evidence", `MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d:Document)
		WHERE $source = '' OR d.source = $source
		OPTIONAL MATCH (ev)-[:SUBJECT]->(s:Entity)
		OPTIONAL MATCH (ev)-[:OBJECT]->(o:Entity)
		WITH ev, d, min(s.id) AS s, min(o.id) AS o
		RETURN properties(ev) AS ev, d `+docProjection+` AS doc, s, o
		ORDER BY ev.id`, map[string]any{"source": scope.Source}, func(r *neo4j.Record) error {
		doc := asMap(get(r, "doc"))
		return fn(ExportEvidence{Evidence: evidenceFrom(asMap(get(r, "ev")), doc),
			SubjectNode: asString(get(r, "s")), ObjectNode: asString(get(r, "o")), Source: asString(doc["source"]),
			EdgeKey: asString(asMap(get(r, "ev"))["rel_key"])})
	})
}

// ExportEdges streams the edges between entity nodes in scope: with a source, the edges
// that some evidence from that source supports.
func (s *Store) ExportEdges(ctx context.Context, scope ExportScope, fn func(ExportEdge) error) error {
	return s.stream(ctx, "edges", `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.key IS NOT NULL
		AND ($source = '' OR EXISTS { MATCH (ev:Evidence {rel_key: r.key})-[:IN_DOCUMENT]->(:Document {source: $source}) })
		RETURN s.id AS s, type(r) AS p, o.id AS o, properties(r) AS r, `+strongestQuote+` AS best
		ORDER BY s, p, o, r.key`, map[string]any{"source": scope.Source}, func(rec *neo4j.Record) error {
		return fn(exportEdgeFrom(rec))
	})
}

// MergeIDs merges the given nodes into one, as an analyst decision would (used when an import
// restores the merges an export recorded). Ids that are not nodes (their documents named the
// canonical node itself on import) are only listed in its merged_ids, so later loads of them
// are absorbed; having no record, they cannot be split.
func (s *Store) MergeIDs(ctx context.Context, into string, ids []string, reason string) (int, error) {
	if err := s.ensureResolutionSchema(ctx); err != nil {
		return 0, err
	}
	recs, err := s.collect(ctx, `UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE id <> $into RETURN e.id AS id ORDER BY id`,
		map[string]any{"ids": toAny(ids), "into": into})
	if err != nil {
		return 0, fmt.Errorf("merge into %s at %s: %w", into, s.cfg.URI, err)
	}
	c := entitymatch.Cluster{Canonical: into}
	for _, r := range recs {
		id := asString(get(r, "id"))
		c.Members = append(c.Members, entitymatch.Member{ID: id, Reason: reason, Score: 1,
			Explanation: entitymatch.Explanation{A: id, B: into, Verdict: entitymatch.VerdictMerge, Score: 1, Decision: reason,
				Matches: []entitymatch.Match{{Kind: entitymatch.KindAnalyst, Key: "decision", A: id, B: into}}}})
	}
	if len(c.Members) > 0 {
		if _, err := s.mergeCluster(ctx, c, time.Now().UTC().Truncate(time.Millisecond)); err != nil {
			return 0, err
		}
	}
	if _, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, exec(ctx, tx, `MATCH (x:Entity {id: $into})
			WITH x, [i IN $ids WHERE i <> x.id AND NOT i IN coalesce(x.merged_ids, [])] AS add
			WHERE size(add) > 0
			SET x.merged_ids = coalesce(x.merged_ids, []) + add,
			    x.own_names = coalesce(x.own_names, [x.name] + coalesce(x.aliases, [])),
			    x.own_first_seen = coalesce(x.own_first_seen, x.first_seen),
			    x.own_last_seen = coalesce(x.own_last_seen, x.last_seen)`,
			map[string]any{"into": into, "ids": toAny(ids)})
	}); err != nil {
		return 0, fmt.Errorf("merge into %s at %s: %w", into, s.cfg.URI, err)
	}
	return len(ids), nil
}
