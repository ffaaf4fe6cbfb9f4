package graphdb

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// SourceInfo describes where a batch of documents came from.
type SourceInfo struct {
	Name string
	Kind string
	URL  string
	// Extractor is the extractor version recorded on each evidence record; empty records "unknown".
	Extractor string
}

// LoadStats counts what one Load wrote.
type LoadStats struct {
	Documents int `json:"documents"`
	Entities  int `json:"entities"`  // distinct entities written
	Mentions  int `json:"mentions"`  // document -> entity links
	Evidence  int `json:"evidence"`  // evidence records written
	Relations int `json:"relations"` // distinct edges (any predicate) recomputed from their evidence
	Removed   int `json:"removed"`   // evidence records dropped because a reloaded document no longer supports them
	Skipped   int `json:"skipped"`   // malformed documents, entities or relations left out
}

func (a *LoadStats) add(b LoadStats) {
	a.Documents += b.Documents
	a.Entities += b.Entities
	a.Mentions += b.Mentions
	a.Evidence += b.Evidence
	a.Relations += b.Relations
	a.Removed += b.Removed
	a.Skipped += b.Skipped
}

// Size caps for crawled input: a hostile page must not be able to blow up a transaction.
const (
	maxURL         = 4096
	maxName        = 512
	maxAliases     = 64
	maxIdentifiers = 32
	maxQuote       = 4000
	maxTitle       = 2000
	maxShort       = 256
	maxText        = 1 << 20

	// chunk limits: one transaction writes at most this much.
	chunkRows      = 20000
	chunkTextBytes = 16 << 20
)

