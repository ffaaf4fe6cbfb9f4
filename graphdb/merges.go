package graphdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// Entity resolution in the graph. Merging a node into its canonical node moves its mentions,
// identifiers and evidence links; the evidence keeps the ids the extractor gave (ev.subject,
// ev.object) and is re-keyed to the canonical slot, so each claim is one edge with all of its
// evidence (see edges.go). The canonical node lists the merged ids in merged_ids. Each merge
// leaves a (:Merge {id}) record with an (:EntitySnapshot) of the merged node, which is all a
// split needs to restore it: the extracted ids on the evidence say which links go back.
//
// Loads after a merge: the loader still writes by the extracted id, so a document naming a
// merged id recreates that node (evidence already in the graph stays with the canonical node).
// Resolve first re-absorbs every such node into the node whose merged_ids hold its id, so
// running Resolve after each load (as the pipeline does) keeps one node per entity and one
// edge per claim. Everything here is idempotent: a second Resolve changes nothing.

// ResolveReport says what one Resolve run did.
type ResolveReport struct {
	Candidates int                     `json:"candidates"`
	Absorbed   []string                `json:"absorbed"` // reloaded ids folded back into their node
	Splits     []entitymatch.Split     `json:"splits"`   // merges undone: never-merge decisions, or forbidden by the current rules
	Merges     []MergeInfo             `json:"merges"`
	Ambiguous  []entitymatch.Ambiguity `json:"ambiguous,omitempty"`
	Refused    []string                `json:"refused,omitempty"`
	Edges      int                     `json:"edges"`              // typed edge slots settled from their evidence
	Repaired   int                     `json:"repaired,omitempty"` // of Edges, slots the final check found out of line (see settleMerged)
	Took       time.Duration           `json:"took"`
}

// MergeInfo is one node merged into another.
type MergeInfo struct {
	From   string  `json:"from"`
	Into   string  `json:"into"`
	Reason string  `json:"reason"`
	Score  float64 `json:"score"`
}

// MergeRecord is the stored record of one merge.
type MergeRecord struct {
	ID          string                  `json:"id"`
	Into        string                  `json:"into"`
	Reason      string                  `json:"reason"`
	Score       float64                 `json:"score"`
	At          time.Time               `json:"at"`
	Explanation entitymatch.Explanation `json:"explanation"`
	// Name, Type and Aliases are the merged node's, as they were.
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

const (
	qResolutionSchema1 = "CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE"
	qResolutionSchema2 = "CREATE INDEX merge_record_into IF NOT EXISTS FOR (m:Merge) ON (m.into)"
)

// ensureResolutionSchema creates the Merge record constraint and index (idempotent).
func (s *Store) ensureResolutionSchema(ctx context.Context) error {
	for _, q := range []string{qResolutionSchema1, qResolutionSchema2} {
		if _, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, exec(ctx, tx, q, nil)
		}); err != nil && !createdElsewhere(err) {
			return fmt.Errorf("resolution schema %q: %w", q, err)
		}
	}
	return nil
}

// ResolveScope limits resolution to part of the graph; the zero value is the whole graph.
type ResolveScope struct {
	// IDContains keeps only entities whose id contains it (a test's or an import's marker).
	IDContains string `json:"id_contains,omitempty"`
}

// Candidates reads every entity node in scope as a resolution candidate.
func (s *Store) Candidates(ctx context.Context, scope ResolveScope) ([]entitymatch.Candidate, error) {
	recs, err := s.collect(ctx, `MATCH (e:Entity) WHERE $contains = '' OR e.id CONTAINS $contains
		OPTIONAL MATCH (e)-[:HAS_IDENTIFIER]->(i:Identifier)
		WITH e, collect(i {.scheme, .value, .country}) AS ids
		RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.merged_ids AS merged,
		       ids, COUNT { (e)<-[:MENTIONS]-(:Document) } AS docs
		ORDER BY id`, map[string]any{"contains": scope.IDContains})
	if err != nil {
		return nil, fmt.Errorf("read resolution candidates from %s: %w", s.cfg.URI, err)
	}
	out := make([]entitymatch.Candidate, 0, len(recs))
	for _, r := range recs {
		c := entitymatch.Candidate{ID: asString(get(r, "id")), Type: asString(get(r, "type")), Name: asString(get(r, "name")),
			Aliases: asStrings(get(r, "aliases")), MergedIDs: asStrings(get(r, "merged")), Documents: int(asInt(get(r, "docs")))}
		for _, x := range asList(get(r, "ids")) {
			m := asMap(x)
			c.Identifiers = append(c.Identifiers, entitymatch.Identifier{Scheme: asString(m["scheme"]), Value: asString(m["value"]), Country: asString(m["country"])})
		}
		out = append(out, c)
	}
	return out, nil
}

