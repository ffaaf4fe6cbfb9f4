package graphdb

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// analysisFixture is a small world for the analysis schema: an outlet that names itself, a
// sanctions list, a page without metadata, a compound located in a place whose country the
// gazetteer knows, and a symmetric claim.
type analysisFixture struct {
	tag                      string
	park, operator, place    model.Entity
	guard                    model.Entity
	sister, brother          model.Entity
	article, list, plainPage model.Document
}

func newAnalysisFixture(tag string) *analysisFixture {
	f := &analysisFixture{tag: tag}
	f.park = ent(model.Compound, "Moei Park "+tag)
	f.operator = ent(model.Company, "Moei Holdings "+tag)
	f.place = model.Entity{ID: "location:myawaddy-" + tag, Name: "Myawaddy", Type: model.Location,
		Mentions: []model.Mention{{Start: 0, End: 8, Text: "Myawaddy"}}}
	f.guard = ent(model.Organization, "Moei Border Guard "+tag)
	f.guard.Country = "Myanmar" // a body whose source names its country keeps it
	f.sister = ent(model.Person, "Ana Moei "+tag)
	f.brother = ent(model.Person, "Bo Moei "+tag)
	early := time.Date(2024, 1, 10, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	late := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	f.article = model.Document{URL: "https://ledger.test.invalid/" + tag + "/a", Title: "Moei Park", Published: &early,
		Kind: "article", Publisher: "Mekong Ledger", Text: "Moei Holdings reportedly runs Moei Park near Myawaddy.",
		Entities: []model.Entity{f.park, f.operator, f.place, f.guard},
		Relations: []model.Relation{
			rel(f.guard, model.Protects, f.park, model.Alleged, "Moei Border Guard reportedly shields Moei Park.", 0.5),
			rel(f.operator, model.Operates, f.park, model.Alleged, "Moei Holdings reportedly runs Moei Park.", 0.6),
			rel(f.park, model.LocatedIn, f.place, model.Reported, "Moei Park near Myawaddy.", 0.8)}}
	f.list = model.Document{URL: "https://list.test.invalid/" + tag + "#1", Title: "Entry", Published: &late, Kind: "ofac",
		Text: "Moei Holdings operates Moei Park.", Entities: []model.Entity{f.park, f.operator},
		Relations: []model.Relation{rel(f.operator, model.Operates, f.park, model.Official, "Moei Holdings operates Moei Park.", 1)}}
	// The larger id first, so the loader has to turn the symmetric claim around.
	f.plainPage = model.Document{URL: "https://www.news-" + tag + ".test.invalid:8443/b", Title: "Family", Kind: "article",
		Text: "Bo Moei is the brother of Ana Moei.", Entities: []model.Entity{f.brother, f.sister},
		Relations: []model.Relation{rel(f.brother, model.FamilyOf, f.sister, model.Reported, "Bo Moei is the brother of Ana Moei.", 0.9)}}
	return f
}

func (f *analysisFixture) load(t *testing.T, s *Store) {
	t.Helper()
	src := SourceInfo{Name: "test-analysis-" + f.tag, Kind: "rss", URL: "https://feed.test.invalid/" + f.tag}
	seen := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) // the same each load, so a reload changes nothing
	if _, err := s.Load(context.Background(), src, []model.Document{f.article, f.list, f.plainPage}, seen); err != nil {
		t.Fatal(err)
	}
}

