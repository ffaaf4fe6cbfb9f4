package graphdb

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// Stats are the headline counts of the graph (GET /api/stats).
type Stats struct {
	Entities  int `json:"entities"`
	Relations int `json:"relations"` // typed relations: not MENTIONED_WITH, not document links
	Documents int `json:"documents"`
	Sources   int `json:"sources"`
}

// TypedPredicates lists the predicates that count as typed relations (all but MENTIONED_WITH).
func TypedPredicates() []string {
	out := make([]string, 0, len(model.Predicates))
	for _, p := range model.Predicates {
		if p != model.MentionedWith {
			out = append(out, p)
		}
	}
	return out
}

// Stats counts entities, typed relations, documents and sources. Every count comes from
// Neo4j's count store, so it stays cheap on a large graph.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (Stats, error) {
		var st Stats
		for _, c := range []struct {
			q   string
			dst *int
		}{
			{"MATCH (e:Entity) RETURN count(e) AS n", &st.Entities},
			{"MATCH (d:Document) RETURN count(d) AS n", &st.Documents},
			{"MATCH (s:Source) RETURN count(s) AS n", &st.Sources},
		} {
			n, err := single(ctx, tx, c.q, nil)
			if err != nil {
				return st, err
			}
			*c.dst = int(n)
		}
		for _, p := range TypedPredicates() {
			q, err := predicateQuery("MATCH ()-[r:%s]->() RETURN count(r) AS n", p)
			if err != nil {
				return st, err
			}
			n, err := single(ctx, tx, q, nil)
			if err != nil {
				return st, err
			}
			st.Relations += int(n)
		}
		return st, nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("graph stats from %s: %w", s.cfg.URI, err)
	}
	return st, nil
}

// single runs a query returning one integer column n.
func single(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) (int64, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return 0, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, err
	}
	return asInt(get(rec, "n")), nil
}

// Summary breaks the graph down for the overview page.
type Summary struct {
	Stats
	EntitiesByType    []TypeCount      `json:"entities_by_type"`
	Relations         []PredicateCount `json:"relations_by_predicate"`
	DocumentsBySource []SourceCount    `json:"documents_by_source"`
}

// TypeCount is the number of entities of one type.
type TypeCount struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// PredicateCount is the number of edges of one predicate, by their grade (the strongest
// evidence of each edge), and how many are contested by a denial.
type PredicateCount struct {
	Predicate string         `json:"predicate"`
	Count     int            `json:"count"`
	ByGrade   map[string]int `json:"by_grade"`
	Contested int            `json:"contested"`
}

// SourceCount is the number of documents a source gave.
type SourceCount struct {
	Source    string     `json:"source"`
	Kind      string     `json:"kind,omitempty"`
	URL       string     `json:"url,omitempty"`
	Documents int        `json:"documents"`
	LastSeen  *time.Time `json:"last_seen,omitempty"`
}

// Summary counts entities by type, relations by predicate and grade, and documents by source.
func (s *Store) Summary(ctx context.Context) (*Summary, error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return nil, err
	}
	sum, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (*Summary, error) {
		sum := &Summary{Stats: st}
		for _, typ := range model.EntityTypes {
			q, err := labelQuery("MATCH (e:%s) RETURN count(e) AS n", typ)
			if err != nil {
				return nil, err
			}
			n, err := single(ctx, tx, q, nil)
			if err != nil {
				return nil, err
			}
			sum.EntitiesByType = append(sum.EntitiesByType, TypeCount{Type: typ, Count: int(n)})
		}
		for _, p := range model.Predicates {
			q, err := predicateQuery(`MATCH ()-[r:%s]->()
				RETURN r.grade AS grade, count(r) AS n, sum(CASE WHEN r.contested THEN 1 ELSE 0 END) AS contested`, p)
			if err != nil {
				return nil, err
			}
			res, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, err
			}
			pc := PredicateCount{Predicate: p, ByGrade: map[string]int{}}
			for res.Next(ctx) {
				r := res.Record()
				n := int(asInt(get(r, "n")))
				pc.Count += n
				pc.Contested += int(asInt(get(r, "contested")))
				pc.ByGrade[asString(get(r, "grade"))] += n
			}
			if err := res.Err(); err != nil {
				return nil, err
			}
			sum.Relations = append(sum.Relations, pc)
		}
		res, err := tx.Run(ctx, `MATCH (s:Source)
			RETURN s.name AS name, s.kind AS kind, s.url AS url, s.last_seen AS last_seen,
			       COUNT { (s)<-[:FROM_SOURCE]-(:Document) } AS n
			ORDER BY n DESC, name`, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			r := res.Record()
			sum.DocumentsBySource = append(sum.DocumentsBySource, SourceCount{
				Source: asString(get(r, "name")), Kind: asString(get(r, "kind")), URL: asString(get(r, "url")),
				Documents: int(asInt(get(r, "n"))), LastSeen: asTimePtr(get(r, "last_seen"))})
		}
		return sum, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("graph summary from %s: %w", s.cfg.URI, err)
	}
	return sum, nil
}