// PlanResolution is what Resolve would merge, without writing anything (`resolve --dry-run`).
// Merges that never-merge decisions would undo are listed in the plan's Refused.
func (s *Store) PlanResolution(ctx context.Context, rules entitymatch.Rules, d entitymatch.Decisions, scope ResolveScope) (entitymatch.Plan, []entitymatch.Split, error) {
	cands, err := s.Candidates(ctx, scope)
	if err != nil {
		return entitymatch.Plan{}, nil, err
	}
	return entitymatch.PlanMerges(cands, rules, d), entitymatch.SplitsFor(cands, d), nil
}

// Resolve merges the nodes that are one entity. It re-absorbs merged ids that a load
// recreated, undoes merges a never-merge decision forbids, plans the merges (see
// entitymatch.PlanMerges) and applies them, one cluster per transaction, folding the merged
// records' edges into the canonical node's, then repairs edges of merged nodes that a graph
// written by earlier versions left parallel. Running it twice changes nothing.
func (s *Store) Resolve(ctx context.Context, rules entitymatch.Rules, d entitymatch.Decisions) (ResolveReport, error) {
	return s.ResolveScoped(ctx, rules, d, ResolveScope{})
}

// ResolveScoped is Resolve over the entities in scope only.
func (s *Store) ResolveScoped(ctx context.Context, rules entitymatch.Rules, d entitymatch.Decisions, scope ResolveScope) (ResolveReport, error) {
	start := time.Now()
	var rep ResolveReport
	if err := s.ensureResolutionSchema(ctx); err != nil {
		return rep, err
	}
	absorbed, edges, err := s.absorb(ctx, scope)
	rep.Edges += edges
	if err != nil {
		return rep, err
	}
	rep.Absorbed = absorbed
	cands, err := s.Candidates(ctx, scope)
	if err != nil {
		return rep, err
	}
	for _, sp := range entitymatch.SplitsFor(cands, d) {
		if _, err := s.Split(ctx, sp.ID); err != nil {
			return rep, fmt.Errorf("split %s from %s (never-merge decision): %w", sp.ID, sp.From, err)
		}
		rep.Splits = append(rep.Splits, sp)
	}
	// Merges made under older rules (on a shared website, a list's "see: ...pdf" note, or
	// against a conflicting strong identifier) are split before planning anew.
	forbidden, err := s.splitForbidden(ctx, rules, d, scope)
	rep.Splits = append(rep.Splits, forbidden...)
	if err != nil {
		return rep, err
	}
	if len(rep.Splits) > 0 {
		if cands, err = s.Candidates(ctx, scope); err != nil {
			return rep, err
		}
	}
	plan := entitymatch.PlanMerges(cands, rules, d)
	rep.Candidates, rep.Ambiguous, rep.Refused = plan.Candidates, plan.Ambiguous, plan.Refused
	at := time.Now().UTC().Truncate(time.Millisecond)
	for _, c := range plan.Clusters {
		n, err := s.mergeCluster(ctx, c, at)
		rep.Edges += n
		if err != nil {
			return rep, err
		}
		for _, m := range c.Members {
			rep.Merges = append(rep.Merges, MergeInfo{From: m.ID, Into: c.Canonical, Reason: m.Reason, Score: m.Score})
		}
	}
	n, err := s.settleMerged(ctx, scope)
	rep.Edges += n
	rep.Repaired = n
	if err != nil {
		return rep, err
	}
	rep.Took = time.Since(start)
	return rep, nil
}

