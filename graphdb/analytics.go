package graphdb

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/scamgraph/scamgraph/model"
)

// Node is an entity as the analytics return it.
type Node struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// Edge is one graded edge between two entities.
type Edge struct {
	Subject       string  `json:"subject"`
	Predicate     string  `json:"predicate"`
	Object        string  `json:"object"`
	Grade         string  `json:"grade"`
	Confidence    float64 `json:"confidence"`
	EvidenceCount int     `json:"evidence_count"`
	Contested     bool    `json:"contested"`
	// FirstSeen and LastSeen span the evidence of the edge (when it was first and last reported).
	FirstSeen *time.Time `json:"first_seen,omitempty"`
	LastSeen  *time.Time `json:"last_seen,omitempty"`
}

// Path is a walk through the graph: Edges[i] joins Nodes[i] and Nodes[i+1], in whichever
// direction its Subject and Object say.
type Path struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Subgraph is a set of entities and the edges among them.
type Subgraph struct {
	Nodes     []Node `json:"nodes"`
	Edges     []Edge `json:"edges"`
	Truncated bool   `json:"truncated"` // the node cap was reached
}

// Limits that keep one analytics request bounded.
const (
	MaxDepth     = 4
	MaxPathHops  = 8
	MaxPaths     = 500
	maxSubgraph  = 2000
	defaultPaths = 50
)

// gradeFilter turns the weakest accepted grade into the highest accepted grade rank and the
// relationship types to traverse: typed relations only, unless co-mentions are accepted.
// An empty grade means "alleged": every typed relation, no co-mentions.
func gradeFilter(minGrade string) (maxRank int, types string, err error) {
	if minGrade == "" {
		minGrade = model.Alleged
	}
	maxRank = model.GradeRank(minGrade)
	if maxRank >= len(model.Grades) {
		return 0, "", fmt.Errorf("grade %q is not one of %s", minGrade, strings.Join(model.Grades, ", "))
	}
	preds := TypedPredicates()
	if minGrade == model.CoMentioned {
		preds = model.Predicates
	}
	return maxRank, strings.Join(preds, "|"), nil
}

func nodeFrom(m map[string]any) Node {
	return Node{ID: asString(m["id"]), Name: asString(m["name"]), Type: asString(m["type"])}
}

func edgeFrom(predicate, subject, object string, p map[string]any) Edge {
	return Edge{Subject: subject, Predicate: predicate, Object: object, Grade: asString(p["grade"]),
		Confidence: asFloat(p["confidence"]), EvidenceCount: int(asInt(p["evidence_count"])), Contested: asBool(p["contested"]),
		FirstSeen: asTimePtr(p["first_seen"]), LastSeen: asTimePtr(p["last_seen"])}
}

// pathFrom converts a driver path into a Path.
func pathFrom(p dbtype.Path) Path {
	ids := make(map[string]string, len(p.Nodes))
	out := Path{Nodes: make([]Node, 0, len(p.Nodes)), Edges: make([]Edge, 0, len(p.Relationships))}
	for _, n := range p.Nodes {
		ids[n.ElementId] = asString(n.Props["id"])
		out.Nodes = append(out.Nodes, nodeFrom(n.Props))
	}
	for _, r := range p.Relationships {
		out.Edges = append(out.Edges, edgeFrom(r.Type, ids[r.StartElementId], ids[r.EndElementId], r.Props))
	}
	return out
}

// Neighbourhood returns the entities within depth hops of id over edges of at least minGrade,
// breadth first, stopping at a cap of nodes (Truncated then says so).
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, minGrade string) (*Subgraph, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("neighbourhood depth %d: use 1 to %d", depth, MaxDepth)
	}
	maxRank, types, err := gradeFilter(minGrade)
	if err != nil {
		return nil, err
	}
	query := `UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:` + types + `]-(b:Entity)
WHERE r.grade_rank <= $maxRank
RETURN DISTINCT type(r) AS predicate, startNode(r).id AS subject, endNode(r).id AS object, properties(r) AS r,
       b {.id, .name, .type} AS b`
	sg, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (*Subgraph, error) {
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
			res, err := tx.Run(ctx, query, map[string]any{"ids": frontier, "maxRank": maxRank})
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
					next = append(next, b.ID)
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
		return nil, fmt.Errorf("neighbourhood of %q from %s: %w", id, s.cfg.URI, err)
	}
	return sg, nil
}