func TestAnalysisProperties(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	f := newAnalysisFixture(tag)
	f.load(t, s)

	// Publisher: what the page says, else what the parser implies, else the host without port.
	recs, err := s.collect(ctx, `MATCH (d:Document) WHERE d.url CONTAINS $tag RETURN d.url AS url, d.publisher AS p, d.source AS src`,
		map[string]any{"tag": tag})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{f.article.URL: "Mekong Ledger", f.list.URL: "U.S. Treasury OFAC",
		f.plainPage.URL: "news-" + tag + ".test.invalid"}
	for _, r := range recs {
		url := asString(get(r, "url"))
		if got := asString(get(r, "p")); got != want[url] {
			t.Errorf("publisher of %s = %q, want %q", url, got, want[url])
		}
		if got := asString(get(r, "src")); got != "test-analysis-"+tag {
			t.Errorf("source of %s = %q: the crawl source must stay apart from the publisher", url, got)
		}
	}
	if len(recs) != 3 {
		t.Fatalf("%d documents, want 3", len(recs))
	}

	// Country: the place's own, and the compound's through LOCATED_IN.
	for id, want := range map[string]string{f.place.ID: "Myanmar", f.park.ID: "Myanmar", f.operator.ID: "", f.guard.ID: "Myanmar"} {
		recs, err := s.collect(ctx, `MATCH (e:Entity {id: $id}) RETURN e.country AS c`, map[string]any{"id": id})
		if err != nil || len(recs) != 1 {
			t.Fatalf("entity %s: %v", id, err)
		}
		if got := asString(get(recs[0], "c")); got != want {
			t.Errorf("country of %s = %q, want %q", id, got, want)
		}
	}

	// First and last reported: the publication dates of the documents behind the edge.
	p := edgeProps(t, s, f.operator.ID, model.Operates, f.park.ID)
	first, last := asTime(p["first_reported"]), asTime(p["last_reported"])
	if !first.Equal(*f.article.Published) || !last.Equal(*f.list.Published) {
		t.Errorf("OPERATES reported %v .. %v, want %v .. %v", first, last, *f.article.Published, *f.list.Published)
	}
	if p["grade"] != model.Official || asInt(p["evidence_count"]) != 2 {
		t.Errorf("OPERATES edge %v, want official with 2 evidence records", p)
	}

	// A reload changes nothing (new properties included).
	before := snapshot(t, s, tag)
	f.load(t, s)
	if after := snapshot(t, s, tag); !slices.Equal(before, after) {
		t.Errorf("reload changed the graph:\nbefore %v\nafter  %v", before, after)
	}

	// The export carries the strongest quote with its document and date.
	var found bool
	err = s.ExportEdges(ctx, ExportScope{Source: "test-analysis-" + tag}, func(e ExportEdge) error {
		if e.Predicate == model.Operates && e.Subject == f.operator.ID {
			found = true
			if e.Quote != "Moei Holdings operates Moei Park." || e.QuoteURL != f.list.URL || e.QuoteGrade != model.Official ||
				e.QuoteDate == nil || !e.QuoteDate.Equal(*f.list.Published) {
				t.Errorf("strongest quote %q %s %s %v, want the list's", e.Quote, e.QuoteURL, e.QuoteGrade, e.QuoteDate)
			}
			if e.FirstReported == nil || !e.FirstReported.Equal(*f.article.Published) {
				t.Errorf("export first_reported %v", e.FirstReported)
			}
		}
		return nil
	})
	if err != nil || !found {
		t.Fatalf("export edges: %v (found %v)", err, found)
	}
}

