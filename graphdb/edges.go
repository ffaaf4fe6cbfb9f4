package graphdb

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// Typed edges are derived from evidence. The invariants every write keeps:
//
//   - an evidence record's rel_key is the key of the slot its SUBJECT and OBJECT links point
//     at now (the nodes holding its ends, which after a merge are not the extracted ids it
//     keeps in ev.subject and ev.object);
//   - a slot (subject node, predicate, object node; symmetric predicates smaller id first)
//     holds one edge exactly when some evidence has its key, and that edge's key,
//     grade, counts, seen times and denials are computed from all of that evidence;
//   - evidence whose two ends are held by one node (two merged names linked to each other)
//     is kept with self_loop = true and draws no edge.
//
// So one claim is one edge whatever ids the documents gave, and Evidence(subject,
// predicate, object) by the ids of the nodes finds every quote behind it.

// slot is the place of one edge: a predicate between two nodes, in canonical direction.
type slot struct {
	predicate, subject, object string
}

// slotOf puts a symmetric predicate's ends in canonical order (smaller id first), as the
// loader does with extracted ids.
func slotOf(subject, predicate, object string) slot {
	if model.Symmetric(predicate) && object < subject {
		subject, object = object, subject
	}
	return slot{predicate: predicate, subject: subject, object: object}
}

func (s slot) key() string { return relKey(s.subject, s.predicate, s.object) }

// loop says both ends are one node: no edge is drawn there.
func (s slot) loop() bool { return s.subject == s.object }

// slotSet collects slots without repeats, in a stable order.
type slotSet map[string]slot

func (ss slotSet) add(s slot) {
	if s.subject != "" && s.object != "" && !s.loop() {
		ss[s.key()] = s
	}
}

// heldEvidence is an evidence record with the nodes its links point at now.
type heldEvidence struct {
	id, key string
	loop    bool // flagged self_loop
	slot    slot // from the links; empty ends when a link is missing
}

// readHeld reads the given evidence records with the nodes holding their ends.
func readHeld(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) ([]heldEvidence, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	res, err := tx.Run(ctx, `UNWIND $ids AS id
		MATCH (ev:Evidence {id: id})
		OPTIONAL MATCH (ev)-[:SUBJECT]->(s:Entity)
		WITH ev, min(s.id) AS subject
		OPTIONAL MATCH (ev)-[:OBJECT]->(o:Entity)
		WITH ev, subject, min(o.id) AS object
		RETURN ev.id AS id, ev.rel_key AS key, ev.predicate AS predicate, coalesce(ev.self_loop, false) AS loop,
		       subject, object`, map[string]any{"ids": toAny(ids)})
	if err != nil {
		return nil, fmt.Errorf("read evidence ends: %w", err)
	}
	var out []heldEvidence
	for res.Next(ctx) {
		r := res.Record()
		h := heldEvidence{id: asString(get(r, "id")), key: asString(get(r, "key")), loop: asBool(get(r, "loop"))}
		if s, o := asString(get(r, "subject")), asString(get(r, "object")); s != "" && o != "" {
			h.slot = slotOf(s, asString(get(r, "predicate")), o)
		}
		out = append(out, h)
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("read evidence ends: %w", err)
	}
	return out, nil
}

// rekey points each record's rel_key at the slot its links hold it in, flags or unflags
// self-loops, and returns the slots the records are in now.
func rekey(ctx context.Context, tx neo4j.ManagedTransaction, held []heldEvidence) (slotSet, error) {
	slots := slotSet{}
	var rows []any
	for _, h := range held {
		if h.slot.subject == "" {
			continue // an end without a node: nothing to hold it
		}
		if k, loop := h.slot.key(), h.slot.loop(); k != h.key || loop != h.loop {
			rows = append(rows, map[string]any{"id": h.id, "key": k, "loop": loop})
		}
		slots.add(h.slot)
	}
	if len(rows) > 0 {
		if err := exec(ctx, tx, `UNWIND $rows AS row
			MATCH (ev:Evidence {id: row.id})
			SET ev.rel_key = row.key, ev.self_loop = CASE WHEN row.loop THEN true ELSE null END`,
			map[string]any{"rows": rows}); err != nil {
			return nil, fmt.Errorf("re-key evidence: %w", err)
		}
	}
	return slots, nil
}

// settleEvidence re-keys the given evidence to the nodes holding it now and brings the
// edges of the slots it is in, and of the slots in before (where it was), in line with their
// evidence. It returns the number of slots synced.
func settleEvidence(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, before slotSet) (int, error) {
	held, err := readHeld(ctx, tx, ids)
	if err != nil {
		return 0, err
	}
	slots, err := rekey(ctx, tx, held)
	if err != nil {
		return 0, err
	}
	for k, s := range before {
		slots[k] = s
	}
	return syncSlots(ctx, tx, slots)
}