// OwnershipChains answers "who ultimately owns this compound (or company)": chains of OWNS
// edges ending in an OWNS or OPERATES edge into id, starting at an owner nobody is recorded as
// owning. Nodes[0] of each path is an ultimate owner; shortest chains first.
func (s *Store) OwnershipChains(ctx context.Context, id string, maxHops int, minGrade string) ([]Path, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("ownership chains: hops %d: use 1 to %d", maxHops, MaxPathHops)
	}
	maxRank, _, err := gradeFilter(minGrade)
	if err != nil {
		return nil, err
	}
	query := fmt.Sprintf(`MATCH (x:Entity {id: $id})
MATCH p = (top:Entity)-[:OWNS|OPERATES*1..%d]->(x)
WHERE all(r IN relationships(p) WHERE r.grade_rank <= $maxRank)
  AND all(r IN relationships(p)[0..-1] WHERE type(r) = 'OWNS')
  AND NOT EXISTS { MATCH (:Entity)-[o:OWNS]->(top) WHERE o.grade_rank <= $maxRank }
RETURN p ORDER BY length(p), top.name LIMIT $limit`, maxHops)
	return s.paths(ctx, "ownership chains", query, map[string]any{"id": id, "maxRank": maxRank, "limit": MaxPaths})
}

// ComplicityPath links an official or a public body to a compound: a person holding a post in
// an organization, through companies and people, or a government, police, military or armed
// body itself (protecting the compound, owning or running it or its operator).
type ComplicityPath struct {
	Roles []Role `json:"roles"` // the person's posts in organizations (none when a body starts the path)
	Path  Path   `json:"path"`  // person or body, companies and people..., compound
	// Sector is the sector of the body that starts the path, when a body does.
	Sector string `json:"sector,omitempty"`
}

// Role is a person's post in an organization (DIRECTS, EMPLOYED_BY or MEMBER_OF).
type Role struct {
	Predicate    string `json:"predicate"`
	Organization Node   `json:"organization"`
	Grade        string `json:"grade"`
	// Title is the post as the text names it ("senator", "police chief"), when it does.
	Title string `json:"title,omitempty"`
	// Sector is the organization's sector, when known.
	Sector string `json:"sector,omitempty"`
}

// publicSectors are the organization sectors of public power.
func publicSectors() []string {
	var out []string
	for _, s := range model.Sectors {
		if model.PublicSector(s) {
			out = append(out, s)
		}
	}
	return out
}

// complicityTies are the ties that make complicity: ownership, control, posts, family,
// association and protection.
var complicityTies = []string{model.Owns, model.Operates, model.Directs, model.EmployedBy, model.MemberOf,
	model.FamilyOf, model.AssociateOf, model.Protects}

