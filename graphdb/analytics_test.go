package graphdb

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// network is a small known graph for the analytics:
//
//	general -MEMBER_OF-> army          general -DIRECTS-> holding (reported)
//	tycoon -OWNS-> holding (alleged)   holding -OWNS-> sub (official)
//	sub -OPERATES-> park (reported)    nobody -DIRECTS-> other; other -OPERATES-> park (alleged)
//	police -PROTECTS-> park (alleged)  park -LOCATED_IN-> town
//	tycoon -FAMILY_OF- wife            wife -MENTIONED_WITH- park2
//	holding, sub, tycoon, park2 -SANCTIONED_BY-> ofac (official)
type network struct {
	general, tycoon, wife, nobody          model.Entity
	army, ofac, police                     model.Entity
	holding, sub, other, park, park2, town model.Entity
}

func loadNetwork(t *testing.T, s *Store, tag string) *network {
	t.Helper()
	n := &network{
		general: ent(model.Person, "General A "+tag), tycoon: ent(model.Person, "Tycoon B "+tag),
		wife: ent(model.Person, "Wife C "+tag), nobody: ent(model.Person, "Nobody D "+tag),
		army: ent(model.Organization, "Army "+tag), ofac: ent(model.Organization, "OFAC "+tag),
		police:  ent(model.Organization, "Police "+tag),
		holding: ent(model.Company, "Holding "+tag), sub: ent(model.Company, "Sub "+tag),
		other: ent(model.Company, "Other "+tag), park: ent(model.Compound, "Park "+tag),
		park2: ent(model.Compound, "Park Two "+tag), town: ent(model.Location, "Town "+tag),
	}
	n.police.Sector = model.SectorPolice
	all := []model.Entity{n.general, n.tycoon, n.wife, n.nobody, n.army, n.ofac, n.police,
		n.holding, n.sub, n.other, n.park, n.park2, n.town}
	R, A, O, C := model.Reported, model.Alleged, model.Official, model.CoMentioned
	rels := []model.Relation{
		withRole(rel(n.general, model.MemberOf, n.army, R, "q", 0.9), "army general"),
		rel(n.general, model.Directs, n.holding, R, "q", 0.9),
		rel(n.tycoon, model.Owns, n.holding, A, "q", 0.6),
		rel(n.holding, model.Owns, n.sub, O, "q", 1),
		rel(n.sub, model.Operates, n.park, R, "q", 0.9),
		rel(n.nobody, model.Directs, n.other, R, "q", 0.9),
		rel(n.other, model.Operates, n.park, A, "q", 0.5),
		rel(n.police, model.Protects, n.park, A, "q", 0.5),
		rel(n.park, model.LocatedIn, n.town, R, "q", 0.9),
		rel(n.tycoon, model.FamilyOf, n.wife, R, "q", 0.9),
		rel(n.wife, model.MentionedWith, n.park2, C, "q", 0.3),
		rel(n.holding, model.SanctionedBy, n.ofac, O, "q", 1),
		rel(n.sub, model.SanctionedBy, n.ofac, O, "q", 1),
		rel(n.tycoon, model.SanctionedBy, n.ofac, O, "q", 1),
		rel(n.park2, model.SanctionedBy, n.ofac, O, "q", 1),
	}
	doc := model.Document{URL: "https://net.test.invalid/" + tag, Title: "network", Text: "network",
		Entities: all, Relations: rels}
	if _, err := s.Load(context.Background(), SourceInfo{Name: "test-" + tag}, []model.Document{doc}, time.Now()); err != nil {
		t.Fatal(err)
	}
	return n
}

func pathIDs(p Path) string {
	ids := make([]string, len(p.Nodes))
	for i, n := range p.Nodes {
		ids[i] = n.ID
	}
	return strings.Join(ids, " > ")
}

func ids(es ...model.Entity) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return strings.Join(out, " > ")
}

