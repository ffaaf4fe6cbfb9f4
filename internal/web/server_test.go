package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/model"
)

func ent(typ, name string) model.Entity {
	return model.Entity{ID: model.EntityID(typ, name), Name: name, Type: typ,
		Mentions: []model.Mention{{Start: 0, End: len(name), Text: name}}}
}

func rel(s model.Entity, pred string, o model.Entity, grade string) model.Relation {
	return model.Relation{Subject: s.ID, Predicate: pred, Object: o.ID, Grade: grade,
		Quote: s.Name + " " + pred + " " + o.Name, Confidence: 0.9}
}

// world is a small known graph:
//
//	general -MEMBER_OF-> army (reported)    general -DIRECTS-> holding (reported)
//	tycoon -OWNS-> holding (alleged)        holding -OWNS-> sub (official)
//	sub -OPERATES-> park (reported)         police -PROTECTS-> park (alleged)
//	park -LOCATED_IN-> town (reported)      tycoon -OWNS-> 30 shell companies (reported)
//	holding, sub, tycoon -SANCTIONED_BY-> ofac (official)
type world struct {
	tag                                   string
	general, tycoon                       model.Entity
	army, police, ofac                    model.Entity
	holding, sub, park, town              model.Entity
	shells                                []model.Entity
	docURL                                string
	entityCount, relationCount, shellSize int
}

func loadWorld(t *testing.T, s *graphdb.Store) *world {
	t.Helper()
	tag := storetest.Tag(t, "zw")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	w := &world{tag: tag,
		general: ent(model.Person, "General Ang "+tag), tycoon: ent(model.Person, "Tycoon Bo "+tag),
		army: ent(model.Organization, "Border Army "+tag), police: ent(model.Organization, "Police "+tag),
		ofac:    ent(model.Organization, "OFAC "+tag),
		holding: ent(model.Company, "Holding Group "+tag), sub: ent(model.Company, "Sub Co "+tag),
		park: ent(model.Compound, "Park Zone "+tag), town: ent(model.Location, "Town "+tag),
		docURL: "https://web-test.invalid/" + tag, shellSize: 30,
	}
	R, A, O := model.Reported, model.Alleged, model.Official
	rels := []model.Relation{
		rel(w.general, model.MemberOf, w.army, R),
		rel(w.general, model.Directs, w.holding, R),
		rel(w.tycoon, model.Owns, w.holding, A),
		rel(w.holding, model.Owns, w.sub, O),
		rel(w.sub, model.Operates, w.park, R),
		rel(w.police, model.Protects, w.park, A),
		rel(w.park, model.LocatedIn, w.town, R),
		rel(w.holding, model.SanctionedBy, w.ofac, O),
		rel(w.sub, model.SanctionedBy, w.ofac, O),
		rel(w.tycoon, model.SanctionedBy, w.ofac, O),
	}
	all := []model.Entity{w.general, w.tycoon, w.army, w.police, w.ofac, w.holding, w.sub, w.park, w.town}
	for i := range w.shellSize {
		sh := ent(model.Company, fmt.Sprintf("Shell %02d %s", i, tag))
		w.shells = append(w.shells, sh)
		all = append(all, sh)
		rels = append(rels, rel(w.tycoon, model.Owns, sh, R))
	}
	w.entityCount, w.relationCount = len(all), len(rels)
	doc := model.Document{URL: w.docURL, Title: "Test network " + tag, Text: "test network", Language: "en",
		Entities: all, Relations: rels}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "web-test-" + tag, Kind: "news"}, []model.Document{doc}, time.Now()); err != nil {
		t.Fatalf("load test graph: %v", err)
	}
	return w
}

// get sends a request through the handler and decodes a JSON answer into v (when not nil).
func get(t *testing.T, h http.Handler, path string, v any) int {
	t.Helper()
	return do(t, h, http.MethodGet, path, "", v)
}

func do(t *testing.T, h http.Handler, method, path, body string, v any) int {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Host = "localhost:8080"
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("%s %s: Content-Security-Policy %q", method, path, csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("%s %s: no X-Content-Type-Options: nosniff", method, path)
	}
	if strings.HasPrefix(path, "/api/") {
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q, want JSON", method, path, ct)
		}
	}
	if v != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
			t.Fatalf("%s %s: %d, body is not the expected JSON: %v\n%s", method, path, rec.Code, err, rec.Body.String())
		}
	}
	return rec.Code
}