// ComplicityPaths finds who with public power ties to the compound, by paths of up to maxHops
// typed edges:
//   - people with a post (a DIRECTS, EMPLOYED_BY or MEMBER_OF edge) in an Organization of a
//     public sector or of unknown sector, through companies and people, e.g. official
//     -DIRECTS-> holding -OWNS-> firm -OPERATES-> compound or senator -FAMILY_OF- son -OWNS-> firm;
//   - government, police, military and armed bodies themselves, through companies and people
//     by ownership, control, posts, family, association or protection, e.g. armed group
//     -PROTECTS-> compound.
func (s *Store) ComplicityPaths(ctx context.Context, compound string, maxHops int, minGrade string, limit int) ([]ComplicityPath, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("complicity paths: hops %d: use 1 to %d", maxHops, MaxPathHops)
	}
	maxRank, types, err := gradeFilter(minGrade)
	if err != nil {
		return nil, err
	}
	query := complicityQuery(types, maxHops)
	recs, err := s.collect(ctx, query, map[string]any{"id": compound, "maxRank": maxRank, "limit": pathLimit(limit),
		"public": publicSectors(), "ties": complicityTies})
	if err != nil {
		return nil, fmt.Errorf("complicity paths to %q from %s: %w", compound, s.cfg.URI, err)
	}
	out := make([]ComplicityPath, 0, len(recs))
	for _, r := range recs {
		p, ok := get(r, "p").(dbtype.Path)
		if !ok {
			continue
		}
		cp := ComplicityPath{Path: pathFrom(p), Sector: asString(get(r, "sector")), Roles: []Role{}}
		for _, x := range asList(get(r, "roles")) {
			m := asMap(x)
			org := asMap(m["org"])
			cp.Roles = append(cp.Roles, Role{Predicate: asString(m["predicate"]), Grade: asString(m["grade"]),
				Organization: nodeFrom(org), Title: asString(m["title"]), Sector: asString(org["sector"])})
		}
		slices.SortFunc(cp.Roles, func(a, b Role) int {
			return strings.Compare(a.Organization.ID+a.Predicate, b.Organization.ID+b.Predicate)
		})
		out = append(out, cp)
	}
	return out, nil
}

func complicityQuery(types string, maxHops int) string {
	return fmt.Sprintf(`MATCH (x:Entity {id: $id}) WHERE x:Compound
CALL (x) {
  MATCH p = (person:Person)-[:%[1]s*1..%[2]d]-(x)
  WHERE all(n IN nodes(p)[1..-1] WHERE n:Company OR n:Person)
    AND all(r IN relationships(p) WHERE r.grade_rank <= $maxRank)
  MATCH (person)-[role:DIRECTS|EMPLOYED_BY|MEMBER_OF]->(org:Organization)
  WHERE role.grade_rank <= $maxRank AND (org.sector IS NULL OR org.sector IN $public)
  WITH p, collect(DISTINCT {predicate: type(role), grade: role.grade, title: role.role, org: org {.id, .name, .type, .sector}}) AS roles
  RETURN p, roles, null AS sector
  UNION
  MATCH p = (body:Organization)-[:%[1]s*1..%[2]d]-(x)
  WHERE body.sector IN $public
    AND all(n IN nodes(p)[1..-1] WHERE n:Company OR n:Person)
    AND all(r IN relationships(p) WHERE r.grade_rank <= $maxRank AND type(r) IN $ties)
  RETURN p, [] AS roles, body.sector AS sector
}
RETURN p, roles, sector ORDER BY length(p), nodes(p)[0].name LIMIT $limit`, types, maxHops)
}

func pathLimit(limit int) int {
	if limit <= 0 {
		return defaultPaths
	}
	return min(limit, MaxPaths)
}

func (s *Store) paths(ctx context.Context, what, query string, params map[string]any) ([]Path, error) {
	recs, err := s.collect(ctx, query, params)
	if err != nil {
		return nil, fmt.Errorf("%s from %s: %w", what, s.cfg.URI, err)
	}
	out := make([]Path, 0, len(recs))
	for _, r := range recs {
		if p, ok := get(r, "p").(dbtype.Path); ok {
			out = append(out, pathFrom(p))
		}
	}
	return out, nil
}

// SanctionedNetwork is a group of sanctioned entities joined by typed edges among themselves.
type SanctionedNetwork struct {
	Members []SanctionedMember `json:"members"`
	Edges   []Edge             `json:"edges"`
}

// SanctionedMember is a sanctioned entity and the authorities that list it.
type SanctionedMember struct {
	Node
	Authorities []Node `json:"authorities"`
}