// absorb folds nodes whose id is in another node's merged_ids back into that node. It
// returns the ids absorbed and the number of edge slots settled.
func (s *Store) absorb(ctx context.Context, scope ResolveScope) ([]string, int, error) {
	recs, err := s.collect(ctx, `MATCH (x:Entity) WHERE x.merged_ids IS NOT NULL AND ($contains = '' OR x.id CONTAINS $contains)
		UNWIND x.merged_ids AS mid
		MATCH (m:Entity {id: mid}) WHERE m <> x
		RETURN x.id AS into, m.id AS from ORDER BY from`, map[string]any{"contains": scope.IDContains})
	if err != nil {
		return nil, 0, fmt.Errorf("find reloaded merged ids at %s: %w", s.cfg.URI, err)
	}
	var out []string
	edges := 0
	for _, r := range recs {
		from, into := asString(get(r, "from")), asString(get(r, "into"))
		c := entitymatch.Cluster{Canonical: into, Members: []entitymatch.Member{{ID: from, Reason: "reloaded after merge"}}}
		n, err := s.mergeCluster(ctx, c, time.Now().UTC().Truncate(time.Millisecond))
		edges += n
		if err != nil {
			return out, edges, err
		}
		out = append(out, from)
	}
	return out, edges, nil
}

// mergeCluster merges every member of a cluster into its canonical node in one transaction
// and returns the number of edge slots settled.
func (s *Store) mergeCluster(ctx context.Context, c entitymatch.Cluster, at time.Time) (int, error) {
	n, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
		var moved []string
		for _, m := range c.Members {
			ids, err := mergeNode(ctx, tx, m, c.Canonical, at)
			if err != nil {
				return 0, fmt.Errorf("merge %s into %s: %w", m.ID, c.Canonical, err)
			}
			moved = append(moved, ids...)
		}
		// The moved evidence now has the canonical node at one or both ends: re-key it and
		// fold it into the canonical node's edges, one per slot. The members' own edges went
		// with them.
		return settleEvidence(ctx, tx, dedupe(moved), nil)
	})
	if err != nil {
		return 0, fmt.Errorf("resolve cluster %s at %s: %w", c.Canonical, s.cfg.URI, err)
	}
	return n, nil
}

// settleMerged repairs the evidence and edges around nodes holding merges where they break
// the invariants of edges.go. A graph written before merges re-keyed evidence holds them: it
// drew one edge per extracted key, so a canonical node could carry two parallel edges for
// one claim, each with part of its evidence. The check reads only what is off and writes
// nothing when everything is in order, so it costs one read when there is nothing to repair.
func (s *Store) settleMerged(ctx context.Context, scope ResolveScope) (int, error) {
	recs, err := s.collect(ctx, `MATCH (x:Entity) WHERE x.merged_ids IS NOT NULL AND ($contains = '' OR x.id CONTAINS $contains)
		WITH x,
		     COLLECT {
		         MATCH (x)<-[:SUBJECT|OBJECT]-(ev:Evidence)
		         MATCH (ev)-[:SUBJECT]->(s:Entity)
		         MATCH (ev)-[:OBJECT]->(o:Entity)
		         WHERE (s = o) <> coalesce(ev.self_loop, false)
		            OR NOT ev.rel_key IN [s.id + '|' + ev.predicate + '|' + o.id, o.id + '|' + ev.predicate + '|' + s.id]
		         RETURN DISTINCT ev.id
		     } AS evidence,
		     COLLECT {
		         MATCH (x)-[r]-(:Entity) WHERE r.key IS NOT NULL AND r.key <> startNode(r).id + '|' + type(r) + '|' + endNode(r).id
		         RETURN DISTINCT [type(r), startNode(r).id, endNode(r).id]
		     } AS edges
		WITH x, evidence, edges WHERE size(evidence) > 0 OR size(edges) > 0
		RETURN x.id AS id, evidence, edges ORDER BY id`, map[string]any{"contains": scope.IDContains})
	if err != nil {
		return 0, fmt.Errorf("check edges of merged nodes at %s: %w", s.cfg.URI, err)
	}
	total := 0
	for _, r := range recs {
		id := asString(get(r, "id"))
		stale := slotSet{}
		for _, e := range asList(get(r, "edges")) {
			t := asStrings(e)
			if len(t) == 3 && slices.Contains(model.Predicates, t[0]) {
				stale.add(slotOf(t[1], t[0], t[2]))
			}
		}
		n, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
			return settleEvidence(ctx, tx, asStrings(get(r, "evidence")), stale)
		})
		if err != nil {
			return total, fmt.Errorf("settle edges of %s at %s: %w", id, s.cfg.URI, err)
		}
		total += n
	}
	return total, nil
}