// EntityHit is one search result.
type EntityHit struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Match     string   `json:"match"`     // exact, alias, prefix, name, alias-part or similar (full-text, fuzzy): how the query matched
	Relations int      `json:"relations"` // typed relations
	Documents int      `json:"documents"` // documents mentioning it
}

var matchKinds = []string{"exact", "alias", "prefix", "name", "alias-part", "all"}

// maxSearch caps one search's results.
const maxSearch = 500

// SearchEntities finds entities whose name or an alias contains q, case-insensitively (any
// script: Han names match as written). Exact name matches come first, then exact aliases,
// name prefixes, name substrings and alias substrings; ties go to the entity named in more
// documents. Then come names close to q (accents folded, typos forgiven) from the entity_names
// full-text index. An empty q lists the most-mentioned entities. typ, when set, restricts the type.
func (s *Store) SearchEntities(ctx context.Context, q, typ string, limit int) ([]EntityHit, error) {
	q = strings.ToLower(clip(strings.TrimSpace(q), maxName))
	if typ != "" && !slices.Contains(model.EntityTypes, typ) {
		return nil, fmt.Errorf("search entities: type %q is not one of %s", typ, strings.Join(model.EntityTypes, ", "))
	}
	if limit <= 0 {
		limit = 25
	}
	limit = min(limit, maxSearch)
	typed := strings.Join(TypedPredicates(), "|")
	query := `MATCH (e:Entity)
WHERE e.search CONTAINS $q AND ($type = '' OR e.type = $type)
WITH e, toLower(e.name) AS name
WITH e, CASE
    WHEN $q = '' THEN 5
    WHEN name = $q THEN 0
    WHEN '\n' + e.search + '\n' CONTAINS '\n' + $q + '\n' THEN 1
    WHEN name STARTS WITH $q THEN 2
    WHEN name CONTAINS $q THEN 3
    ELSE 4 END AS rank,
  COUNT { (e)<-[:MENTIONS]-(:Document) } AS docs
ORDER BY rank, docs DESC, e.name, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, rank, docs,
       COUNT { (e)-[:` + typed + `]-(:Entity) } AS rels`
	recs, err := s.collect(ctx, query, map[string]any{"q": q, "type": typ, "limit": limit})
	if err != nil {
		return nil, fmt.Errorf("search entities %q at %s: %w", q, s.cfg.URI, err)
	}
	hits := make([]EntityHit, 0, len(recs))
	for _, r := range recs {
		hits = append(hits, EntityHit{
			ID: asString(get(r, "id")), Name: asString(get(r, "name")), Type: asString(get(r, "type")),
			Aliases: asStrings(get(r, "aliases")), Match: matchKinds[min(int(asInt(get(r, "rank"))), len(matchKinds)-1)],
			Relations: int(asInt(get(r, "rels"))), Documents: int(asInt(get(r, "docs")))})
	}
	if q != "" {
		return s.fuzzyHits(ctx, q, typ, limit, hits)
	}
	return hits, nil
}

// EntityInfo is an entity's own properties.
type EntityInfo struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Type        string       `json:"type"`
	Aliases     []string     `json:"aliases"`
	Identifiers []Identifier `json:"identifiers"`
	FirstSeen   time.Time    `json:"first_seen"`
	LastSeen    time.Time    `json:"last_seen"`
}

