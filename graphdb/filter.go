package graphdb

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// Filter narrows the edges a walk may use: the weakest grade, the predicates, and the time
// the edge was seen (an edge passes when its first..last seen span overlaps Since..Until).
// Hubs are left out of walks unless Hubs is set: authorities that sanction many (targets of
// SANCTIONED_BY) and entities with more than HubDegree typed edges join unrelated people
// through a sanctions list, not through a tie between them. SANCTIONED_BY edges are left out
// of paths unless Sanctions is set, for the same reason.
type Filter struct {
	MinGrade   string    `json:"min_grade"`
	Predicates []string  `json:"predicates,omitempty"` // empty: every typed predicate (and MENTIONED_WITH when MinGrade is co-mentioned)
	Since      time.Time `json:"since,omitzero"`
	Until      time.Time `json:"until,omitzero"`
	Hubs       bool      `json:"hubs"`
	Sanctions  bool      `json:"sanctions"`
	HubDegree  int       `json:"-"` // default DefaultHubDegree
}

// DefaultHubDegree is the number of typed edges above which an entity counts as a hub.
const DefaultHubDegree = 40

// types returns the relationship types the filter allows, as a Cypher type union.
func (f Filter) types(paths bool) (string, int, error) {
	maxRank, all, err := gradeFilter(f.MinGrade)
	if err != nil {
		return "", 0, err
	}
	allowed := strings.Split(all, "|")
	if len(f.Predicates) > 0 {
		var keep []string
		for _, p := range f.Predicates {
			if !slices.Contains(model.Predicates, p) {
				return "", 0, fmt.Errorf("predicate %q is not one of %s", p, strings.Join(model.Predicates, ", "))
			}
			if slices.Contains(allowed, p) && !slices.Contains(keep, p) {
				keep = append(keep, p)
			}
		}
		allowed = keep
	} else if paths && !f.Sanctions {
		allowed = slices.DeleteFunc(allowed, func(p string) bool { return p == model.SanctionedBy })
	}
	if len(allowed) == 0 {
		return "", 0, fmt.Errorf("no predicate left: %s cannot be %s or stronger", strings.Join(f.Predicates, ", "), f.MinGrade)
	}
	return strings.Join(allowed, "|"), maxRank, nil
}

// edgeWhere is the condition on relationship variable r that the grade and dates impose.
const edgeWhere = `r.grade_rank <= $maxRank
  AND ($since IS NULL OR r.last_seen IS NULL OR r.last_seen >= $since)
  AND ($until IS NULL OR r.first_seen IS NULL OR r.first_seen <= $until)`

func (f Filter) params(maxRank int) map[string]any {
	p := map[string]any{"maxRank": maxRank, "since": nil, "until": nil}
	if !f.Since.IsZero() {
		p["since"] = f.Since
	}
	if !f.Until.IsZero() {
		p["until"] = f.Until
	}
	return p
}

// hubTTL is how long a list of hubs is reused: finding them reads every entity's degree, and
// a hub stays one for much longer than a few seconds.
const hubTTL = 30 * time.Second

// hubCache remembers the last list of hubs per degree.
type hubCache struct {
	mu   sync.Mutex
	at   map[int]time.Time
	hubs map[int][]string
}

// Hubs returns the ids of the entities a walk avoids when Filter.Hubs is off: targets of a
// SANCTIONED_BY edge and entities with more than degree typed edges.
func (s *Store) Hubs(ctx context.Context, degree int) ([]string, error) {
	if degree <= 0 {
		degree = DefaultHubDegree
	}
	c := &s.hubs
	c.mu.Lock()
	if t, ok := c.at[degree]; ok && time.Since(t) < hubTTL {
		h := c.hubs[degree]
		c.mu.Unlock()
		return h, nil
	}
	c.mu.Unlock()
	hubs, err := s.findHubs(ctx, degree)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.at == nil {
		c.at, c.hubs = map[int]time.Time{}, map[int][]string{}
	}
	c.at[degree], c.hubs[degree] = time.Now(), hubs
	c.mu.Unlock()
	return hubs, nil
}

func (s *Store) findHubs(ctx context.Context, degree int) ([]string, error) {
	recs, err := s.collect(ctx, `MATCH (h:Entity)
WHERE EXISTS { (:Entity)-[:SANCTIONED_BY]->(h) } OR COUNT { (h)-[:`+strings.Join(TypedPredicates(), "|")+`]-() } > $degree
RETURN h.id AS id ORDER BY id LIMIT 10000`, map[string]any{"degree": degree})
	if err != nil {
		return nil, fmt.Errorf("hubs from %s: %w", s.cfg.URI, err)
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		out = append(out, asString(get(r, "id")))
	}
	return out, nil
}

