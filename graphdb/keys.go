package graphdb

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// An edge's key ("subject|PREDICATE|object", symmetric predicates with the smaller id first)
// is stored on the edge (r.key, indexed per relationship type) and on each evidence record
// behind it (ev.rel_key, indexed), so either leads to the other by an index seek.

// CanonicalKey returns the key of the edge between two entity ids, putting the ends of a
// symmetric predicate in the order the graph stores them.
func CanonicalKey(subject, predicate, object string) (string, error) {
	if !slices.Contains(model.Predicates, predicate) {
		return "", fmt.Errorf("edge key: predicate %q is not one of %s", predicate, strings.Join(model.Predicates, ", "))
	}
	if subject == "" || object == "" {
		return "", fmt.Errorf("edge key: subject and object ids are both needed, got %q and %q", subject, object)
	}
	return slotOf(subject, predicate, object).key(), nil
}

// ParseKey splits an edge key into its ends and predicate, in canonical order: a key written
// by hand with a symmetric predicate's ends the other way round reads as the stored one.
func ParseKey(key string) (subject, predicate, object string, err error) {
	for _, p := range model.Predicates {
		if s, o, ok := strings.Cut(key, "|"+p+"|"); ok && s != "" && o != "" {
			sl := slotOf(s, p, o)
			return sl.subject, sl.predicate, sl.object, nil
		}
	}
	return "", "", "", fmt.Errorf("edge key %q: want subject|PREDICATE|object with a predicate of %s", key, strings.Join(model.Predicates, ", "))
}

// EdgeByKey returns the edge with the given key (in either order for a symmetric predicate),
// found through the relationship type's key index; nil when the graph holds no such edge.
func (s *Store) EdgeByKey(ctx context.Context, key string) (*ExportEdge, error) {
	subj, pred, obj, err := ParseKey(key)
	if err != nil {
		return nil, err
	}
	q, err := predicateQuery(`MATCH (s:Entity)-[r:%s {key: $key}]->(o:Entity)
		RETURN s.id AS s, type(r) AS p, o.id AS o, properties(r) AS r, `+strongestQuote+` AS best`, pred)
	if err != nil {
		return nil, err
	}
	recs, err := s.collect(ctx, q, map[string]any{"key": relKey(subj, pred, obj)})
	if err != nil {
		return nil, fmt.Errorf("edge %s from %s: %w", key, s.cfg.URI, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	e := exportEdgeFrom(recs[0])
	return &e, nil
}

// EvidenceByKey returns the evidence behind the edge with the given key, like Evidence.
func (s *Store) EvidenceByKey(ctx context.Context, key string) ([]Evidence, error) {
	subj, pred, obj, err := ParseKey(key)
	if err != nil {
		return nil, err
	}
	return s.Evidence(ctx, subj, pred, obj)
}

// strongestQuote is the quote an edge is shown with: the strongest grade, a claim before a
// denial, the highest confidence, the latest document.
const strongestQuote = `COLLECT {
	MATCH (ev:Evidence {rel_key: r.key})
	WITH ev ORDER BY ev.grade_rank, ev.denial, ev.confidence DESC, ev.published DESC, ev.id
	LIMIT 1
	RETURN ev {.quote, .grade, .document, .published}
}[0]`

func exportEdgeFrom(rec *neo4j.Record) ExportEdge {
	p, best := asMap(get(rec, "r")), asMap(get(rec, "best"))
	return ExportEdge{Subject: asString(get(rec, "s")), Predicate: asString(get(rec, "p")), Object: asString(get(rec, "o")),
		Key: asString(p["key"]), Grade: asString(p["grade"]), Confidence: asFloat(p["confidence"]),
		EvidenceCount: int(asInt(p["evidence_count"])), Denials: int(asInt(p["denials"])), Contested: asBool(p["contested"]),
		FirstSeen: asTime(p["first_seen"]), LastSeen: asTime(p["last_seen"]),
		FirstReported: asTimePtr(p["first_reported"]), LastReported: asTimePtr(p["last_reported"]),
		Quote: asString(best["quote"]), QuoteGrade: asString(best["grade"]), QuoteURL: asString(best["document"]),
		QuoteDate: asTimePtr(best["published"]), Role: asString(p["role"]), Current: p["current"] != false}
}