func TestEdgeKeys(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	f := newAnalysisFixture(tag)
	f.load(t, s)

	stored := relKey(f.brother.ID, model.FamilyOf, f.sister.ID)
	reversed := relKey(f.sister.ID, model.FamilyOf, f.brother.ID)
	if f.sister.ID < f.brother.ID {
		stored, reversed = reversed, stored
	}
	for _, key := range []string{stored, reversed} {
		e, err := s.EdgeByKey(ctx, key)
		if err != nil || e == nil {
			t.Fatalf("EdgeByKey(%q) = %v, %v", key, e, err)
		}
		if e.Key != stored || e.Quote != "Bo Moei is the brother of Ana Moei." {
			t.Errorf("EdgeByKey(%q) = key %q quote %q", key, e.Key, e.Quote)
		}
		ev, err := s.EvidenceByKey(ctx, key)
		if err != nil || len(ev) != 1 {
			t.Errorf("EvidenceByKey(%q) = %d records, %v", key, len(ev), err)
		}
	}
	// A directed predicate is not turned around: the other order is another (absent) edge.
	if e, err := s.EdgeByKey(ctx, relKey(f.park.ID, model.Operates, f.operator.ID)); err != nil || e != nil {
		t.Errorf("reversed OPERATES key found %v, %v", e, err)
	}
	if k, err := CanonicalKey(f.sister.ID, model.FamilyOf, f.brother.ID); err != nil || k != stored {
		t.Errorf("CanonicalKey = %q, %v; want %q", k, err, stored)
	}
	for _, bad := range []string{"", "a|b", "a|NOT_A_PREDICATE|b", "|OWNS|b", "a|OWNS|", "a|owns|b"} {
		if _, err := s.EdgeByKey(ctx, bad); err == nil || !strings.Contains(err.Error(), "subject|PREDICATE|object") {
			t.Errorf("EdgeByKey(%q) error = %v, want one that shows the key's form", bad, err)
		}
	}
	if _, err := CanonicalKey("a", "owns", "b"); err == nil {
		t.Error("CanonicalKey accepted a predicate outside the vocabulary")
	}
}

// planOperators returns every operator of a query's plan (EXPLAIN: nothing runs).
func planOperators(t *testing.T, s *Store, query string, params map[string]any) []string {
	t.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "EXPLAIN "+query, params)
	if err != nil {
		t.Fatalf("EXPLAIN %s: %v", query, err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		t.Fatalf("EXPLAIN %s: %v", query, err)
	}
	var ops []string
	var walk func(neo4j.Plan)
	walk = func(p neo4j.Plan) {
		ops = append(ops, p.Operator())
		for _, c := range p.Children() {
			walk(c)
		}
	}
	walk(sum.Plan())
	return ops
}

// TestAnalysisIndexesUsed checks that the questions the notebooks and docs/queries.md ask
// enter the graph through the indexes the analysis schema made.
func TestAnalysisIndexesUsed(t *testing.T) {
	s := openTest(t, false)
	for _, c := range []struct{ name, query, op string }{
		{"evidence of an edge", "MATCH (ev:Evidence {rel_key: $key}) RETURN ev.quote", "NodeIndexSeek"},
		{"edge of an evidence key", "MATCH (s:Entity)-[r:OWNS {key: $key}]->(o:Entity) RETURN r.grade", "DirectedRelationshipIndexSeek"},
		{"symmetric edge by key", "MATCH (s:Entity)-[r:FAMILY_OF {key: $key}]->(o:Entity) RETURN r.grade", "DirectedRelationshipIndexSeek"},
		{"documents of a source", "MATCH (d:Document {source: $source}) RETURN d.url", "NodeIndexSeek"},
		{"documents of a publisher", "MATCH (d:Document) WHERE d.publisher = $p RETURN d.url", "NodeIndexSeek"},
		{"evidence by predicate", "MATCH (ev:Evidence) WHERE ev.predicate = $p RETURN count(ev)", "NodeIndexSeek"},
		{"evidence by predicate and grade", "MATCH (ev:Evidence) WHERE ev.predicate = $p AND ev.grade_rank <= 1 RETURN ev.quote", "NodeIndexSeek"},
		{"evidence since a date", "MATCH (ev:Evidence) WHERE ev.published >= datetime($since) RETURN count(ev)", "NodeIndexSeekByRange"},
		{"edges by grade", "MATCH (:Entity)-[r:SANCTIONED_BY]->(:Entity) WHERE r.grade_rank <= 0 RETURN count(r)", "RelationshipIndexSeekByRange"},
		{"entities of a country", "MATCH (e:Entity) WHERE e.country = $c RETURN e.id", "NodeIndexSeek"},
		{"alias look-up", "MATCH (e:Entity) WHERE e.search CONTAINS toLower($n) AND $n IN e.aliases RETURN e.id", "NodeIndexContainsScan"},
		{"quotes by words", "CALL db.index.fulltext.queryNodes('evidence_quotes', $q) YIELD node RETURN node.quote", "ProcedureCall"},
		{"documents by words", "CALL db.index.fulltext.queryNodes('document_text', $q) YIELD node RETURN node.url", "ProcedureCall"},
	} {
		params := map[string]any{"key": "a|OWNS|b", "source": "x", "p": "OWNS", "since": "2025-01-01T00:00:00Z", "c": "Myanmar",
			"n": "x", "q": "raid"}
		ops := planOperators(t, s, c.query, params)
		if !slices.ContainsFunc(ops, func(op string) bool { return strings.Contains(op, c.op) }) {
			t.Errorf("%s: plan %v has no %s", c.name, ops, c.op)
		}
		if slices.ContainsFunc(ops, func(op string) bool { return strings.HasPrefix(op, "AllNodesScan") }) {
			t.Errorf("%s: plan %v scans all nodes", c.name, ops)
		}
	}
}