// closedRecord holds for an evidence record that tells its tie as history: an end date, told
// as over, or a former post. It is never null, so NOT closedRecord is a standing record.
const closedRecord = `(ev.end_date IS NOT NULL OR coalesce(ev.ended, false) OR coalesce(ev.role, '') STARTS WITH '` + model.FormerRole + `')`

// Edge aggregates, shared by every statement that writes an edge from its evidence.
// evidence_count counts distinct documents and source_count distinct publishers: one report
// is one vote however many quotes it gives.
const edgeAggregates = `min(ev.grade_rank) AS rank, max(ev.confidence) AS confidence, count(DISTINCT ev.document) AS n,
     count(DISTINCT coalesce(ev.publisher, ev.document)) AS sources,
     min(ev.start_date) AS started, CASE WHEN count(ev.end_date) < count(ev) THEN null ELSE max(ev.end_date) END AS ended,
     sum(CASE WHEN ` + closedRecord + ` THEN 0 ELSE 1 END) AS open_records,
     min(CASE WHEN coalesce(ev.role, '') <> '' THEN (CASE WHEN ` + closedRecord + ` THEN '1' ELSE '0' END) + toString(ev.grade_rank) + ev.role END) AS role_key,
     [x IN collect(DISTINCT ev.share) WHERE x IS NOT NULL] AS shares,
     min(ev.first_seen) AS first_seen, max(ev.last_seen) AS last_seen,
     sum(CASE WHEN ev.denial THEN 1 ELSE 0 END) AS denials,
     min(ev.published) AS first_reported, max(ev.published) AS last_reported`

const edgeSet = `r.key = row.key, r.grade = $grades[rank], r.grade_rank = rank, r.confidence = confidence,
    r.evidence_count = n, r.source_count = sources, r.first_seen = first_seen, r.last_seen = last_seen,
    r.start_date = started, r.end_date = ended, r.current = open_records > 0, r.role = substring(role_key, 2),
    r.shares = CASE WHEN size(shares) = 0 THEN null ELSE shares END,
    r.denials = denials, r.contested = denials > 0,
    r.first_reported = first_reported, r.last_reported = last_reported`

// qSyncSlot takes the relationship type and the pattern arrow ("->", or "-" for symmetric
// predicates, whose reverse-direction edges are stale too). It removes every edge of the
// slot's type between its two nodes that has another key, points the wrong way or lost all
// its evidence, then draws the slot's one edge from all of its evidence.
const qSyncSlot = `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
OPTIONAL MATCH (ev:Evidence {rel_key: row.key})
WITH row, s, o, ` + edgeAggregates + `
OPTIONAL MATCH (s)-[stale:%[1]s]%[2]s(o) WHERE n = 0 OR stale.key <> row.key OR startNode(stale) <> s
WITH row, s, o, rank, confidence, n, sources, started, ended, open_records, role_key, shares, first_seen, last_seen, denials, first_reported, last_reported, collect(stale) AS stale
FOREACH (r IN stale | DELETE r)
WITH row, s, o, rank, confidence, n, sources, started, ended, open_records, role_key, shares, first_seen, last_seen, denials, first_reported, last_reported WHERE n > 0
MERGE (s)-[r:%[1]s]->(o)
SET ` + edgeSet

// syncSlots brings the edge of every slot in line with its evidence, one statement per
// predicate present.
func syncSlots(ctx context.Context, tx neo4j.ManagedTransaction, slots slotSet) (int, error) {
	if len(slots) == 0 {
		return 0, nil
	}
	keys := make([]string, 0, len(slots))
	for k := range slots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	byPred := map[string][]any{}
	for _, k := range keys {
		s := slots[k]
		byPred[s.predicate] = append(byPred[s.predicate], map[string]any{"key": k, "subject": s.subject, "object": s.object})
	}
	grades := gradeNames()
	n := 0
	for _, p := range model.Predicates {
		rows := byPred[p]
		if len(rows) == 0 {
			continue
		}
		arrow := "->"
		if model.Symmetric(p) {
			arrow = "-"
		}
		q := fmt.Sprintf(qSyncSlot, p, arrow) // p is from the vocabulary: the loop walks it
		if err := exec(ctx, tx, q, map[string]any{"rows": rows, "grades": grades}); err != nil {
			return n, fmt.Errorf("sync %s edges: %w", p, err)
		}
		n += len(rows)
	}
	return n, nil
}

func gradeNames() []any {
	grades := make([]any, len(model.Grades))
	for i, g := range model.Grades {
		grades[i] = g
	}
	return grades
}
