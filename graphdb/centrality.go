package graphdb

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// Ranked is an entity's place in a centrality ranking.
type Ranked struct {
	Node
	Degree   int     `json:"degree"`   // typed edges of at least the chosen grade
	PageRank float64 `json:"pagerank"` // share of the stationary distribution, sums to 1 over the graph
}

// gradeWeight makes stronger evidence count for more in PageRank.
func gradeWeight(rank int) float64 {
	switch rank {
	case 0:
		return 1
	case 1:
		return 0.8
	case 2:
		return 0.5
	}
	return 0.2
}

// Centrality ranks entities of the given types (Person and Company when none are given) by
// PageRank over the typed subgraph, edges weighted by grade and walked in both directions
// (owning and being owned both tie an entity into the network). The edge list is streamed from
// Neo4j and ranked in memory; no graph plugin is needed.
func (s *Store) Centrality(ctx context.Context, types []string, minGrade string, limit int) ([]Ranked, error) {
	if len(types) == 0 {
		types = []string{model.Person, model.Company}
	}
	for _, t := range types {
		if !slices.Contains(model.EntityTypes, t) {
			return nil, fmt.Errorf("centrality: type %q is not one of %s", t, strings.Join(model.EntityTypes, ", "))
		}
	}
	maxRank, rtypes, err := gradeFilter(minGrade)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 25
	}
	g := newWeightedGraph()
	_, err = readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		g.reset()
		res, err := tx.Run(ctx, `MATCH (a:Entity)-[r:`+rtypes+`]->(b:Entity)
WHERE r.grade_rank <= $maxRank
RETURN a.id AS a, b.id AS b, r.grade_rank AS rank`, map[string]any{"maxRank": maxRank})
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			r := res.Record()
			g.add(asString(r.Values[0]), asString(r.Values[1]), gradeWeight(int(asInt(r.Values[2]))))
		}
		return struct{}{}, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("centrality edges from %s: %w", s.cfg.URI, err)
	}
	pr := g.pageRank(0.85, 100, 1e-9)
	order := make([]int, 0, len(pr))
	for i := range pr {
		order = append(order, i)
	}
	// Rank every node, then keep those of the wanted types: the types are only known after a
	// look-up, so fetch candidates in rank order until limit of them are found.
	slices.SortFunc(order, func(a, b int) int {
		if pr[a] != pr[b] {
			if pr[a] > pr[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(g.ids[a], g.ids[b])
	})
	var out []Ranked
	for start := 0; start < len(order) && len(out) < limit; start += 1000 {
		batch := order[start:min(start+1000, len(order))]
		ids := make([]string, len(batch))
		for i, n := range batch {
			ids[i] = g.ids[n]
		}
		recs, err := s.collect(ctx, `UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE e.type IN $types
RETURN e {.id, .name, .type} AS e`, map[string]any{"ids": ids, "types": types})
		if err != nil {
			return nil, fmt.Errorf("centrality names from %s: %w", s.cfg.URI, err)
		}
		found := map[string]Node{}
		for _, r := range recs {
			n := nodeFrom(asMap(get(r, "e")))
			found[n.ID] = n
		}
		for _, n := range batch {
			if node, ok := found[g.ids[n]]; ok && len(out) < limit {
				out = append(out, Ranked{Node: node, Degree: g.degree[n], PageRank: pr[n]})
			}
		}
	}
	return out, nil
}

// weightedGraph is an undirected weighted edge list over dense node numbers.
type weightedGraph struct {
	index    map[string]int
	ids      []string
	degree   []int
	strength []float64
	adj      [][]arc
}

type arc struct {
	to int
	w  float64
}

func newWeightedGraph() *weightedGraph { g := &weightedGraph{}; g.reset(); return g }

func (g *weightedGraph) reset() {
	g.index = map[string]int{}
	g.ids, g.degree, g.strength, g.adj = nil, nil, nil, nil
}

func (g *weightedGraph) node(id string) int {
	if n, ok := g.index[id]; ok {
		return n
	}
	n := len(g.ids)
	g.index[id] = n
	g.ids = append(g.ids, id)
	g.degree = append(g.degree, 0)
	g.strength = append(g.strength, 0)
	g.adj = append(g.adj, nil)
	return n
}

func (g *weightedGraph) add(a, b string, w float64) {
	x, y := g.node(a), g.node(b)
	g.adj[x] = append(g.adj[x], arc{y, w})
	g.adj[y] = append(g.adj[y], arc{x, w})
	g.degree[x]++
	g.degree[y]++
	g.strength[x] += w
	g.strength[y] += w
}

// pageRank runs power iteration with damping d until the L1 change is below tol.
func (g *weightedGraph) pageRank(d float64, iters int, tol float64) []float64 {
	n := len(g.ids)
	if n == 0 {
		return nil
	}
	pr := make([]float64, n)
	next := make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	for range iters {
		base := (1 - d) / float64(n)
		for i := range next {
			next[i] = base
		}
		for i, arcs := range g.adj {
			if g.strength[i] == 0 {
				continue
			}
			share := d * pr[i] / g.strength[i]
			for _, a := range arcs {
				next[a.to] += share * a.w
			}
		}
		diff := 0.0
		for i := range pr {
			diff += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if diff < tol {
			break
		}
	}
	return pr
}