// errorOf requests path and returns the status and the JSON error message.
func errorOf(t *testing.T, h http.Handler, method, path, body string) (int, string) {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	code := do(t, h, method, path, body, &e)
	return code, e.Error
}

func chain(p graphdb.Path) string {
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

func grades(p graphdb.Path) string {
	out := make([]string, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Predicate + ":" + e.Grade
	}
	return strings.Join(out, " ")
}

func q(path string, kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return path + "?" + v.Encode()
}

func TestPages(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	w := loadWorld(t, s)
	h := New(s, nil)

	t.Run("healthz", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		req.Host = "localhost"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != "ok" {
			t.Errorf("healthz: %d %q", rec.Code, rec.Body.String())
		}
	})

	t.Run("explorer", func(t *testing.T) {
		for _, p := range []string{"/", "/app.js", "/style.css"} {
			req := httptest.NewRequest(http.MethodGet, p, nil)
			req.Host = "localhost"
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			body, _ := io.ReadAll(rec.Body)
			if rec.Code != 200 || len(body) == 0 {
				t.Errorf("%s: %d, %d bytes", p, rec.Code, len(body))
			}
			if strings.Contains(string(body), "innerHTML") {
				t.Errorf("%s uses innerHTML; untrusted text must go through textContent", p)
			}
		}
	})

	t.Run("search", func(t *testing.T) {
		var hits []graphdb.EntityHit
		if code := get(t, h, q("/api/entities", "q", "holding group "+w.tag), &hits); code != 200 {
			t.Fatalf("search: %d", code)
		}
		if len(hits) != 1 || hits[0].ID != w.holding.ID || hits[0].Match != "exact" || hits[0].Relations != 4 {
			t.Errorf("search for the holding: %+v", hits)
		}
		if code := get(t, h, q("/api/entities", "q", w.tag, "type", "Person", "limit", "10"), &hits); code != 200 {
			t.Fatalf("typed search: %d", code)
		}
		var got []string
		for _, x := range hits {
			got = append(got, x.ID)
		}
		slices.Sort(got)
		if want := []string{w.general.ID, w.tycoon.ID}; !slices.Equal(got, want) {
			t.Errorf("people in the test graph: %v, want %v", got, want)
		}
		if code := get(t, h, q("/api/entities", "q", "no such name "+w.tag), &hits); code != 200 || len(hits) != 0 || hits == nil {
			t.Errorf("no match: %d %v (want 200 and [])", code, hits)
		}
		if code, msg := errorOf(t, h, "GET", "/api/entities?limit=0", ""); code != 400 || !strings.Contains(msg, "limit") {
			t.Errorf("limit=0: %d %q", code, msg)
		}
	})

	t.Run("entity", func(t *testing.T) {
		var d graphdb.EntityDetail
		if code := get(t, h, "/api/entities/"+url.PathEscape(w.sub.ID), &d); code != 200 {
			t.Fatalf("entity: %d", code)
		}
		if d.Entity.Name != w.sub.Name || d.Entity.Type != model.Company {
			t.Errorf("entity: %+v", d.Entity)
		}
		var rels []string
		for _, r := range d.Relations {
			rels = append(rels, r.Predicate+" "+r.Direction+" "+r.Other.ID+" "+r.Grade)
			if len(r.Evidence) != 1 || r.Evidence[0].DocumentURL != w.docURL {
				t.Errorf("relation %s %s: evidence %+v", r.Predicate, r.Other.ID, r.Evidence)
			}
		}
		slices.Sort(rels)
		want := []string{
			"OPERATES out " + w.park.ID + " reported",
			"OWNS in " + w.holding.ID + " official",
			"SANCTIONED_BY out " + w.ofac.ID + " official",
		}
		if !slices.Equal(rels, want) {
			t.Errorf("relations of sub:\n got %v\nwant %v", rels, want)
		}
		if len(d.Documents) != 1 || d.Documents[0].URL != w.docURL {
			t.Errorf("documents: %+v", d.Documents)
		}
		if code, msg := errorOf(t, h, "GET", "/api/entities/company:none-"+w.tag, ""); code != 404 || !strings.Contains(msg, "no entity") {
			t.Errorf("unknown entity: %d %q", code, msg)
		}
	})

	t.Run("evidence", func(t *testing.T) {
		var ev []graphdb.Evidence
		path := q("/api/evidence", "subject", w.holding.ID, "predicate", "OWNS", "object", w.sub.ID)
		if code := get(t, h, path, &ev); code != 200 {
			t.Fatalf("evidence: %d", code)
		}
		if len(ev) != 1 || ev[0].Quote != w.holding.Name+" OWNS "+w.sub.Name || ev[0].Grade != model.Official || ev[0].Document.URL != w.docURL {
			t.Errorf("evidence: %+v", ev)
		}
		if code, msg := errorOf(t, h, "GET", q("/api/evidence", "subject", w.holding.ID), ""); code != 400 || !strings.Contains(msg, "required") {
			t.Errorf("missing predicate: %d %q", code, msg)
		}
	})

	t.Run("unknown API path", func(t *testing.T) {
		if code, msg := errorOf(t, h, "GET", "/api/nothing-here", ""); code != 404 || !strings.Contains(msg, "/api/nothing-here") {
			t.Errorf("unknown path: %d %q", code, msg)
		}
		if code, msg := errorOf(t, h, "GET", "/api/cypher", ""); code != 404 || !strings.Contains(msg, "POST") {
			t.Errorf("GET /api/cypher: %d %q", code, msg)
		}
	})
}