// CoSanctionedNetworks groups entities that are SANCTIONED_BY some authority into the
// connected groups their typed edges to each other form (SANCTIONED_BY edges themselves do
// not join members, or every list would be one group). Groups of two or more come back,
// largest first.
func (s *Store) CoSanctionedNetworks(ctx context.Context, minGrade string) ([]SanctionedNetwork, error) {
	maxRank, _, err := gradeFilter(minGrade)
	if err != nil {
		return nil, err
	}
	joins := make([]string, 0, len(model.Predicates))
	for _, p := range TypedPredicates() {
		if p != model.SanctionedBy {
			joins = append(joins, p)
		}
	}
	params := map[string]any{"maxRank": maxRank}
	members := map[string]*SanctionedMember{}
	var edges []Edge
	_, err = readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		clear(members)
		edges = edges[:0]
		res, err := tx.Run(ctx, `MATCH (e:Entity)-[s:SANCTIONED_BY]->(a:Entity)
WHERE s.grade_rank <= $maxRank
RETURN e {.id, .name, .type} AS e, collect(a {.id, .name, .type}) AS authorities`, params)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			r := res.Record()
			m := &SanctionedMember{Node: nodeFrom(asMap(get(r, "e")))}
			for _, a := range asList(get(r, "authorities")) {
				m.Authorities = append(m.Authorities, nodeFrom(asMap(a)))
			}
			slices.SortFunc(m.Authorities, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
			members[m.ID] = m
		}
		if err := res.Err(); err != nil {
			return struct{}{}, err
		}
		res, err = tx.Run(ctx, `MATCH (a:Entity)-[s:SANCTIONED_BY]->()
WHERE s.grade_rank <= $maxRank
WITH DISTINCT a
MATCH (a)-[r:`+strings.Join(joins, "|")+`]->(b:Entity)
WHERE r.grade_rank <= $maxRank
  AND EXISTS { MATCH (b)-[s2:SANCTIONED_BY]->() WHERE s2.grade_rank <= $maxRank }
RETURN type(r) AS predicate, a.id AS subject, b.id AS object, properties(r) AS r`, params)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			r := res.Record()
			edges = append(edges, edgeFrom(asString(get(r, "predicate")), asString(get(r, "subject")), asString(get(r, "object")), asMap(get(r, "r"))))
		}
		return struct{}{}, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("co-sanctioned networks from %s: %w", s.cfg.URI, err)
	}
	return sanctionedNetworks(members, edges), nil
}

// sanctionedNetworks groups sanctioned members joined by edges among them, largest first;
// a network is two members or more.
func sanctionedNetworks(members map[string]*SanctionedMember, edges []Edge) []SanctionedNetwork {
	// Neo4j reads are read-committed, not a snapshot: a sanction written between the two
	// queries can bring an edge whose end the first query did not see. Such an edge waits for
	// the next read rather than joining a network without its member.
	edges = slices.DeleteFunc(edges, func(e Edge) bool { return members[e.Subject] == nil || members[e.Object] == nil })
	// Union-find over the members joined by edges.
	parent := map[string]string{}
	find := func(x string) string {
		for {
			p, ok := parent[x]
			if !ok || p == x {
				return x
			}
			if gp, ok := parent[p]; ok {
				parent[x] = gp
			}
			x = p
		}
	}
	for _, e := range edges {
		a, b := find(e.Subject), find(e.Object)
		if a != b {
			if a < b {
				parent[b] = a
			} else {
				parent[a] = b
			}
		}
	}
	groups := map[string]*SanctionedNetwork{}
	for id, m := range members {
		root := find(id)
		if groups[root] == nil {
			groups[root] = &SanctionedNetwork{}
		}
		groups[root].Members = append(groups[root].Members, *m)
	}
	for _, e := range edges {
		g := groups[find(e.Subject)]
		g.Edges = append(g.Edges, e)
	}
	var out []SanctionedNetwork
	for _, g := range groups {
		if len(g.Members) < 2 {
			continue
		}
		slices.SortFunc(g.Members, func(a, b SanctionedMember) int { return strings.Compare(a.ID, b.ID) })
		slices.SortFunc(g.Edges, func(a, b Edge) int {
			return strings.Compare(relKey(a.Subject, a.Predicate, a.Object), relKey(b.Subject, b.Predicate, b.Object))
		})
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b SanctionedNetwork) int {
		if len(a.Members) != len(b.Members) {
			return len(b.Members) - len(a.Members)
		}
		return strings.Compare(a.Members[0].ID, b.Members[0].ID)
	})
	return out
}