func TestAnalytics(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	n := loadNetwork(t, s, tag)

	t.Run("neighbourhood", func(t *testing.T) {
		for _, c := range []struct {
			depth, nodes, edges int
		}{{1, 3, 2}, {2, 6, 5}} {
			sg, err := s.Neighbourhood(ctx, n.general.ID, c.depth, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(sg.Nodes) != c.nodes || len(sg.Edges) != c.edges || sg.Truncated {
				t.Errorf("depth %d: %d nodes %d edges, want %d and %d: %+v", c.depth, len(sg.Nodes), len(sg.Edges), c.nodes, c.edges, sg)
			}
		}
		sg, err := s.Neighbourhood(ctx, n.wife.ID, 1, model.CoMentioned)
		if err != nil {
			t.Fatal(err)
		}
		if len(sg.Nodes) != 3 { // tycoon, and park2 through the co-mention
			t.Errorf("wife's neighbourhood with co-mentions: %+v", sg.Nodes)
		}
		if sg, err := s.Neighbourhood(ctx, "person:nobody-at-all-"+tag, 2, ""); err != nil || sg != nil {
			t.Errorf("unknown entity: %+v, %v", sg, err)
		}
		if _, err := s.Neighbourhood(ctx, n.general.ID, 9, ""); err == nil {
			t.Error("depth 9: want an error")
		}
	})

	t.Run("shortest paths", func(t *testing.T) {
		ps, err := pathsThroughAll(ctx, s, n.general.ID, n.park.ID, 6, false, "", MaxPaths)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 1 || pathIDs(ps[0]) != ids(n.general, n.holding, n.sub, n.park) {
			t.Fatalf("general to park: %+v", ps)
		}
		var grades []string
		for _, e := range ps[0].Edges {
			grades = append(grades, e.Predicate+":"+e.Grade)
		}
		if strings.Join(grades, ",") != "DIRECTS:reported,OWNS:official,OPERATES:reported" {
			t.Errorf("edge grades = %v", grades)
		}
		if e := ps[0].Edges[0]; e.Subject != n.general.ID || e.Object != n.holding.ID {
			t.Errorf("edge direction = %+v", e)
		}
		// wife > tycoon > holding > sub > park and wife > tycoon > ofac > sub > park tie.
		ps, err = pathsThroughAll(ctx, s, n.wife.ID, n.park.ID, 6, false, "", MaxPaths)
		if err != nil || len(ps) != 2 {
			t.Errorf("wife to park, any grade: %d paths (%v), want 2", len(ps), err)
		}
		// The alleged OWNS drops out at grade reported.
		ps, err = pathsThroughAll(ctx, s, n.wife.ID, n.park.ID, 6, false, model.Reported, MaxPaths)
		if err != nil || len(ps) != 1 || pathIDs(ps[0]) != ids(n.wife, n.tycoon, n.ofac, n.sub, n.park) {
			t.Errorf("wife to park, reported or better: %+v (%v)", ps, err)
		}
	})

	t.Run("all simple paths", func(t *testing.T) {
		ps, err := pathsThroughAll(ctx, s, n.general.ID, n.park.ID, 4, true, "", 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, pathIDs(p))
		}
		want := []string{ids(n.general, n.holding, n.sub, n.park), ids(n.general, n.holding, n.ofac, n.sub, n.park)}
		if !slices.Equal(got, want) {
			t.Errorf("all paths general to park:\n got %q\nwant %q", got, want)
		}
	})

	t.Run("ownership chains", func(t *testing.T) {
		ps, err := s.OwnershipChains(ctx, n.park.ID, 5, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, pathIDs(p))
		}
		want := []string{ids(n.other, n.park), ids(n.tycoon, n.holding, n.sub, n.park)}
		if !slices.Equal(got, want) {
			t.Errorf("ultimate owners of park:\n got %q\nwant %q", got, want)
		}
		ps, err = s.OwnershipChains(ctx, n.park.ID, 5, model.Reported)
		if err != nil || len(ps) != 1 || pathIDs(ps[0]) != ids(n.holding, n.sub, n.park) {
			t.Errorf("owners of park, reported or better: %+v (%v)", ps, err)
		}
	})

	t.Run("complicity paths", func(t *testing.T) {
		cps, err := s.ComplicityPaths(ctx, n.park.ID, 3, "", 10)
		if err != nil {
			t.Fatal(err)
		}
		// The police body protecting the park (a public sector) comes first, by length; then the
		// general, a member of the army, through the companies.
		if len(cps) != 2 || pathIDs(cps[0].Path) != ids(n.police, n.park) || cps[0].Sector != model.SectorPolice ||
			len(cps[0].Roles) != 0 || pathIDs(cps[1].Path) != ids(n.general, n.holding, n.sub, n.park) ||
			len(cps[1].Roles) != 1 || cps[1].Roles[0].Predicate != model.MemberOf || cps[1].Roles[0].Organization.ID != n.army.ID ||
			cps[1].Roles[0].Title != "army general" {
			t.Errorf("complicity paths to park: %+v", cps)
		}
		cps, err = s.ComplicityPaths(ctx, n.park.ID, 2, "", 10)
		if err != nil || len(cps) != 1 || pathIDs(cps[0].Path) != ids(n.police, n.park) {
			t.Errorf("complicity within 2 hops: %+v (%v), want the police only", cps, err)
		}
		// A body of no public sector (OFAC here has none; a company never counts) is no
		// complicity, and the protection needs its grade.
		cps, err = s.ComplicityPaths(ctx, n.park.ID, 1, model.Reported, 10)
		if err != nil || len(cps) != 0 {
			t.Errorf("complicity within 1 hop, reported or better: %+v (%v), want none (the protection is alleged)", cps, err)
		}
	})

	t.Run("co-sanctioned networks", func(t *testing.T) {
		nets, err := s.CoSanctionedNetworks(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		var mine *SanctionedNetwork
		for i := range nets {
			for _, m := range nets[i].Members {
				if m.ID == n.park2.ID {
					t.Errorf("park2 has no ties to other sanctioned entities but is in %+v", nets[i])
				}
				if m.ID == n.holding.ID {
					mine = &nets[i]
				}
			}
		}
		if mine == nil {
			t.Fatalf("no network holds %s", n.holding.ID)
		}
		var members []string
		for _, m := range mine.Members {
			members = append(members, m.ID)
			if len(m.Authorities) != 1 || m.Authorities[0].ID != n.ofac.ID {
				t.Errorf("%s authorities = %+v", m.ID, m.Authorities)
			}
		}
		want := []string{n.holding.ID, n.sub.ID, n.tycoon.ID}
		slices.Sort(want)
		if !slices.Equal(members, want) || len(mine.Edges) != 2 {
			t.Errorf("network = %v with %d edges, want %v with 2", members, len(mine.Edges), want)
		}
	})

	t.Run("centrality", func(t *testing.T) {
		ranked, err := s.Centrality(ctx, nil, "", 1_000_000)
		if err != nil {
			t.Fatal(err)
		}
		deg := map[string]int{}
		var order []string
		for _, r := range ranked {
			if r.Type != model.Person && r.Type != model.Company {
				t.Errorf("ranked %+v of another type", r)
			}
			if strings.HasSuffix(r.ID, tag) {
				deg[r.ID] = r.Degree
				order = append(order, r.ID)
			}
		}
		wantDeg := map[string]int{n.holding.ID: 4, n.sub.ID: 3, n.tycoon.ID: 3, n.general.ID: 2,
			n.other.ID: 2, n.wife.ID: 1, n.nobody.ID: 1}
		for id, d := range wantDeg {
			if deg[id] != d {
				t.Errorf("degree of %s = %d, want %d", id, deg[id], d)
			}
		}
		if len(order) != len(wantDeg) || order[0] != n.holding.ID {
			t.Errorf("ranking of the network's people and companies = %v, want holding first", order)
		}
		if _, err := s.Centrality(ctx, []string{"Ship"}, "", 5); err == nil {
			t.Error("unknown type: want an error")
		}
	})

	t.Run("read-only cypher", func(t *testing.T) {
		res, err := s.ReadCypher(ctx, `MATCH (e:Entity) WHERE e.id ENDS WITH $tag AND e.type = 'Company'
			RETURN e.id AS id, e AS node, 'SET' AS word ORDER BY id`, map[string]any{"tag": tag}, CypherOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Columns, []string{"id", "node", "word"}) || len(res.Rows) != 3 || res.Truncated {
			t.Fatalf("result = %+v", res)
		}
		if res.Rows[0][0] != n.holding.ID || asMap(asMap(res.Rows[0][1])["properties"])["name"] != n.holding.Name {
			t.Errorf("first row = %+v", res.Rows[0])
		}
		res, err = s.ReadCypher(ctx, `MATCH (e:Entity) WHERE e.id ENDS WITH $tag RETURN e.id`, map[string]any{"tag": tag}, CypherOptions{MaxRows: 2})
		if err != nil || len(res.Rows) != 2 || !res.Truncated {
			t.Errorf("row limit: %+v (%v)", res, err)
		}
		for _, q := range []string{
			"CREATE (n:Pwned) RETURN n",
			"match (n:Pwned) detach delete n",
			"MATCH (n:Pwned) SET n.x = 1",
			"CALL { CREATE (:Pwned) } RETURN 1",
			"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
			"SHOW USERS",
			"CALL dbms.listConfig()",
			"CALL `dbms`.`listConfig`()",
			"CALL db.createLabel('Pwned')",
			"MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1",
		} {
			if _, err := s.ReadCypher(ctx, q, nil, CypherOptions{}); !errors.Is(err, ErrNotReadOnly) {
				t.Errorf("%q: err = %v, want ErrNotReadOnly", q, err)
			}
		}
		res, err = s.ReadCypher(ctx, "MATCH (n:Pwned) RETURN count(n) AS n", nil, CypherOptions{})
		if err != nil || res.Rows[0][0] != int64(0) {
			t.Errorf("a :Pwned node was written: %+v (%v)", res, err)
		}
		start := time.Now()
		_, err = s.ReadCypher(ctx, "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)", nil, CypherOptions{Timeout: time.Second})
		if err == nil || time.Since(start) > 8*time.Second {
			t.Errorf("long query: err = %v after %v, want a timeout within seconds", err, time.Since(start))
		}
	})
}