// Identifier is a registry number, passport or wallet address attached to an entity.
type Identifier struct {
	Scheme  string `json:"scheme"`
	Value   string `json:"value"`
	Country string `json:"country,omitempty"`
}

// EntityRef names an entity at the other end of an edge.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// RelationDetail is one edge touching an entity, with its evidence, strongest first.
type RelationDetail struct {
	Subject       string    `json:"subject"`
	Predicate     string    `json:"predicate"`
	Object        string    `json:"object"`
	Direction     string    `json:"direction"` // out (entity is subject), in (entity is object), both (symmetric)
	Other         EntityRef `json:"other"`
	Grade         string    `json:"grade"`
	Confidence    float64   `json:"confidence"`
	EvidenceCount int       `json:"evidence_count"`
	Contested     bool      `json:"contested"` // some evidence is a denial
	Denials       int       `json:"denials"`
	FirstSeen     time.Time `json:"first_seen"`
	LastSeen      time.Time `json:"last_seen"`
	// Role is the post on a person's tie to a body; Current is false once every record of the
	// tie gives an end, tells it as over or names a former post; EndDate is the latest end
	// when every record gives one.
	Role     string     `json:"role,omitempty"`
	Current  bool       `json:"current"`
	EndDate  string     `json:"end_date,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// DocumentRef describes a document cited as evidence or mentioning an entity.
type DocumentRef struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"`
	Source    string     `json:"source"`
	Publisher string     `json:"publisher,omitempty"` // the outlet, apart from the crawl source
	Kind      string     `json:"kind,omitempty"`
	Language  string     `json:"language,omitempty"`
	Capture   string     `json:"capture,omitempty"`
	Mentions  int        `json:"mentions,omitempty"` // how often it names the entity (entity detail only)
	// Truncated is set when the document's body was cut at a size cap.
	Truncated bool `json:"truncated,omitempty"`
}

// Evidence is one quote in one document supporting (or denying) one edge.
type Evidence struct {
	ID          string      `json:"id"`
	Subject     string      `json:"subject"`
	Predicate   string      `json:"predicate"`
	Object      string      `json:"object"`
	Quote       string      `json:"quote"`
	Grade       string      `json:"grade"`
	Confidence  float64     `json:"confidence"`
	Denial      bool        `json:"denial"`
	Extractor   string      `json:"extractor"`
	Capture     string      `json:"capture"`
	FirstSeen   time.Time   `json:"first_seen"`
	LastSeen    time.Time   `json:"last_seen"`
	DocumentURL string      `json:"document_url"`
	Document    DocumentRef `json:"document"`
	// Start, End and Share are the dates and percentage of a tie, when its source gives them.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	Share string `json:"share,omitempty"`
	// Role is the post the record names ("senator", "former chairman"); Ended marks a record
	// that tells the tie as over without a date ("previously owned").
	Role  string `json:"role,omitempty"`
	Ended bool   `json:"ended,omitempty"`
}

// Closed says the record tells its tie as history: an end date, told as over, or a former
// post (closedRecord in Cypher).
func (e Evidence) Closed() bool {
	return e.Ended || e.End != "" || strings.HasPrefix(e.Role, model.FormerRole)
}

// EntityDetail is everything the entity page shows.
type EntityDetail struct {
	Entity    EntityInfo       `json:"entity"`
	Relations []RelationDetail `json:"relations"`
	Documents []DocumentRef    `json:"documents"`
}

// Caps on one entity page, so a hub entity cannot produce an unbounded answer.
const (
	maxDetailRelations = 1000
	maxDetailEvidence  = 50
	// A co-mention's sentences only show two names together: a few make the point, and a
	// well-known entity has dozens of co-mentions (EvidenceCount still counts them all).
	maxDetailCoEvidence = 5
	maxDetailDocuments  = 500
)

const docProjection = `{.url, .title, .published, .source, .publisher, .kind, .language, .capture, .truncated}`