// TestStats measures whole-graph counts, so it holds the exclusive lock: no other test writes
// while it compares the counts before and after loading its graph.
func TestStats(t *testing.T) {
	graphdbtest.Exclusive(t)
	s := storetest.Open(t)
	h := New(s, nil)
	var before, after graphdb.Stats
	if code := get(t, h, "/api/stats", &before); code != 200 {
		t.Fatalf("stats: %d", code)
	}
	w := loadWorld(t, s)
	if code := get(t, h, "/api/stats", &after); code != 200 {
		t.Fatalf("stats: %d", code)
	}
	diff := graphdb.Stats{Entities: after.Entities - before.Entities, Relations: after.Relations - before.Relations,
		Documents: after.Documents - before.Documents, Sources: after.Sources - before.Sources}
	want := graphdb.Stats{Entities: w.entityCount, Relations: w.relationCount, Documents: 1, Sources: 1}
	if diff != want {
		t.Errorf("stats grew by %+v, want %+v", diff, want)
	}
	var raw map[string]any
	get(t, h, "/api/stats", &raw)
	for _, k := range []string{"entities", "relations", "documents", "sources"} {
		if _, ok := raw[k].(float64); !ok {
			t.Errorf("/api/stats lacks the number %q: %v", k, raw)
		}
	}
}