// mergeNode moves one node into another and returns the ids of the evidence records whose
// links it moved; their edges must be settled. The node's own edges go with it (DETACH
// DELETE). An existing Merge record for the id (a reloaded id) is updated, not replaced.
func mergeNode(ctx context.Context, tx neo4j.ManagedTransaction, m entitymatch.Member, into string, at time.Time) ([]string, error) {
	res, err := tx.Run(ctx, `MATCH (m:Entity {id: $from})
		MATCH (x:Entity {id: $into})
		OPTIONAL MATCH (m)-[:HAS_IDENTIFIER]->(i:Identifier)
		WITH m, x, collect(DISTINCT i.key) AS idkeys
		OPTIONAL MATCH (d:Document)-[mm:MENTIONS]->(m)
		WITH m, x, idkeys, collect({url: d.url, count: mm.count}) AS mentions
		OPTIONAL MATCH (m)<-[:SUBJECT|OBJECT]-(ev:Evidence)
		WITH m, idkeys, mentions, collect(DISTINCT ev.id) AS evidence
		OPTIONAL MATCH (rec:Merge {id: m.id})
		RETURN properties(m) AS props, idkeys, mentions, evidence, rec IS NOT NULL AS recorded`, map[string]any{"from": m.ID, "into": into})
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("node %s or %s is missing", m.ID, into)
	}
	r := recs[0]
	props := asMap(get(r, "props"))
	idkeys := asStrings(get(r, "idkeys"))
	var urls []any
	var counts []any
	for _, x := range asList(get(r, "mentions")) {
		mm := asMap(x)
		if u := asString(mm["url"]); u != "" {
			urls = append(urls, u)
			counts = append(counts, asInt(mm["count"]))
		}
	}
	evidence := asStrings(get(r, "evidence"))

	// The snapshot is the node as the extractor made it: a node that was itself canonical
	// keeps only its own names; the records merged into it move on with it.
	snap := map[string]any{}
	for k, v := range props {
		switch k {
		case "merged_ids", "own_names", "own_first_seen", "own_last_seen":
			continue
		}
		snap[k] = v
	}
	names := append([]string{asString(props["name"])}, asStrings(props["aliases"])...)
	if own, ok := props["own_names"]; ok {
		ownNames := asStrings(own)
		snap["aliases"] = toAny(slices.DeleteFunc(slices.Clone(ownNames), func(n string) bool { return n == asString(props["name"]) }))
		if v, ok := props["own_first_seen"]; ok {
			snap["first_seen"] = v
		}
		if v, ok := props["own_last_seen"]; ok {
			snap["last_seen"] = v
		}
	}
	expJSON, err := json.Marshal(m.Explanation)
	if err != nil {
		return nil, err
	}
	params := map[string]any{"from": m.ID, "into": into, "reason": clip(m.Reason, maxQuote), "score": m.Score,
		"at": at, "explanation": string(expJSON), "idkeys": toAny(idkeys), "urls": urls, "counts": counts,
		"snap": snap, "names": toAny(dedupe(names)), "merged": toAny(append([]string{m.ID}, asStrings(props["merged_ids"])...)),
		"first": props["first_seen"], "last": props["last_seen"]}
	stmts := []string{
		// The canonical node remembers what it was before its first merge.
		`MATCH (x:Entity {id: $into})
		 SET x.own_names = coalesce(x.own_names, [x.name] + coalesce(x.aliases, [])),
		     x.own_first_seen = coalesce(x.own_first_seen, x.first_seen),
		     x.own_last_seen = coalesce(x.own_last_seen, x.last_seen)`,
	}
	if asBool(get(r, "recorded")) {
		// A reloaded id: fold what the reload said into the existing record.
		stmts = append(stmts, `MATCH (rec:Merge {id: $from})-[:SNAPSHOT]->(s:EntitySnapshot)
		 WITH rec, s, [i IN range(0, size($urls) - 1) | {url: $urls[i], count: $counts[i]}] AS fresh
		 WITH rec, s, fresh, [i IN range(0, size(coalesce(rec.mention_urls, [])) - 1)
		      WHERE NOT rec.mention_urls[i] IN $urls | {url: rec.mention_urls[i], count: rec.mention_counts[i]}] AS kept
		 SET rec.into = $into,
		     rec.identifiers = coalesce(rec.identifiers, []) + [k IN $idkeys WHERE NOT k IN coalesce(rec.identifiers, [])],
		     rec.mention_urls = [x IN kept + fresh | x.url], rec.mention_counts = [x IN kept + fresh | x.count],
		     s.aliases = coalesce(s.aliases, []) + [n IN $names WHERE n <> s.name AND NOT n IN coalesce(s.aliases, [])],
		     s.first_seen = CASE WHEN $first IS NOT NULL AND $first < s.first_seen THEN $first ELSE s.first_seen END,
		     s.last_seen = CASE WHEN $last IS NOT NULL AND $last > s.last_seen THEN $last ELSE s.last_seen END`)
	} else {
		stmts = append(stmts, `CREATE (rec:Merge {id: $from, into: $into, reason: $reason, score: $score, at: $at,
		     explanation: $explanation, identifiers: $idkeys, mention_urls: $urls, mention_counts: $counts})
		 CREATE (rec)-[:SNAPSHOT]->(s:EntitySnapshot)
		 SET s = $snap`)
	}
	stmts = append(stmts,
		// Records merged into this node follow it.
		`MATCH (rec:Merge {into: $from}) SET rec.into = $into`,
		`MATCH (d:Document)-[mm:MENTIONS]->(:Entity {id: $from})
		 MATCH (x:Entity {id: $into})
		 MERGE (d)-[mx:MENTIONS]->(x)
		 ON CREATE SET mx.count = 0, mx.via_only = true
		 SET mx.count = mx.count + mm.count,
		     mx.via = CASE WHEN $from IN coalesce(mx.via, []) THEN mx.via ELSE coalesce(mx.via, []) + $from END
		 DELETE mm`,
		`MATCH (ev:Evidence)-[l:SUBJECT]->(:Entity {id: $from})
		 MATCH (x:Entity {id: $into})
		 MERGE (ev)-[:SUBJECT]->(x)
		 DELETE l`,
		`MATCH (ev:Evidence)-[l:OBJECT]->(:Entity {id: $from})
		 MATCH (x:Entity {id: $into})
		 MERGE (ev)-[:OBJECT]->(x)
		 DELETE l`,
		`MATCH (:Entity {id: $from})-[h:HAS_IDENTIFIER]->(i:Identifier)
		 MATCH (x:Entity {id: $into})
		 MERGE (x)-[hx:HAS_IDENTIFIER]->(i)
		 ON CREATE SET hx.via_only = true
		 SET hx.via = CASE WHEN $from IN coalesce(hx.via, []) THEN hx.via ELSE coalesce(hx.via, []) + $from END
		 DELETE h`,
		`MATCH (m:Entity {id: $from}) DETACH DELETE m`,
		`MATCH (x:Entity {id: $into})
		 WITH x, reduce(acc = [], n IN $names | CASE WHEN n = x.name OR n IN coalesce(x.aliases, []) OR n IN acc THEN acc ELSE acc + n END) AS add
		 SET x.aliases = coalesce(x.aliases, []) + add,
		     x.merged_ids = coalesce(x.merged_ids, []) + [i IN $merged WHERE NOT i IN coalesce(x.merged_ids, []) AND i <> x.id],
		     x.first_seen = CASE WHEN $first IS NOT NULL AND $first < x.first_seen THEN $first ELSE x.first_seen END,
		     x.last_seen = CASE WHEN $last IS NOT NULL AND $last > x.last_seen THEN $last ELSE x.last_seen END
		 SET x.search = toLower(reduce(s = x.name, a IN x.aliases | s + '\n' + a))`,
	)
	for _, q := range stmts {
		if err := exec(ctx, tx, q, params); err != nil {
			return nil, err
		}
	}
	return evidence, nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func dedupe(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// ErrNotMerged is returned by Split for an id that is no merged record.
var ErrNotMerged = errors.New("no merge record")

// Split undoes the merge of one id: the node is restored from its snapshot with its own
// mentions and identifiers, exactly the evidence whose extracted subject or object is that
// id is pointed back at it, the edges of that evidence are rebuilt, and the canonical node
// loses the names only the split record gave it. It returns the never-merge decision that
// keeps the next Resolve from merging the two again; the caller records it.
func (s *Store) Split(ctx context.Context, mergedID string) (entitymatch.Decision, error) {
	if err := s.ensureResolutionSchema(ctx); err != nil {
		return entitymatch.Decision{}, err
	}
	dec, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (entitymatch.Decision, error) {
		res, err := tx.Run(ctx, `MATCH (rec:Merge {id: $id})-[:SNAPSHOT]->(s:EntitySnapshot)
			OPTIONAL MATCH (x:Entity {id: rec.into})
			RETURN properties(rec) AS rec, properties(s) AS snap, x IS NOT NULL AS found`, map[string]any{"id": mergedID})
		if err != nil {
			return entitymatch.Decision{}, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return entitymatch.Decision{}, err
		}
		if len(recs) == 0 {
			return entitymatch.Decision{}, fmt.Errorf("%s: %w", mergedID, ErrNotMerged)
		}
		rec, snap := asMap(get(recs[0], "rec")), asMap(get(recs[0], "snap"))
		into := asString(rec["into"])
		if !asBool(get(recs[0], "found")) {
			return entitymatch.Decision{}, fmt.Errorf("%s is recorded as merged into %s, which is not in the graph", mergedID, into)
		}
		if n, err := single(ctx, tx, `MATCH (m:Entity {id: $id}) RETURN count(m) AS n`, map[string]any{"id": mergedID}); err != nil {
			return entitymatch.Decision{}, err
		} else if n > 0 {
			return entitymatch.Decision{}, fmt.Errorf("%s exists as a node already (reloaded since the merge): run resolve first", mergedID)
		}
		q, err := labelQuery(`CREATE (m:Entity:%s) SET m = $snap`, asString(snap["type"]))
		if err != nil {
			return entitymatch.Decision{}, err
		}
		urls, counts := asList(rec["mention_urls"]), asList(rec["mention_counts"])
		mentions := make([]any, 0, len(urls))
		for i := range urls {
			if i < len(counts) {
				mentions = append(mentions, map[string]any{"url": urls[i], "count": counts[i]})
			}
		}
		names := dedupe(append([]string{asString(snap["name"])}, asStrings(snap["aliases"])...))
		params := map[string]any{"id": mergedID, "into": into, "snap": snap, "mentions": mentions,
			"idkeys": rec["identifiers"], "names": toAny(names)}
		// The evidence to move back, and the slots it is held in now: after the move, those
		// edges keep only the canonical node's other evidence (or go).
		res, err = tx.Run(ctx, `MATCH (:Entity {id: $into})<-[:SUBJECT|OBJECT]-(ev:Evidence)
			WHERE ev.subject = $id OR ev.object = $id
			RETURN collect(DISTINCT ev.id) AS ids`, params)
		if err != nil {
			return entitymatch.Decision{}, err
		}
		er, err := res.Single(ctx)
		if err != nil {
			return entitymatch.Decision{}, err
		}
		evIDs := asStrings(get(er, "ids"))
		held, err := readHeld(ctx, tx, evIDs)
		if err != nil {
			return entitymatch.Decision{}, err
		}
		before := slotSet{}
		for _, h := range held {
			before.add(h.slot)
		}
		stmts := []string{q,
			`MATCH (ev:Evidence)-[l:SUBJECT]->(x:Entity {id: $into}) WHERE ev.subject = $id
			 MATCH (m:Entity {id: $id})
			 MERGE (ev)-[:SUBJECT]->(m)
			 DELETE l`,
			`MATCH (ev:Evidence)-[l:OBJECT]->(x:Entity {id: $into}) WHERE ev.object = $id
			 MATCH (m:Entity {id: $id})
			 MERGE (ev)-[:OBJECT]->(m)
			 DELETE l`,
			`UNWIND $mentions AS mt
			 MATCH (d:Document {url: mt.url})
			 MATCH (m:Entity {id: $id})
			 MERGE (d)-[mm:MENTIONS]->(m)
			 SET mm.count = mt.count
			 WITH d, mt
			 MATCH (d)-[mx:MENTIONS]->(:Entity {id: $into})
			 SET mx.count = mx.count - mt.count, mx.via = [v IN coalesce(mx.via, []) WHERE v <> $id]
			 FOREACH (_ IN CASE WHEN mx.count <= 0 OR (mx.via_only AND size(mx.via) = 0) THEN [1] ELSE [] END | DELETE mx)`,
			`MATCH (d:Document)-[mx:MENTIONS]->(:Entity {id: $into}) WHERE mx.via = []
			 REMOVE mx.via, mx.via_only`,
			`UNWIND coalesce($idkeys, []) AS k
			 MATCH (i:Identifier {key: k})
			 MATCH (m:Entity {id: $id})
			 MERGE (m)-[:HAS_IDENTIFIER]->(i)
			 WITH i
			 MATCH (:Entity {id: $into})-[hx:HAS_IDENTIFIER]->(i)
			 SET hx.via = [v IN coalesce(hx.via, []) WHERE v <> $id]
			 FOREACH (_ IN CASE WHEN hx.via_only AND size(hx.via) = 0 THEN [1] ELSE [] END | DELETE hx)`,
			`MATCH (:Entity {id: $into})-[hx:HAS_IDENTIFIER]->() WHERE hx.via = []
			 REMOVE hx.via, hx.via_only`,
			// The canonical node: drop the split id and the names only it gave.
			`MATCH (x:Entity {id: $into})
			 OPTIONAL MATCH (other:Merge {into: $into})-[:SNAPSHOT]->(os:EntitySnapshot) WHERE other.id <> $id
			 WITH x, collect(os) AS others
			 WITH x, others, coalesce(x.own_names, []) + reduce(acc = [], o IN others | acc + [o.name] + coalesce(o.aliases, [])) AS keep
			 SET x.merged_ids = [i IN coalesce(x.merged_ids, []) WHERE i <> $id],
			     x.aliases = [a IN coalesce(x.aliases, []) WHERE NOT a IN $names OR a IN keep],
			     x.first_seen = reduce(t = x.own_first_seen, o IN others | CASE WHEN o.first_seen < t THEN o.first_seen ELSE t END),
			     x.last_seen = reduce(t = x.own_last_seen, o IN others | CASE WHEN o.last_seen > t THEN o.last_seen ELSE t END)
			 SET x.search = toLower(reduce(s = x.name, a IN x.aliases | s + '\n' + a))
			 WITH x WHERE size(x.merged_ids) = 0
			 REMOVE x.merged_ids, x.own_names, x.own_first_seen, x.own_last_seen`,
			`MATCH (rec:Merge {id: $id})-[:SNAPSHOT]->(s:EntitySnapshot) DETACH DELETE rec, s`,
		}
		for _, q := range stmts {
			if err := exec(ctx, tx, q, params); err != nil {
				return entitymatch.Decision{}, fmt.Errorf("%w (in %.60s...)", err, strings.Join(strings.Fields(q), " "))
			}
		}
		if _, err := settleEvidence(ctx, tx, evIDs, before); err != nil {
			return entitymatch.Decision{}, err
		}
		ids := []string{mergedID, into}
		return entitymatch.Decision{IDs: ids, Note: "split from " + into + ": " + asString(rec["reason"]),
			At: time.Now().UTC().Format(time.RFC3339)}, nil
	})
	if err != nil {
		return entitymatch.Decision{}, fmt.Errorf("split %s at %s: %w", mergedID, s.cfg.URI, err)
	}
	return dec, nil
}