// Entity returns an entity with its aliases, identifiers, every relation in both directions
// (each with grade and evidence) and the documents that mention it; nil when there is none.
func (s *Store) Entity(ctx context.Context, id string) (*EntityDetail, error) {
	d, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (*EntityDetail, error) {
		res, err := tx.Run(ctx, `MATCH (e:Entity {id: $id})
			OPTIONAL MATCH (e)-[:HAS_IDENTIFIER]->(i:Identifier)
			WITH e, i ORDER BY i.scheme, i.value
			RETURN properties(e) AS e, collect(i {.scheme, .value, .country}) AS identifiers`, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		p := asMap(get(recs[0], "e"))
		d := &EntityDetail{Entity: EntityInfo{ID: asString(p["id"]), Name: asString(p["name"]), Type: asString(p["type"]),
			Aliases: asStrings(p["aliases"]), Identifiers: []Identifier{},
			FirstSeen: asTime(p["first_seen"]), LastSeen: asTime(p["last_seen"])}}
		for _, x := range asList(get(recs[0], "identifiers")) {
			m := asMap(x)
			d.Entity.Identifiers = append(d.Entity.Identifiers, Identifier{Scheme: asString(m["scheme"]), Value: asString(m["value"]), Country: asString(m["country"])})
		}

		res, err = tx.Run(ctx, `MATCH (e:Entity {id: $id})-[r]-(other:Entity)
			WHERE r.key IS NOT NULL
			WITH e, r, other ORDER BY r.grade_rank, r.evidence_count DESC, other.name
			LIMIT $maxRelations
			WITH e, r, other,
			       COLLECT {
			           MATCH (ev:Evidence {rel_key: r.key})-[:IN_DOCUMENT]->(d:Document)
			           WITH ev, d ORDER BY ev.grade_rank, ev.denial, d.published IS NULL, d.published DESC, ev.id
			           LIMIT $maxEvidence
			           RETURN {ev: properties(ev), doc: d `+docProjection+`}
			       } AS evidence
			RETURN type(r) AS predicate, properties(r) AS r, startNode(r) = e AS outgoing,
			       other {.id, .name, .type} AS other,
			       evidence[..CASE WHEN type(r) = 'MENTIONED_WITH' THEN $maxCoEvidence ELSE $maxEvidence END] AS evidence`,
			map[string]any{"id": id, "maxRelations": maxDetailRelations, "maxEvidence": maxDetailEvidence, "maxCoEvidence": maxDetailCoEvidence})
		if err != nil {
			return nil, err
		}
		d.Relations = []RelationDetail{}
		for res.Next(ctx) {
			rec := res.Record()
			pred := asString(get(rec, "predicate"))
			rp := asMap(get(rec, "r"))
			other := asMap(get(rec, "other"))
			rd := RelationDetail{Predicate: pred, Other: EntityRef{ID: asString(other["id"]), Name: asString(other["name"]), Type: asString(other["type"])},
				Grade: asString(rp["grade"]), Confidence: asFloat(rp["confidence"]), EvidenceCount: int(asInt(rp["evidence_count"])),
				Contested: asBool(rp["contested"]), Denials: int(asInt(rp["denials"])),
				FirstSeen: asTime(rp["first_seen"]), LastSeen: asTime(rp["last_seen"]),
				Role: asString(rp["role"]), Current: rp["current"] != false, EndDate: asString(rp["end_date"]), Evidence: []Evidence{}}
			switch {
			case model.Symmetric(pred):
				rd.Direction = "both"
			case asBool(get(rec, "outgoing")):
				rd.Direction = "out"
			default:
				rd.Direction = "in"
			}
			if asBool(get(rec, "outgoing")) {
				rd.Subject, rd.Object = d.Entity.ID, rd.Other.ID
			} else {
				rd.Subject, rd.Object = rd.Other.ID, d.Entity.ID
			}
			for _, x := range asList(get(rec, "evidence")) {
				m := asMap(x)
				rd.Evidence = append(rd.Evidence, evidenceFrom(asMap(m["ev"]), asMap(m["doc"])))
			}
			d.Relations = append(d.Relations, rd)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}

		res, err = tx.Run(ctx, `MATCH (:Entity {id: $id})<-[m:MENTIONS]-(d:Document)
			RETURN d `+docProjection+` AS doc, m.count AS count
			ORDER BY d.published IS NULL, d.published DESC, d.url
			LIMIT $maxDocs`, map[string]any{"id": id, "maxDocs": maxDetailDocuments})
		if err != nil {
			return nil, err
		}
		d.Documents = []DocumentRef{}
		for res.Next(ctx) {
			rec := res.Record()
			ref := documentFrom(asMap(get(rec, "doc")))
			ref.Mentions = int(asInt(get(rec, "count")))
			d.Documents = append(d.Documents, ref)
		}
		return d, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("entity %q from %s: %w", id, s.cfg.URI, err)
	}
	return d, nil
}

// Evidence returns every evidence record of one edge, strongest grade first, denials after
// the claims of the same grade, newest documents first. Symmetric predicates may be asked
// in either direction. An id merged into another node (one with a merge record) stands for
// the node holding it, so the answer is all the evidence of the edge that claim is on now;
// each record still names the ids its document gave.
func (s *Store) Evidence(ctx context.Context, subject, predicate, object string) ([]Evidence, error) {
	if !slices.Contains(model.Predicates, predicate) {
		return nil, fmt.Errorf("evidence: predicate %q is not one of %s", predicate, strings.Join(model.Predicates, ", "))
	}
	holders, err := s.collect(ctx, `UNWIND $ids AS id
		OPTIONAL MATCH (e:Entity {id: id})
		OPTIONAL MATCH (rec:Merge {id: id})
		RETURN id AS asked, coalesce(e.id, rec.into, id) AS holder`, map[string]any{"ids": []any{subject, object}})
	if err != nil {
		return nil, fmt.Errorf("evidence for %s %s %s from %s: %w", subject, predicate, object, s.cfg.URI, err)
	}
	held := map[string]string{}
	for _, h := range holders {
		held[asString(get(h, "asked"))] = asString(get(h, "holder"))
	}
	if h := held[subject]; h != "" {
		subject = h
	}
	if h := held[object]; h != "" {
		object = h
	}
	recs, err := s.collect(ctx, `MATCH (ev:Evidence {rel_key: $key})-[:IN_DOCUMENT]->(d:Document)
		RETURN properties(ev) AS ev, d `+docProjection+` AS doc
		ORDER BY ev.grade_rank, ev.denial, d.published IS NULL, d.published DESC, ev.id`,
		map[string]any{"key": slotOf(subject, predicate, object).key()})
	if err != nil {
		return nil, fmt.Errorf("evidence for %s %s %s from %s: %w", subject, predicate, object, s.cfg.URI, err)
	}
	out := make([]Evidence, 0, len(recs))
	for _, r := range recs {
		out = append(out, evidenceFrom(asMap(get(r, "ev")), asMap(get(r, "doc"))))
	}
	return out, nil
}

func evidenceFrom(ev, doc map[string]any) Evidence {
	return Evidence{
		ID: asString(ev["id"]), Subject: asString(ev["subject"]), Predicate: asString(ev["predicate"]),
		Object: asString(ev["object"]), Quote: asString(ev["quote"]), Grade: asString(ev["grade"]),
		Confidence: asFloat(ev["confidence"]), Denial: asBool(ev["denial"]), Extractor: asString(ev["extractor"]),
		Capture: asString(ev["capture"]), FirstSeen: asTime(ev["first_seen"]), LastSeen: asTime(ev["last_seen"]),
		DocumentURL: asString(ev["document"]), Document: documentFrom(doc),
		Start: asString(ev["start_date"]), End: asString(ev["end_date"]), Share: asString(ev["share"]),
		Role: asString(ev["role"]), Ended: asBool(ev["ended"]),
	}
}

func documentFrom(m map[string]any) DocumentRef {
	return DocumentRef{URL: asString(m["url"]), Title: asString(m["title"]), Published: asTimePtr(m["published"]),
		Source: asString(m["source"]), Publisher: asString(m["publisher"]), Kind: asString(m["kind"]), Language: asString(m["language"]),
		Capture: asString(m["capture"]), Truncated: m["truncated"] == true}
}