// FilteredNeighbourhood is Neighbourhood with a Filter. Hubs are shown (an entity's sanctioning
// authority is part of its story) but, unless f.Hubs, not walked through: their other
// neighbours stay out, and Collapsed lists them so a viewer can expand them on request.
func (s *Store) FilteredNeighbourhood(ctx context.Context, id string, depth int, f Filter) (*Subgraph, []string, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, nil, fmt.Errorf("neighbourhood depth %d: use 1 to %d", depth, MaxDepth)
	}
	types, maxRank, err := f.types(false)
	if err != nil {
		return nil, nil, err
	}
	var hubs []string
	if !f.Hubs {
		if hubs, err = s.Hubs(ctx, f.HubDegree); err != nil {
			return nil, nil, err
		}
	}
	isHub := map[string]bool{}
	for _, h := range hubs {
		isHub[h] = true
	}
	query := `UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:` + types + `]-(b:Entity)
WHERE ` + edgeWhere + `
RETURN DISTINCT type(r) AS predicate, startNode(r).id AS subject, endNode(r).id AS object, properties(r) AS r,
       b {.id, .name, .type} AS b
LIMIT $cap`
	params := f.params(maxRank)
	params["cap"] = maxSubgraph * 4
	var collapsed []string
	sg, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (*Subgraph, error) {
		collapsed = collapsed[:0]
		res, err := tx.Run(ctx, "MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .type} AS e", map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		sg := &Subgraph{Nodes: []Node{nodeFrom(asMap(get(recs[0], "e")))}, Edges: []Edge{}}
		seen := map[string]bool{id: true}
		edges := map[string]bool{}
		frontier := []string{id}
		for d := 0; d < depth && len(frontier) > 0 && !sg.Truncated; d++ {
			params["ids"] = frontier
			res, err := tx.Run(ctx, query, params)
			if err != nil {
				return nil, err
			}
			var next []string
			for res.Next(ctx) {
				r := res.Record()
				e := edgeFrom(asString(get(r, "predicate")), asString(get(r, "subject")), asString(get(r, "object")), asMap(get(r, "r")))
				b := nodeFrom(asMap(get(r, "b")))
				if !seen[b.ID] {
					if len(sg.Nodes) >= maxSubgraph {
						sg.Truncated = true
						continue
					}
					seen[b.ID] = true
					sg.Nodes = append(sg.Nodes, b)
					if isHub[b.ID] {
						collapsed = append(collapsed, b.ID)
					} else {
						next = append(next, b.ID)
					}
				}
				if k := relKey(e.Subject, e.Predicate, e.Object); !edges[k] {
					edges[k] = true
					sg.Edges = append(sg.Edges, e)
				}
			}
			if err := res.Err(); err != nil {
				return nil, err
			}
			frontier = next
		}
		return sg, nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("neighbourhood of %q from %s: %w", id, s.cfg.URI, err)
	}
	if collapsed == nil {
		collapsed = []string{}
	}
	return sg, collapsed, nil
}

// FilteredPaths returns the shortest paths (all=false) or the simple paths, shortest first
// (all=true), of up to maxHops between two entities over the edges f allows, never through
// a hub unless f.Hubs. The walk prunes edges as it expands (a quantified path pattern), so
// a filter makes the search cheaper, not only the answer shorter. timeout bounds the query
// in the database itself.
func (s *Store) FilteredPaths(ctx context.Context, from, to string, maxHops int, all bool, f Filter, limit int, timeout time.Duration) ([]Path, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("paths: hops %d: use 1 to %d", maxHops, MaxPathHops)
	}
	types, maxRank, err := f.types(true)
	if err != nil {
		return nil, err
	}
	hubs := []string{}
	if !f.Hubs {
		if hubs, err = s.Hubs(ctx, f.HubDegree); err != nil {
			return nil, err
		}
	}
	params := f.params(maxRank)
	params["from"], params["to"], params["hubs"], params["limit"] = from, to, hubs, pathLimit(limit)
	var query string
	if all {
		query = fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a)(()-[r:%s]-(y:Entity) WHERE %s AND (y.id = $to OR NOT y.id IN $hubs)){1,%d}(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i+1..])
RETURN p ORDER BY length(p) LIMIT $limit`, types, edgeWhere, maxHops)
	} else {
		query = fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
WHERE all(r IN relationships(p) WHERE %s)
  AND all(n IN nodes(p)[1..-1] WHERE NOT n.id IN $hubs)
RETURN p LIMIT $limit`, types, maxHops, edgeWhere)
	}
	var out []Path
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	_, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		out = out[:0]
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			if p, ok := res.Record().Values[0].(neo4j.Path); ok {
				out = append(out, pathFrom(p))
			}
		}
		return struct{}{}, res.Err()
	}, neo4j.WithTxTimeout(timeout))
	if err != nil {
		return nil, fmt.Errorf("paths from %q to %q at %s: %w", from, to, s.cfg.URI, classify(err))
	}
	if !all && len(out) == 0 && len(hubs) > 0 {
		// allShortestPaths finds the shortest paths first and filters after: when every one
		// runs through a hub, look for the shortest that does not, by walking.
		walked, err := s.FilteredPaths(ctx, from, to, maxHops, true, f, limit, timeout)
		if err != nil || len(walked) == 0 {
			return walked, err
		}
		shortest := len(walked[0].Edges) // walks come shortest first
		return slices.DeleteFunc(walked, func(p Path) bool { return len(p.Edges) > shortest }), nil
	}
	return out, nil
}