func TestPageRank(t *testing.T) {
	g := newWeightedGraph()
	for _, leaf := range []string{"a", "b", "c", "d"} {
		g.add("hub", leaf, 1)
	}
	g.add("d", "e", 1)
	pr := g.pageRank(0.85, 200, 1e-12)
	sum := 0.0
	for _, v := range pr {
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("PageRank sums to %v", sum)
	}
	at := func(id string) float64 { return pr[g.index[id]] }
	// e hangs off d alone and so gets half of d's rank; a gets a quarter of the hub's.
	if !(at("hub") > at("d") && at("d") > at("e") && at("e") > at("a")) {
		t.Errorf("order hub > d > e > a broken: %v", pr)
	}
	if at("a") != at("b") {
		t.Errorf("symmetric leaves differ: %v %v", at("a"), at("b"))
	}
}

// withRole sets the post a person's tie names.
func withRole(r model.Relation, role string) model.Relation {
	r.Role = role
	return r
}

// pathsThroughAll searches paths over every typed edge of at least minGrade, through hubs and
// shared sanctions lists too: the walk these tests check, without the explorer's defaults.
func pathsThroughAll(ctx context.Context, s *Store, from, to string, hops int, all bool, minGrade string, limit int) ([]Path, error) {
	f := Filter{MinGrade: minGrade, Hubs: true, Sanctions: true}
	return s.FilteredPaths(ctx, from, to, hops, all, f, limit, 30*time.Second)
}

// TestSanctionedNetworksSkipsUnseenEnds: an edge whose end was sanctioned after the members were
// read (reads are not a snapshot) is left out instead of crashing the grouping.
func TestSanctionedNetworksSkipsUnseenEnds(t *testing.T) {
	m := func(id string) *SanctionedMember { return &SanctionedMember{Node: Node{ID: id}} }
	members := map[string]*SanctionedMember{"a": m("a"), "b": m("b"), "c": m("c")}
	edges := []Edge{{Subject: "a", Predicate: model.Owns, Object: "b"}, {Subject: "late", Predicate: model.Owns, Object: "c"},
		{Subject: "x", Predicate: model.Directs, Object: "y"}}
	got := sanctionedNetworks(members, edges)
	if len(got) != 1 || len(got[0].Members) != 2 || len(got[0].Edges) != 1 || got[0].Members[0].ID != "a" {
		t.Fatalf("networks %+v, want one of a and b joined by one edge", got)
	}
}