// Load writes documents, their entities, mentions and graded relations with evidence. A
// document loaded again replaces what it said before: its mentions and evidence are set to
// what it says now, and every edge it touches is recomputed from all its evidence, so loading
// the same documents twice gives the same graph. seen is recorded as first/last seen; it is
// never taken from the clock. Documents are written in chunks, each in one transaction.
func (s *Store) Load(ctx context.Context, src SourceInfo, docs []model.Document, seen time.Time) (LoadStats, error) {
	var total LoadStats
	if seen.IsZero() {
		return total, errors.New("load documents: seen time is zero")
	}
	seen = seen.UTC()
	if src.Extractor == "" {
		src.Extractor = "unknown"
	}
	// One document, one vote: a document already in the graph (or earlier in this batch)
	// under another address is written under that address.
	docs, alts, err := s.sameDocuments(ctx, docs)
	if err != nil {
		return total, err
	}
	c := newChunk(src, seen)
	c.alts = alts
	flush := func() error {
		total.Skipped += c.skipped
		c.skipped = 0
		if c.empty() {
			return nil
		}
		st, err := s.writeChunk(ctx, c)
		if err != nil {
			return err
		}
		total.add(st)
		c = newChunk(src, seen)
		c.alts = alts
		return nil
	}
	for i := range docs {
		c.addDocument(&docs[i])
		if c.rows >= chunkRows || c.textBytes >= chunkTextBytes {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	if err := flush(); err != nil {
		return total, err
	}
	return total, nil
}

// chunk holds the parameter rows for one transaction.
type chunk struct {
	src     SourceInfo
	seen    time.Time
	sources map[string]bool
	docs    []map[string]any
	// entities by type, in first-seen order, merged by id.
	entities    map[string][]map[string]any
	entityIndex map[string]map[string]any
	identifiers []map[string]any
	idKeys      map[string]bool
	mentions    []map[string]any
	evidence    []map[string]any
	edges       map[string]slot // by key
	// alts are the other addresses of documents, by the address they are written under.
	alts      map[string][]string
	rows      int
	textBytes int
	skipped   int
}

func newChunk(src SourceInfo, seen time.Time) *chunk {
	return &chunk{src: src, seen: seen, sources: map[string]bool{},
		entities: map[string][]map[string]any{}, entityIndex: map[string]map[string]any{},
		idKeys: map[string]bool{}, edges: map[string]slot{}}
}

func (c *chunk) empty() bool { return len(c.docs) == 0 }

// addDocument turns one document into rows, dropping what is malformed.
func (c *chunk) addDocument(d *model.Document) {
	url := strings.TrimSpace(d.URL)
	if url == "" || len(url) > maxURL || !utf8.ValidString(url) {
		c.skipped++
		return
	}
	source := clip(cmp.Or(strings.TrimSpace(c.src.Name), strings.TrimSpace(d.Source), "unspecified"), maxShort)
	c.sources[source] = true

	// Entities: valid ones only; relations may only point at these.
	local := map[string]string{} // id -> type
	mentionIDs := []any{}
	for i := range d.Entities {
		e := &d.Entities[i]
		id, typ, ok := entityKey(e)
		if !ok {
			c.skipped++
			continue
		}
		if _, dup := local[id]; !dup {
			mentionIDs = append(mentionIDs, id)
			c.mentions = append(c.mentions, map[string]any{"url": url, "id": id, "count": max(1, len(e.Mentions))})
		} else {
			// The same entity listed twice: count both lists of mentions.
			for _, m := range c.mentions {
				if m["url"] == url && m["id"] == id {
					m["count"] = m["count"].(int) + len(e.Mentions)
				}
			}
		}
		local[id] = typ
		c.addEntity(id, typ, e)
	}

	publisher := publisherOf(d, url)
	var published any
	if d.Published != nil && !d.Published.IsZero() {
		published = dbTime(*d.Published)
	}
	evIDs := []any{}
	byID := map[string]map[string]any{}
	for _, r := range d.Relations {
		row, ok := evidenceRow(r, url, local)
		if !ok {
			c.skipped++
			continue
		}
		id := row["id"].(string)
		if prev, dup := byID[id]; dup {
			// The same claim twice in one document: keep the strongest reading.
			if row["rank"].(int) < prev["rank"].(int) {
				prev["rank"], prev["grade"] = row["rank"], row["grade"]
			}
			prev["confidence"] = math.Max(prev["confidence"].(float64), row["confidence"].(float64))
			continue
		}
		row["publisher"] = publisher
		row["extractor"] = clip(c.src.Extractor, maxShort)
		row["capture"] = clip(d.Capture, maxShort)
		row["seen"] = c.seen
		row["published"] = published
		byID[id] = row
		evIDs = append(evIDs, id)
		c.evidence = append(c.evidence, row)
		key := row["key"].(string)
		c.edges[key] = slot{predicate: row["predicate"].(string), subject: row["subject"].(string), object: row["object"].(string)}
	}

	// A text over the bound is cut, and the document says so: nothing is clipped silently.
	text := clip(d.Text, maxText)
	truncated := d.Truncated || len(d.Text) > maxText
	c.docs = append(c.docs, map[string]any{
		"url": url, "title": clip(d.Title, maxTitle), "published": published,
		"language": clip(d.Language, maxShort), "kind": clip(cmp.Or(strings.TrimSpace(d.Kind), strings.TrimSpace(c.src.Kind)), maxShort),
		"author": clip(d.Author, maxShort), "capture": clip(d.Capture, maxShort),
		"source": source, "publisher": publisher,
		"text": text, "seen": c.seen, "truncated": truncated,
		"entities": mentionIDs, "evidence": evIDs,
		"url_key": CanonicalURL(url), "text_sha": textSHA(d.Text), "alts": toAny(c.alts[url]),
	})
	c.rows += 1 + len(mentionIDs) + len(evIDs)
	c.textBytes += len(text)
}

func (c *chunk) addEntity(id, typ string, e *model.Entity) {
	names := make([]string, 0, 1+len(e.Aliases))
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		n = strings.TrimSpace(n)
		if n != "" && len(n) <= maxName && utf8.ValidString(n) && !slices.Contains(names, n) && len(names) < maxAliases {
			names = append(names, n)
		}
	}
	if row, ok := c.entityIndex[id]; ok {
		have := row["aliases"].([]string)
		for _, n := range names {
			if !slices.Contains(have, n) && len(have) < maxAliases {
				have = append(have, n)
			}
		}
		row["aliases"] = have
		if row["sector"] == "" {
			row["sector"] = entitySector(typ, e.Sector)
		}
	} else {
		country := clip(strings.TrimSpace(e.Country), maxShort)
		if country == "" && typ == "Location" {
			country = model.CountryOf(names[0])
		}
		row := map[string]any{"id": id, "name": names[0], "type": typ, "aliases": names, "seen": c.seen, "country": country, "sector": entitySector(typ, e.Sector)}
		c.entityIndex[id] = row
		c.entities[typ] = append(c.entities[typ], row)
		c.rows++
	}
	n := 0
	for _, ident := range e.Identifiers {
		scheme := strings.ToLower(strings.TrimSpace(ident.Scheme))
		value := strings.TrimSpace(ident.Value)
		if scheme == "" || value == "" || len(scheme) > maxShort || len(value) > maxShort ||
			!utf8.ValidString(scheme) || !utf8.ValidString(value) || n >= maxIdentifiers {
			continue
		}
		n++
		key := scheme + ":" + value
		country := strings.TrimSpace(ident.Country)
		if len(country) > maxShort || !utf8.ValidString(country) {
			country = ""
		}
		if country != "" {
			key = scheme + "@" + strings.ToLower(country) + ":" + value
		}
		if c.idKeys[id+"\x00"+key] {
			continue
		}
		c.idKeys[id+"\x00"+key] = true
		c.identifiers = append(c.identifiers, map[string]any{"entity": id, "key": key, "scheme": scheme, "value": value, "country": country})
		c.rows++
	}
}

// entitySector keeps an Organization's sector when it is one of the vocabulary's.
func entitySector(typ, sector string) string {
	if typ != model.Organization || !slices.Contains(model.Sectors, sector) {
		return ""
	}
	return sector
}

// entityKey validates an entity and returns its id and type. The id is model.EntityID's
// when the extractor left it empty; an id whose type prefix names another type is refused,
// since merging it would put one node under two types.
func entityKey(e *model.Entity) (id, typ string, ok bool) {
	typ = e.Type
	if !slices.Contains(model.EntityTypes, typ) {
		return "", "", false
	}
	name := strings.TrimSpace(e.Name)
	if name == "" || len(name) > maxName || !utf8.ValidString(name) {
		return "", "", false
	}
	id = strings.TrimSpace(e.ID)
	if id == "" {
		id = model.EntityID(typ, name)
	}
	if len(id) > maxName || !utf8.ValidString(id) || strings.HasSuffix(id, ":") {
		return "", "", false
	}
	if prefix, _, found := strings.Cut(id, ":"); found && prefix != strings.ToLower(typ) {
		for _, t := range model.EntityTypes {
			if prefix == strings.ToLower(t) {
				return "", "", false
			}
		}
	}
	return id, typ, true
}

// evidenceRow validates a relation against the document's entities and returns its row.
// Symmetric predicates are turned to their canonical direction (smaller id first).
func evidenceRow(r model.Relation, url string, local map[string]string) (map[string]any, bool) {
	if !slices.Contains(model.Predicates, r.Predicate) {
		return nil, false
	}
	subj, obj := strings.TrimSpace(r.Subject), strings.TrimSpace(r.Object)
	if _, ok := local[subj]; !ok {
		return nil, false
	}
	if _, ok := local[obj]; !ok || subj == obj {
		return nil, false
	}
	grade := r.Grade
	if r.Predicate == model.MentionedWith {
		grade = model.CoMentioned
	}
	rank := model.GradeRank(grade)
	if rank >= len(model.Grades) {
		return nil, false
	}
	sl := slotOf(subj, r.Predicate, obj)
	subj, obj = sl.subject, sl.object
	quote := clip(r.Quote, maxQuote)
	conf := r.Confidence
	if math.IsNaN(conf) || conf < 0 {
		conf = 0
	}
	conf = min(conf, 1)
	key := sl.key()
	return map[string]any{
		"id": evidenceID(subj, r.Predicate, obj, url, quote), "key": key, "url": url,
		"subject": subj, "predicate": r.Predicate, "object": obj,
		"quote": quote, "grade": grade, "rank": rank, "confidence": conf, "denial": r.Denied,
		"start": tieDate(r.Start), "end": tieDate(r.End), "share": tieShare(r.Share),
		"role": evidenceRole(r), "ended": r.Ended,
	}, true
}

// evidenceRole keeps the role of a person's tie to a body, bounded and valid.
func evidenceRole(r model.Relation) string {
	role := strings.TrimSpace(r.Role)
	switch r.Predicate {
	case model.Directs, model.EmployedBy, model.MemberOf:
	default:
		return ""
	}
	if len(role) > maxShort || !utf8.ValidString(role) {
		return ""
	}
	return role
}

func relKey(subject, predicate, object string) string {
	return subject + "|" + predicate + "|" + object
}

// evidenceID is stable for one claim in one document, so a reload merges onto it.
func evidenceID(subject, predicate, object, url, quote string) string {
	h := sha256.Sum256([]byte(subject + "|" + predicate + "|" + object + "|" + url + "|" + quote))
	return hex.EncodeToString(h[:16])
}

// Statements. Relationship types and labels are never taken from data: they are formatted
// in from the fixed vocabulary by labelQuery, predicateQuery and perType.
const (
	qSource = `UNWIND $rows AS row
MERGE (s:Source {name: row.name})
ON CREATE SET s.first_seen = row.seen
SET s.kind = CASE WHEN row.kind <> '' THEN row.kind ELSE s.kind END,
    s.url = CASE WHEN row.url <> '' THEN row.url ELSE s.url END,
    s.last_seen = CASE WHEN s.last_seen IS NULL OR row.seen > s.last_seen THEN row.seen ELSE s.last_seen END`

	qDocument = `UNWIND $rows AS row
MERGE (d:Document {url: row.url})
ON CREATE SET d.first_seen = row.seen
SET d.title = row.title, d.published = row.published, d.language = row.language, d.kind = row.kind,
    d.author = row.author, d.capture = row.capture, d.source = coalesce(d.source, row.source), d.publisher = row.publisher,
    d.text = row.text, d.truncated = row.truncated,
    d.url_key = row.url_key, d.text_sha = row.text_sha,
    d.urls = CASE WHEN size(row.alts) = 0 THEN d.urls
             ELSE reduce(acc = coalesce(d.urls, [row.url]), a IN row.alts | CASE WHEN a IN acc THEN acc ELSE acc + a END) END,
    d.first_seen = CASE WHEN row.seen < d.first_seen THEN row.seen ELSE d.first_seen END,
    d.last_seen = CASE WHEN d.last_seen IS NULL OR row.seen > d.last_seen THEN row.seen ELSE d.last_seen END
WITH d, row
MATCH (s:Source {name: row.source})
MERGE (d)-[:FROM_SOURCE]->(s)`

	// qEntity takes the type label and the parameter name as its format verbs.
	qEntity = `CALL {
UNWIND $%[2]s AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:%[1]s, e.name = row.name, e.type = row.type, e.first_seen = row.seen, e.aliases = []
SET e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
        CASE WHEN a = e.name OR a IN acc OR size(acc) >= $maxAliases THEN acc ELSE acc + a END),
    e.first_seen = CASE WHEN row.seen < e.first_seen THEN row.seen ELSE e.first_seen END,
    e.last_seen = CASE WHEN e.last_seen IS NULL OR row.seen > e.last_seen THEN row.seen ELSE e.last_seen END
SET e.search = toLower(reduce(s = e.name, a IN e.aliases | s + '\n' + a)),
    e.country = CASE WHEN row.country <> '' THEN row.country ELSE e.country END,
    e.sector = CASE WHEN row.sector <> '' THEN row.sector ELSE e.sector END
}
`

	qIdentifier = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (i:Identifier {key: row.key})
ON CREATE SET i.scheme = row.scheme, i.value = row.value, i.country = CASE WHEN row.country = '' THEN null ELSE row.country END
MERGE (e)-[:HAS_IDENTIFIER]->(i)`

	qPruneMentions = `UNWIND $rows AS row
MATCH (:Document {url: row.url})-[m:MENTIONS]->(e:Entity)
WHERE NOT e.id IN row.entities
DELETE m`

	qMention = `UNWIND $rows AS row
MATCH (d:Document {url: row.url})
MATCH (e:Entity {id: row.id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count`

	// qPruneEvidence returns the nodes that held each removed record's ends: after a merge
	// they are not its extracted ids, and the edge to recompute is theirs.
	qPruneEvidence = `UNWIND $rows AS row
MATCH (ev:Evidence)-[:IN_DOCUMENT]->(:Document {url: row.url})
WHERE NOT ev.id IN row.evidence
OPTIONAL MATCH (ev)-[:SUBJECT]->(s:Entity)
WITH ev, min(s.id) AS subject
OPTIONAL MATCH (ev)-[:OBJECT]->(o:Entity)
WITH ev, ev.predicate AS predicate, subject, min(o.id) AS object
DETACH DELETE ev
RETURN predicate, subject, object`

	// qEvidence writes the evidence rows. A record already in the graph stays with the nodes
	// holding its ends (after a merge, the canonical node rather than the extracted id this
	// load recreates) and keeps its rel_key; a new record, or one whose end lost its node, is
	// linked to the extracted ids. It returns the records held elsewhere than the extracted
	// ids, or keyed otherwise: their edges are the slots they are held in.
	qEvidence = `UNWIND $rows AS row
MATCH (d:Document {url: row.url})
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (ev:Evidence {id: row.id})
ON CREATE SET ev.first_seen = row.seen, ev.rel_key = row.key
SET ev.subject = row.subject, ev.predicate = row.predicate, ev.object = row.object,
    ev.quote = row.quote, ev.grade = row.grade, ev.grade_rank = row.rank, ev.confidence = row.confidence,
    ev.denial = row.denial, ev.role = CASE WHEN row.role <> '' THEN row.role ELSE null END, ev.extractor = row.extractor, ev.capture = row.capture, ev.document = row.url,
    ev.published = row.published,
    ev.publisher = row.publisher, ev.start_date = row.start, ev.end_date = row.end, ev.share = row.share,
    ev.ended = CASE WHEN row.ended THEN true ELSE null END,
    ev.first_seen = CASE WHEN row.seen < ev.first_seen THEN row.seen ELSE ev.first_seen END,
    ev.last_seen = CASE WHEN ev.last_seen IS NULL OR row.seen > ev.last_seen THEN row.seen ELSE ev.last_seen END
MERGE (ev)-[:IN_DOCUMENT]->(d)
WITH ev, row, s, o, EXISTS { (ev)-[:SUBJECT]->(:Entity) } AS heldS, EXISTS { (ev)-[:OBJECT]->(:Entity) } AS heldO
FOREACH (_ IN CASE WHEN heldS THEN [] ELSE [1] END | MERGE (ev)-[:SUBJECT]->(s))
FOREACH (_ IN CASE WHEN heldO THEN [] ELSE [1] END | MERGE (ev)-[:OBJECT]->(o))
WITH ev, row WHERE (heldS OR heldO) AND (ev.rel_key <> row.key OR ev.self_loop IS NOT NULL
   OR EXISTS { (ev)-[:SUBJECT]->(h:Entity) WHERE h.id <> row.subject }
   OR EXISTS { (ev)-[:OBJECT]->(h:Entity) WHERE h.id <> row.object })
RETURN DISTINCT ev.id AS id`

	// qEdgeMerge writes the edges this chunk's evidence supports, taking the relationship
	// type as its one format verb. A new edge has no evidence but this chunk's (a load writes
	// edges and their evidence in one transaction), so it takes the aggregates computed from
	// the chunk's rows; an existing edge is returned, to be recomputed from all of its
	// evidence by syncSlots.
	qEdgeMerge = `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:%s]->(o)
ON CREATE SET r.key = row.key, r.grade = $grades[row.rank], r.grade_rank = row.rank,
    r.confidence = row.confidence, r.evidence_count = row.n, r.source_count = row.sources, r.first_seen = row.seen,
    r.start_date = row.started, r.end_date = row.ended, r.current = row.current, r.role = row.role,
    r.shares = CASE WHEN size(row.shares) = 0 THEN null ELSE row.shares END,
    r.last_seen = row.seen, r.denials = row.denials, r.contested = row.denials > 0,
    r.first_reported = row.first_reported, r.last_reported = row.last_reported
ON MATCH SET r.recompute = true
WITH row, r WHERE r.recompute
REMOVE r.recompute
RETURN row.key AS key`
)

// perType joins one unit subquery per entity type into a single statement, so a chunk's
// entities take one round trip; rows of each type go in parameter "e_<Type>".
func perType(tmpl string) string {
	var b strings.Builder
	for _, t := range model.EntityTypes {
		fmt.Fprintf(&b, tmpl, t, "e_"+t)
	}
	b.WriteString("RETURN 0 AS done")
	return b.String()
}

// labelQuery formats an entity type into a statement, refusing anything outside the vocabulary.
func labelQuery(tmpl, typ string) (string, error) {
	if !slices.Contains(model.EntityTypes, typ) {
		return "", fmt.Errorf("entity type %q is not in the vocabulary", typ)
	}
	return fmt.Sprintf(tmpl, typ), nil
}

// predicateQuery formats a predicate into a statement as a relationship type, refusing
// anything outside the vocabulary.
func predicateQuery(tmpl, predicate string) (string, error) {
	if !slices.Contains(model.Predicates, predicate) {
		return "", fmt.Errorf("predicate %q is not in the vocabulary", predicate)
	}
	return fmt.Sprintf(tmpl, predicate), nil
}

// writeChunk writes one chunk in one managed transaction (retried as a whole on transient
// errors; every statement is idempotent).
func (s *Store) writeChunk(ctx context.Context, c *chunk) (LoadStats, error) {
	sources := make([]map[string]any, 0, len(c.sources))
	for name := range c.sources {
		row := map[string]any{"name": name, "kind": "", "url": "", "seen": c.seen}
		if name == c.src.Name {
			row["kind"], row["url"] = clip(c.src.Kind, maxShort), clip(c.src.URL, maxURL)
		}
		sources = append(sources, row)
	}
	prune := make([]map[string]any, len(c.docs))
	for i, d := range c.docs {
		prune[i] = map[string]any{"url": d["url"], "entities": d["entities"], "evidence": d["evidence"]}
	}
	st, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (LoadStats, error) {
		st := LoadStats{Documents: len(c.docs), Mentions: len(c.mentions), Evidence: len(c.evidence)}
		if err := exec(ctx, tx, qSource, map[string]any{"rows": sources}); err != nil {
			return st, fmt.Errorf("sources: %w", err)
		}
		if err := exec(ctx, tx, qDocument, map[string]any{"rows": c.docs}); err != nil {
			return st, fmt.Errorf("documents: %w", err)
		}
		entities := map[string]any{"maxAliases": maxAliases}
		for _, typ := range model.EntityTypes {
			entities["e_"+typ] = c.entities[typ]
			st.Entities += len(c.entities[typ])
		}
		if err := exec(ctx, tx, perType(qEntity), entities); err != nil {
			return st, fmt.Errorf("entities: %w", err)
		}
		if len(c.identifiers) > 0 {
			if err := exec(ctx, tx, qIdentifier, map[string]any{"rows": c.identifiers}); err != nil {
				return st, fmt.Errorf("identifiers: %w", err)
			}
		}
		if err := exec(ctx, tx, qPruneMentions, map[string]any{"rows": prune}); err != nil {
			return st, fmt.Errorf("prune mentions: %w", err)
		}
		if err := exec(ctx, tx, qMention, map[string]any{"rows": c.mentions}); err != nil {
			return st, fmt.Errorf("mentions: %w", err)
		}
		// Evidence a document no longer gives is removed; the edges of the slots it was held
		// in are recomputed below.
		pruned := slotSet{}
		res, err := tx.Run(ctx, qPruneEvidence, map[string]any{"rows": prune})
		if err != nil {
			return st, fmt.Errorf("prune evidence: %w", err)
		}
		for res.Next(ctx) {
			r := res.Record()
			pruned.add(slotOf(asString(get(r, "subject")), asString(get(r, "predicate")), asString(get(r, "object"))))
			st.Removed++
		}
		if err := res.Err(); err != nil {
			return st, fmt.Errorf("prune evidence: %w", err)
		}
		res, err = tx.Run(ctx, qEvidence, map[string]any{"rows": c.evidence})
		if err != nil {
			return st, fmt.Errorf("evidence: %w", err)
		}
		held := map[string]bool{}
		var heldIDs []string
		for res.Next(ctx) {
			id := asString(res.Record().Values[0])
			if !held[id] {
				held[id] = true
				heldIDs = append(heldIDs, id)
			}
		}
		if err := res.Err(); err != nil {
			return st, fmt.Errorf("evidence: %w", err)
		}
		// Records held elsewhere than their extracted ids join the edge of the slot that
		// holds them, like the pruned ones leave theirs.
		hs, err := readHeld(ctx, tx, heldIDs)
		if err != nil {
			return st, err
		}
		moved, err := rekey(ctx, tx, hs)
		if err != nil {
			return st, err
		}
		for k, sl := range moved {
			pruned[k] = sl
		}
		n, err := refreshEdges(ctx, tx, c, held, pruned)
		st.Relations = n
		if err != nil {
			return st, err
		}
		return st, refreshCountries(ctx, tx, c)
	})
	if err != nil {
		return LoadStats{}, fmt.Errorf("load %d documents into %s: %w", len(c.docs), s.cfg.URI, err)
	}
	return st, nil
}

// refreshEdges brings every edge the chunk touched in line with its evidence: new edges take
// the chunk's aggregates, existing ones and the slots in sync (pruned evidence, evidence held
// elsewhere than its extracted ids) are recomputed from all their evidence (grade =
// strongest, confidence = highest, counts, first/last seen, denials), and edges left without
// evidence are deleted. One statement per predicate present: a statement joining all
// predicates plans too slowly to be worth the round trips it saves.
func refreshEdges(ctx context.Context, tx neo4j.ManagedTransaction, c *chunk, held map[string]bool, sync slotSet) (int, error) {
	grades := gradeNames()
	// Aggregates of the chunk's own evidence, per edge, for edges that are new.
	type agg struct {
		rank, denials int
		conf          float64
		docs, pubs    map[string]bool
		evs, ends     int
		closed        int // records told as history: an end date, told as over, or a former post
		start, end    string
		shares        []string
		first, last   time.Time // document publication dates; zero when none is known
		roleKey       string    // see edgeAggregates' role_key
	}
	aggs := map[string]*agg{}
	ids := map[string]bool{}
	for _, ev := range c.evidence {
		id := ev["id"].(string)
		if ids[id] || held[id] {
			continue // the same document twice in one load, or a record in another slot
		}
		ids[id] = true
		k := ev["key"].(string)
		a := aggs[k]
		if a == nil {
			a = &agg{rank: len(model.Grades), docs: map[string]bool{}, pubs: map[string]bool{}}
			aggs[k] = a
		}
		a.rank = min(a.rank, ev["rank"].(int))
		a.conf = math.Max(a.conf, ev["confidence"].(float64))
		a.docs[ev["url"].(string)] = true
		a.evs++
		e, ended := ev["end"].(string)
		if ended {
			a.ends++
			a.end = max(a.end, e)
		}
		r, _ := ev["role"].(string)
		closed := ended || ev["ended"] == true || strings.HasPrefix(r, model.FormerRole)
		if closed {
			a.closed++
		}
		if r != "" {
			// The edge's post: a standing record's before an ended one's, then the strongest
			// grade, then the first alphabetically; the same choice edgeAggregates makes in Cypher.
			k := "0"
			if closed {
				k = "1"
			}
			if k += strconv.Itoa(ev["rank"].(int)) + r; a.roleKey == "" || k < a.roleKey {
				a.roleKey = k
			}
		}
		if st, ok := ev["start"].(string); ok && (a.start == "" || st < a.start) {
			a.start = st
		}
		if sh, ok := ev["share"].(string); ok && !slices.Contains(a.shares, sh) {
			a.shares = append(a.shares, sh)
		}
		a.pubs[ev["publisher"].(string)] = true
		if ev["denial"].(bool) {
			a.denials++
		}
		if p, ok := ev["published"].(time.Time); ok {
			if a.first.IsZero() || p.Before(a.first) {
				a.first = p
			}
			if a.last.IsZero() || p.After(a.last) {
				a.last = p
			}
		}
	}
	merge := map[string][]map[string]any{}
	for k, a := range aggs {
		e := c.edges[k]
		merge[e.predicate] = append(merge[e.predicate], map[string]any{"key": k, "subject": e.subject, "object": e.object,
			"rank": a.rank, "confidence": a.conf, "n": len(a.docs), "sources": len(a.pubs), "denials": a.denials, "seen": c.seen,
			"started": nilIfEmpty(a.start), "ended": endedOf(a.end, a.ends, a.evs), "current": a.closed < a.evs, "shares": toAny(a.shares),
			"first_reported": timeOrNil(a.first), "last_reported": timeOrNil(a.last), "role": roleOfKey(a.roleKey)})
	}
	written := map[string]bool{}
	for _, p := range model.Predicates {
		rows := merge[p]
		if len(rows) == 0 {
			continue
		}
		q, err := predicateQuery(qEdgeMerge, p)
		if err != nil {
			return 0, err
		}
		res, err := tx.Run(ctx, q, map[string]any{"rows": rows, "grades": grades})
		if err != nil {
			return 0, fmt.Errorf("%s edges: %w", p, err)
		}
		for res.Next(ctx) {
			k := asString(res.Record().Values[0])
			sync[k] = c.edges[k]
		}
		if err := res.Err(); err != nil {
			return 0, fmt.Errorf("%s edges: %w", p, err)
		}
		for _, r := range rows {
			written[r["key"].(string)] = true
		}
	}
	if _, err := syncSlots(ctx, tx, sync); err != nil {
		return 0, err
	}
	for k := range sync {
		written[k] = true
	}
	return len(written), nil
}

// qCountry gives each entity without a country of its own (a Location that CountryOf
// places) the country of the located place it is LOCATED_IN by the strongest edge.
const qCountry = `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
OPTIONAL MATCH (e)-[r:LOCATED_IN]->(l:Location) WHERE l.country IS NOT NULL
WITH e, l, r ORDER BY r.grade_rank, r.evidence_count DESC, l.id
WITH e, collect(l.country)[0] AS country
SET e.country = country`

// refreshCountries derives the country of the chunk's entities from their LOCATED_IN edges,
// which the chunk may just have written or removed.
func refreshCountries(ctx context.Context, tx neo4j.ManagedTransaction, c *chunk) error {
	var rows []any
	for id, row := range c.entityIndex {
		if row["country"] == "" {
			rows = append(rows, map[string]any{"id": id})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if err := exec(ctx, tx, qCountry, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("entity countries: %w", err)
	}
	return nil
}

// dbTime prepares a time for the driver, which sends a zone's name unless it is "Offset":
// parsed RFC 3339 times carry an unnamed fixed zone and abbreviations like "ICT" are not zone
// ids, so every zone but UTC is sent as its offset.
func dbTime(t time.Time) time.Time {
	if t.Location() == time.UTC {
		return t
	}
	_, off := t.Zone()
	return t.In(time.FixedZone("Offset", off))
}

func timeOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// clip cuts s to at most n bytes on a rune boundary and drops invalid UTF-8.
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tieDate keeps a date a source gives for a tie ("2019", "2019-08", "2019-08-02"), nil when
// there is none or it is no date.
func tieDate(s string) any {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 10 {
		return nil
	}
	for i, r := range s {
		if !(r >= '0' && r <= '9' || r == '-' && (i == 4 || i == 7)) {
			return nil
		}
	}
	return s
}

// tieShare keeps an ownership percentage ("51", "2.5"), nil when there is none.
func tieShare(s string) any {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	if s == "" || len(s) > 16 {
		return nil
	}
	if f, err := strconv.ParseFloat(s, 64); err != nil || f < 0 || f > 100 {
		return nil
	}
	return s
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// roleOfKey is the post in a role key (state digit, grade digit, role), or nil.
func roleOfKey(k string) any {
	if len(k) <= 2 {
		return nil
	}
	return k[2:]
}

// endedOf is when a tie ended: the latest end, when every record of it gives one; nil while
// any record states it without an end (a current tie).
func endedOf(end string, ends, records int) any {
	if ends == 0 || ends < records {
		return nil
	}
	return end
}