func TestAnalyticsAPI(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	w := loadWorld(t, s)
	h := New(s, nil)

	t.Run("neighbourhood", func(t *testing.T) {
		for _, c := range []struct {
			depth, grade string
			nodes        []model.Entity
			edges        int
		}{
			{"1", "", []model.Entity{w.general, w.army, w.holding}, 2},
			{"", "", []model.Entity{w.general, w.army, w.holding, w.tycoon, w.sub, w.ofac}, 5}, // default depth 2
			{"2", "official", []model.Entity{w.general}, 0},
		} {
			var sg graphdb.Subgraph
			path := q("/api/entities/"+url.PathEscape(w.general.ID)+"/neighbourhood", "depth", c.depth, "min_grade", c.grade)
			if code := get(t, h, path, &sg); code != 200 {
				t.Fatalf("%s: %d", path, code)
			}
			var got, want []string
			for _, n := range sg.Nodes {
				got = append(got, n.ID)
			}
			for _, n := range c.nodes {
				want = append(want, n.ID)
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) || len(sg.Edges) != c.edges || sg.Truncated {
				t.Errorf("depth %q grade %q: nodes %v, %d edges; want %v, %d edges", c.depth, c.grade, got, len(sg.Edges), want, c.edges)
			}
			for _, e := range sg.Edges {
				if e.Grade == "" || e.EvidenceCount != 1 {
					t.Errorf("edge without grade or evidence count: %+v", e)
				}
			}
		}
		if code, msg := errorOf(t, h, "GET", "/api/entities/person:nobody-"+w.tag+"/neighbourhood", ""); code != 404 || !strings.Contains(msg, "no entity") {
			t.Errorf("unknown entity: %d %q", code, msg)
		}
	})

	t.Run("paths", func(t *testing.T) {
		var ans PathsAnswer
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID), &ans); code != 200 {
			t.Fatalf("shortest: %d", code)
		}
		if ans.Mode != "shortest" || ans.From.Name != w.general.Name || ans.To.Type != model.Compound || len(ans.Paths) != 1 {
			t.Fatalf("shortest paths: %+v", ans)
		}
		if got, want := chain(ans.Paths[0]), ids(w.general, w.holding, w.sub, w.park); got != want {
			t.Errorf("shortest path %s, want %s", got, want)
		}
		if got := grades(ans.Paths[0]); got != "DIRECTS:reported OWNS:official OPERATES:reported" {
			t.Errorf("grades along the path: %s", got)
		}

		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "all", "true", "max_hops", "4"), &ans); code != 200 {
			t.Fatalf("all: %d", code)
		}
		var got []string
		for _, p := range ans.Paths {
			got = append(got, chain(p))
		}
		// OFAC sanctions both companies: a path through it is no tie, so it is left out unless
		// the reader asks for hubs and SANCTIONED_BY links.
		want := []string{ids(w.general, w.holding, w.sub, w.park)}
		if ans.Mode != "all" || !slices.Equal(got, want) {
			t.Errorf("all paths up to 4 hops:\n got %v\nwant %v", got, want)
		}
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "all", "true", "max_hops", "4", "hubs", "1", "sanctions", "1"), &ans); code != 200 {
			t.Fatalf("all with hubs: %d", code)
		}
		got = got[:0]
		for _, p := range ans.Paths {
			got = append(got, chain(p))
		}
		want = []string{ids(w.general, w.holding, w.sub, w.park), ids(w.general, w.holding, w.ofac, w.sub, w.park)}
		if !slices.Equal(got, want) {
			t.Errorf("all paths through hubs and sanctions:\n got %v\nwant %v", got, want)
		}
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "all", "1", "max_hops", "4", "predicates", "DIRECTS,OWNS"), &ans); code != 200 || len(ans.Paths) != 0 {
			t.Errorf("without OPERATES: %d, %d paths (want none)", code, len(ans.Paths))
		}
		for _, bad := range []string{"predicates=OWNS,HATES", "since=yesterday", "since=2025-02-01&until=2025-01-01"} {
			if code, _ := errorOf(t, h, "GET", "/api/paths?from="+url.QueryEscape(w.general.ID)+"&to="+url.QueryEscape(w.park.ID)+"&"+bad, ""); code != 400 {
				t.Errorf("%s: %d, want 400", bad, code)
			}
		}
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "all", "1", "max_hops", "4", "limit", "1"), &ans); code != 200 || len(ans.Paths) != 1 {
			t.Errorf("limit 1: %d, %d paths", code, len(ans.Paths))
		}
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "min_grade", "official"), &ans); code != 200 || len(ans.Paths) != 0 || ans.Paths == nil {
			t.Errorf("official only: %d %+v (want no path, as [])", code, ans.Paths)
		}
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "max_hops", "2"), &ans); code != 200 || len(ans.Paths) != 0 {
			t.Errorf("2 hops: %d %+v (want none)", code, ans.Paths)
		}
		if code, msg := errorOf(t, h, "GET", q("/api/paths", "from", w.general.ID, "to", "compound:none-"+w.tag), ""); code != 404 || !strings.Contains(msg, "compound:none-"+w.tag) {
			t.Errorf("unknown target: %d %q", code, msg)
		}
	})

	t.Run("owners", func(t *testing.T) {
		for _, c := range []struct {
			grade string
			want  []string
		}{
			{"", []string{ids(w.tycoon, w.holding, w.sub, w.park)}},
			{"reported", []string{ids(w.holding, w.sub, w.park)}}, // the tycoon's stake is only alleged
			{"official", nil}, // sub OPERATES park is reported
		} {
			var ans OwnersAnswer
			if code := get(t, h, q("/api/entities/"+url.PathEscape(w.park.ID)+"/owners", "min_grade", c.grade), &ans); code != 200 {
				t.Fatalf("owners: %d", code)
			}
			var got []string
			for _, p := range ans.Chains {
				got = append(got, chain(p))
			}
			if ans.Entity.ID != w.park.ID || !slices.Equal(got, c.want) || ans.Chains == nil {
				t.Errorf("owners at %q: %v, want %v", c.grade, got, c.want)
			}
		}
	})

	t.Run("complicity", func(t *testing.T) {
		var ans ComplicityAnswer
		if code := get(t, h, "/api/compounds/"+url.PathEscape(w.park.ID)+"/complicity", &ans); code != 200 {
			t.Fatalf("complicity: %d", code)
		}
		if len(ans.Paths) != 1 {
			t.Fatalf("complicity paths: %+v", ans.Paths)
		}
		p := ans.Paths[0]
		if got, want := chain(p.Path), ids(w.general, w.holding, w.sub, w.park); got != want {
			t.Errorf("complicity path %s, want %s", got, want)
		}
		if len(p.Roles) != 1 || p.Roles[0].Predicate != model.MemberOf || p.Roles[0].Organization.ID != w.army.ID || p.Roles[0].Grade != model.Reported {
			t.Errorf("roles: %+v", p.Roles)
		}
		if code, msg := errorOf(t, h, "GET", "/api/compounds/"+url.PathEscape(w.holding.ID)+"/complicity", ""); code != 400 || !strings.Contains(msg, "Company") {
			t.Errorf("complicity of a company: %d %q", code, msg)
		}
	})

	t.Run("sanctioned networks", func(t *testing.T) {
		for _, c := range []struct {
			grade   string
			members []model.Entity
			edges   int
		}{
			{"", []model.Entity{w.holding, w.sub, w.tycoon}, 2},
			{"official", []model.Entity{w.holding, w.sub}, 1},
		} {
			var nets []graphdb.SanctionedNetwork
			if code := get(t, h, q("/api/sanctioned-networks", "min_grade", c.grade), &nets); code != 200 {
				t.Fatalf("sanctioned: %d", code)
			}
			var mine []graphdb.SanctionedNetwork
			for _, n := range nets {
				if strings.Contains(n.Members[0].ID, w.tag) {
					mine = append(mine, n)
				}
			}
			if len(mine) != 1 {
				t.Fatalf("grade %q: %d networks of the test graph, want 1: %+v", c.grade, len(mine), mine)
			}
			var got, want []string
			for _, m := range mine[0].Members {
				got = append(got, m.ID)
				if len(m.Authorities) != 1 || m.Authorities[0].ID != w.ofac.ID {
					t.Errorf("authorities of %s: %+v", m.ID, m.Authorities)
				}
			}
			for _, m := range c.members {
				want = append(want, m.ID)
			}
			slices.Sort(want)
			if !slices.Equal(got, want) || len(mine[0].Edges) != c.edges {
				t.Errorf("grade %q: members %v and %d edges, want %v and %d", c.grade, got, len(mine[0].Edges), want, c.edges)
			}
		}
	})

	t.Run("centrality", func(t *testing.T) {
		var ranked []graphdb.Ranked
		if code := get(t, h, q("/api/centrality", "type", "Person", "limit", "1000"), &ranked); code != 200 {
			t.Fatalf("centrality: %d", code)
		}
		pos := map[string]int{}
		for i, r := range ranked {
			if r.Type != model.Person {
				t.Errorf("type=Person returned %+v", r)
			}
			if i > 0 && r.PageRank > ranked[i-1].PageRank {
				t.Errorf("not ranked: %v after %v", r.PageRank, ranked[i-1].PageRank)
			}
			pos[r.ID] = i
		}
		ti, ok1 := pos[w.tycoon.ID]
		gi, ok2 := pos[w.general.ID]
		if !ok1 || !ok2 || ti >= gi {
			t.Fatalf("the tycoon (owner of %d companies) should rank above the general: %d %v, %d %v", w.shellSize, ti, ok1, gi, ok2)
		}
		if d := ranked[ti].Degree; d != w.shellSize+2 {
			t.Errorf("tycoon degree %d, want %d", d, w.shellSize+2)
		}
		if code := get(t, h, "/api/centrality?type=Company,Compound&limit=3", &ranked); code != 200 || len(ranked) == 0 || len(ranked) > 3 {
			t.Fatalf("two types, limit 3: %d %d", code, len(ranked))
		}
		for _, r := range ranked {
			if r.Type != model.Company && r.Type != model.Compound {
				t.Errorf("type=Company,Compound returned %+v", r)
			}
		}
	})

	t.Run("cypher", func(t *testing.T) {
		var res graphdb.CypherResult
		body := fmt.Sprintf(`{"query": "MATCH (e:Company) WHERE e.id CONTAINS $tag RETURN e.name AS name ORDER BY name LIMIT $n", "params": {"tag": %q, "n": 3}}`, w.tag)
		if code := do(t, h, "POST", "/api/cypher", body, &res); code != 200 {
			t.Fatalf("cypher: %d %+v", code, res)
		}
		if !slices.Equal(res.Columns, []string{"name"}) || len(res.Rows) != 3 || res.Rows[0][0] != w.holding.Name || res.Truncated {
			t.Errorf("cypher answer: %+v", res)
		}
		body = fmt.Sprintf(`{"query": "MATCH (e:Entity) WHERE e.id CONTAINS $tag RETURN e.id", "params": {"tag": %q}, "max_rows": 4}`, w.tag)
		if code := do(t, h, "POST", "/api/cypher", body, &res); code != 200 || len(res.Rows) != 4 || !res.Truncated {
			t.Errorf("max_rows 4: %d, %d rows, truncated %v", code, len(res.Rows), res.Truncated)
		}
		srv := New(s, nil)
		srv.SetCypherLimits(0, 5)
		body = fmt.Sprintf(`{"query": "MATCH (e:Entity) WHERE e.id CONTAINS $tag RETURN e.id", "params": {"tag": %q}, "max_rows": 100}`, w.tag)
		if code := do(t, srv, "POST", "/api/cypher", body, &res); code != 200 || len(res.Rows) != 5 || !res.Truncated {
			t.Errorf("server cap 5 rows: %d, %d rows, truncated %v", code, len(res.Rows), res.Truncated)
		}

		for _, c := range []struct{ name, body, want string }{
			{"write", `{"query": "MATCH (e:Entity {id: 'x'}) SET e.name = 'pwned' RETURN e"}`, "read-only"},
			{"create", `{"query": "CREATE (n:Pwned) RETURN n"}`, "read-only"},
			{"load csv", `{"query": "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"}`, "read-only"},
			{"syntax", `{"query": "MATCH (n RETURN n"}`, "cypher:"},
			{"empty", `{"query": "  "}`, "query is required"},
			{"not JSON", `MATCH (n) RETURN n`, "JSON"},
			{"unknown field", `{"query": "RETURN 1", "timeout": 999}`, "timeout"},
			{"rows out of range", `{"query": "RETURN 1", "max_rows": 20000}`, "max_rows"},
		} {
			code, msg := errorOf(t, h, "POST", "/api/cypher", c.body)
			if code != 400 || !strings.Contains(msg, c.want) {
				t.Errorf("%s: %d %q, want 400 mentioning %q", c.name, code, msg, c.want)
			}
		}
		var n graphdb.CypherResult
		if code := do(t, h, "POST", "/api/cypher", `{"query": "MATCH (n:Pwned) RETURN count(n) AS n"}`, &n); code != 200 || n.Rows[0][0] != float64(0) {
			t.Errorf("a refused write left a node behind: %d %+v", code, n)
		}
		big := `{"query": "RETURN 1", "params": {"x": "` + strings.Repeat("a", maxCypherBody) + `"}}`
		if code, msg := errorOf(t, h, "POST", "/api/cypher", big); code != 413 || !strings.Contains(msg, "KiB") {
			t.Errorf("oversized body: %d %q", code, msg)
		}

		slow := New(s, nil)
		slow.SetCypherLimits(time.Second, 0)
		start := time.Now()
		code, msg := errorOf(t, slow, "POST", "/api/cypher", `{"query": "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)"}`)
		if code != 400 || !strings.Contains(msg, "time limit") {
			t.Errorf("slow query: %d %q, want 400 naming the time limit", code, msg)
		}
		if d := time.Since(start); d > 8*time.Second {
			t.Errorf("slow query took %s to stop with a 1s limit", d)
		}
	})

	t.Run("time limit", func(t *testing.T) {
		hasty := New(s, nil)
		hasty.SetAnalyticsTimeout(time.Nanosecond)
		for _, path := range []string{
			q("/api/paths", "from", w.general.ID, "to", w.park.ID, "max_hops", "8"),
			"/api/centrality",
			"/api/entities/" + url.PathEscape(w.park.ID) + "/owners",
		} {
			if code, msg := errorOf(t, hasty, "GET", path, ""); code != http.StatusGatewayTimeout || !strings.Contains(msg, "did not answer in time") {
				t.Errorf("%s with no time: %d %q, want 504", path, code, msg)
			}
		}
		var ans PathsAnswer
		if code := get(t, h, q("/api/paths", "from", w.general.ID, "to", w.park.ID, "max_hops", "8"), &ans); code != 200 || len(ans.Paths) != 1 {
			t.Errorf("shortest paths may use 8 hops: %d %+v", code, ans.Paths)
		}
	})

	t.Run("parameters", func(t *testing.T) {
		gen := url.PathEscape(w.general.ID)
		for _, c := range []struct{ path, want string }{
			{"/api/entities/" + gen + "/neighbourhood?depth=9", "depth must be a whole number from 1 to 4"},
			{"/api/entities/" + gen + "/neighbourhood?depth=0", "depth"},
			{"/api/entities/" + gen + "/neighbourhood?depth=two", "depth"},
			{"/api/entities/" + gen + "/neighbourhood?min_grade=rumour", "min_grade must be one of official, reported, alleged, co-mentioned"},
			{"/api/paths?from=" + gen, "to is required"},
			{"/api/paths?to=" + gen, "from is required"},
			{"/api/paths?from=" + gen + "&to=" + gen, "different"},
			{"/api/paths?from=a&to=b&max_hops=9", "max_hops must be a whole number from 1 to 8"},
			{"/api/paths?from=a&to=b&all=true&max_hops=7", "max_hops must be a whole number from 1 to 6"},
			{"/api/compounds/x/complicity?max_hops=7", "max_hops must be a whole number from 1 to 6"},
			{"/api/paths?from=a&to=b&all=maybe", "all must be true or false"},
			{"/api/paths?from=a&to=b&limit=501", "limit must be a whole number from 1 to 500"},
			{"/api/entities/" + gen + "/owners?max_hops=-1", "max_hops"},
			{"/api/compounds/x/complicity?limit=0", "limit"},
			{"/api/sanctioned-networks?min_grade=OFFICIAL", "min_grade"},
			{"/api/centrality?type=Robot", "type must be one of Person, Company, Compound, Organization, Location"},
			{"/api/centrality?limit=1001", "limit must be a whole number from 1 to 1000"},
		} {
			code, msg := errorOf(t, h, "GET", c.path, "")
			if code != 400 || !strings.Contains(msg, c.want) {
				t.Errorf("%s: %d %q, want 400 with %q", c.path, code, msg, c.want)
			}
		}
	})
}

func TestPlainNumbers(t *testing.T) {
	req, err := decodeCypherRequest([]byte(`{"query": "RETURN $a", "params": {"a": 3, "b": 2.5, "c": [1, {"d": 7}], "e": "s"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := req.Params["a"].(int64); !ok || v != 3 {
		t.Errorf("a = %#v, want int64 3", req.Params["a"])
	}
	if v, ok := req.Params["b"].(float64); !ok || v != 2.5 {
		t.Errorf("b = %#v, want 2.5", req.Params["b"])
	}
	c := req.Params["c"].([]any)
	if v, ok := c[0].(int64); !ok || v != 1 {
		t.Errorf("c[0] = %#v", c[0])
	}
	if v, ok := c[1].(map[string]any)["d"].(int64); !ok || v != 7 {
		t.Errorf("c[1].d = %#v", c[1])
	}
	if req.Params["e"] != "s" {
		t.Errorf("e = %#v", req.Params["e"])
	}
}