// Merge records (:Merge) of the ids merged into a node, oldest first.
func (s *Store) MergeRecords(ctx context.Context, into string) ([]MergeRecord, error) {
	recs, err := s.collect(ctx, `MATCH (rec:Merge {into: $into})-[:SNAPSHOT]->(s:EntitySnapshot)
		RETURN properties(rec) AS rec, s {.name, .type, .aliases} AS snap ORDER BY rec.at, rec.id`,
		map[string]any{"into": into})
	if err != nil {
		return nil, fmt.Errorf("merge records of %s at %s: %w", into, s.cfg.URI, err)
	}
	out := make([]MergeRecord, 0, len(recs))
	for _, r := range recs {
		out = append(out, mergeRecordFrom(asMap(get(r, "rec")), asMap(get(r, "snap"))))
	}
	return out, nil
}

func mergeRecordFrom(rec, snap map[string]any) MergeRecord {
	mr := MergeRecord{ID: asString(rec["id"]), Into: asString(rec["into"]), Reason: asString(rec["reason"]),
		Score: asFloat(rec["score"]), At: asTime(rec["at"]), Name: asString(snap["name"]), Type: asString(snap["type"]),
		Aliases: asStrings(snap["aliases"])}
	_ = json.Unmarshal([]byte(asString(rec["explanation"])), &mr.Explanation)
	return mr
}