// researcherQueries returns the Cypher blocks of the researchers' section of docs/queries.md.
func researcherQueries(t *testing.T) []string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "..", "docs", "queries.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start := strings.Index(doc, "\n## Questions researchers ask")
	if start < 0 {
		t.Fatal(`docs/queries.md has no "## Questions researchers ask" section`)
	}
	section := doc[start+1:]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	var out []string
	for _, m := range regexp.MustCompile("(?s)```cypher\n(.*?)```").FindAllStringSubmatch(section, -1) {
		for _, q := range strings.Split(m[1], "\n\n") {
			if q = strings.TrimSpace(q); q != "" && !strings.HasPrefix(q, "//") {
				out = append(out, q)
			}
		}
	}
	return out
}

// TestResearcherQueriesDoNotWarn plans every query docs/queries.md gives researchers and fails
// on any warning the driver reports: a relationship type with no edges yet (RAIDED), a
// property no load wrote, a deprecated form such as CALL { WITH ... }.
func TestResearcherQueriesDoNotWarn(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	// Every label and property the queries name exists once something is loaded; on a graph
	// loaded by an older build a missing one would warn, and that is what this test is for.
	newAnalysisFixture(tag).load(t, s)
	queries := researcherQueries(t)
	if len(queries) < 8 {
		t.Fatalf("found %d researcher queries in docs/queries.md", len(queries))
	}
	params := map[string]any{"id": "compound:kk-park", "ids": []any{"compound:kk-park"}, "key": "a|OWNS|b",
		"keys": []any{"a|OWNS|b"}, "name": "KK Park", "source": "mekong-ledger", "publisher": "Mekong Ledger",
		"predicate": "OPERATES", "maxRank": 2, "since": "2025-01-01T00:00:00Z", "q": "raid", "country": "Myanmar"}
	var sawRaided bool
	for _, q := range queries {
		sawRaided = sawRaided || strings.Contains(q, "RAIDED")
		sess := s.session(ctx, neo4j.AccessModeRead)
		res, err := sess.Run(ctx, "EXPLAIN "+q, params)
		var sum neo4j.ResultSummary
		if err == nil {
			sum, err = res.Consume(ctx)
		}
		sess.Close(ctx)
		if err != nil {
			t.Errorf("EXPLAIN %s: %v", q, err)
			continue
		}
		for _, st := range sum.GqlStatusObjects() {
			if st.RawSeverity() == "WARNING" {
				t.Errorf("%s\nwarns: %s %s", q, st.GqlStatus(), st.StatusDescription())
			}
		}
	}
	if !sawRaided {
		t.Error("no researcher query names RAIDED: the warning test would not notice the type missing")
	}
}