// ExplainResult answers "why are (or aren't) these two the same?".
type ExplainResult struct {
	Explanation entitymatch.Explanation `json:"explanation"`
	// MergedA and MergedB are set when an id is a merged record: it is compared as it was.
	MergedA *MergeRecord `json:"merged_a,omitempty"`
	MergedB *MergeRecord `json:"merged_b,omitempty"`
}

// Explain compares two ids, each a node or a merged record, under the rules and decisions.
func (s *Store) Explain(ctx context.Context, a, b string, rules entitymatch.Rules, d entitymatch.Decisions) (ExplainResult, error) {
	if err := s.ensureResolutionSchema(ctx); err != nil {
		return ExplainResult{}, err
	}
	ca, ma, err := s.candidate(ctx, a)
	if err != nil {
		return ExplainResult{}, err
	}
	cb, mb, err := s.candidate(ctx, b)
	if err != nil {
		return ExplainResult{}, err
	}
	return ExplainResult{Explanation: entitymatch.Explain(ca, cb, rules, d), MergedA: ma, MergedB: mb}, nil
}

// candidate reads one id as a node or, when it was merged, as its snapshot.
func (s *Store) candidate(ctx context.Context, id string) (entitymatch.Candidate, *MergeRecord, error) {
	recs, err := s.collect(ctx, `OPTIONAL MATCH (e:Entity {id: $id})
		OPTIONAL MATCH (e)-[:HAS_IDENTIFIER]->(i:Identifier)
		WITH e, collect(i {.scheme, .value, .country}) AS ids
		OPTIONAL MATCH (rec:Merge {id: $id})-[:SNAPSHOT]->(s:EntitySnapshot)
		OPTIONAL MATCH (ri:Identifier) WHERE rec IS NOT NULL AND ri.key IN rec.identifiers
		RETURN properties(e) AS e, ids, properties(rec) AS rec, properties(s) AS snap,
		       collect(ri {.scheme, .value, .country}) AS recIDs`, map[string]any{"id": id})
	if err != nil {
		return entitymatch.Candidate{}, nil, fmt.Errorf("read %s at %s: %w", id, s.cfg.URI, err)
	}
	if len(recs) == 0 {
		return entitymatch.Candidate{}, nil, fmt.Errorf("no entity or merge record %q", id)
	}
	r := recs[0]
	e, rec, snap := asMap(get(r, "e")), asMap(get(r, "rec")), asMap(get(r, "snap"))
	idents := func(v any) []entitymatch.Identifier {
		var out []entitymatch.Identifier
		for _, x := range asList(v) {
			m := asMap(x)
			out = append(out, entitymatch.Identifier{Scheme: asString(m["scheme"]), Value: asString(m["value"]), Country: asString(m["country"])})
		}
		return out
	}
	switch {
	case e != nil:
		return entitymatch.Candidate{ID: asString(e["id"]), Type: asString(e["type"]), Name: asString(e["name"]),
			Aliases: asStrings(e["aliases"]), MergedIDs: asStrings(e["merged_ids"]), Identifiers: idents(get(r, "ids"))}, nil, nil
	case rec != nil:
		mr := mergeRecordFrom(rec, snap)
		return entitymatch.Candidate{ID: id, Type: asString(snap["type"]), Name: asString(snap["name"]),
			Aliases: asStrings(snap["aliases"]), Identifiers: idents(get(r, "recIDs"))}, &mr, nil
	}
	return entitymatch.Candidate{}, nil, fmt.Errorf("no entity or merge record %q", id)
}
