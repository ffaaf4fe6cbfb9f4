package graphdb

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// fixture is a small known set of documents about one made-up network. Every name carries
// the test's tag so the data is the test's own.
type fixture struct {
	tag                                 string
	chen, prince, park, town, ofac, wif model.Entity
	han, evilCo, evilPerson             model.Entity
	news, list                          SourceInfo
	newsDocs, listDocs                  []model.Document
	published                           time.Time
}

func newFixture(tag string) *fixture {
	f := &fixture{tag: tag, published: time.Date(2025, 10, 15, 8, 30, 0, 0, time.FixedZone("ICT", 7*3600))}
	f.chen = ent(model.Person, "Chen Zhi "+tag, "陈志"+hanName(tag))
	f.prince = ent(model.Company, "Prince Holding Group "+tag, "Prince Group "+tag)
	f.prince.Identifiers = []model.Identifier{{Scheme: "registration", Value: "KH-" + tag}}
	f.park = ent(model.Compound, "Golden Fortune Park "+tag)
	f.town = ent(model.Location, "Sihanoukville "+tag)
	f.ofac = ent(model.Organization, "OFAC "+tag)
	f.wif = ent(model.Person, "Wife Of Chen "+tag)
	f.han = ent(model.Person, hanName(tag))
	f.evilCo = ent(model.Company, "Evil'}) MATCH (n) DETACH DELETE n // "+tag)
	f.evilPerson = ent(model.Person, "x\"]->() WITH 1 AS x MATCH (n) DETACH DELETE n; CREATE (:Pwned "+tag+") //")
	f.news = SourceInfo{Name: "test-news-" + tag, Kind: "rss", URL: "https://news.test.invalid/" + tag + "/feed", Extractor: "extract/test-1"}
	f.list = SourceInfo{Name: "test-list-" + tag, Kind: "ofac", URL: "https://list.test.invalid/" + tag, Extractor: "extract/test-1"}
	pub := f.published
	url := func(host, p string) string { return "https://" + host + ".test.invalid/" + tag + "/" + p }
	f.newsDocs = []model.Document{
		{
			URL: url("news", "a"), Title: "Prince Group runs a compound", Published: &pub, Language: "en",
			Text: "Chen Zhi chairs Prince Group. The group runs Golden Fortune Park.", Kind: "article", Capture: "cap-a-" + tag,
			Entities: []model.Entity{f.chen, f.prince, f.park, f.town, f.wif, f.evilCo, f.evilPerson},
			Relations: []model.Relation{
				rel(f.chen, model.Directs, f.prince, model.Reported, "Chen Zhi is chairman of Prince Holding Group.", 0.9),
				rel(f.prince, model.Operates, f.park, model.Alleged, "Workers say Prince Group runs Golden Fortune Park.", 0.7),
				rel(f.park, model.LocatedIn, f.town, model.Reported, "Golden Fortune Park, in Sihanoukville.", 0.95),
				rel(f.chen, model.MentionedWith, f.park, model.CoMentioned, "Chen Zhi ... Golden Fortune Park.", 0.3),
				rel(f.chen, model.FamilyOf, f.wif, model.Reported, "Chen Zhi's wife ...", 0.8),
				rel(f.evilCo, model.Owns, f.park, model.Reported, "Evil Co owns the park.", 0.6),
			},
		},
		{
			URL: url("news", "c"), Title: "Chen denies", Language: "en", Kind: "article",
			Text:     "Chen Zhi denied that he is chairman of Prince Group.",
			Entities: []model.Entity{f.chen, f.prince, f.wif},
			Relations: []model.Relation{
				denied(rel(f.chen, model.Directs, f.prince, model.Alleged, "Chen Zhi denied that he is chairman of Prince Holding Group.", 0.6)),
				// The same family tie stated the other way round.
				rel(f.wif, model.FamilyOf, f.chen, model.Reported, "She is married to Chen Zhi.", 0.85),
			},
		},
		{
			URL: url("news", "d"), Title: "汉字报道", Language: "zh", Kind: "article",
			Text:      hanName(tag) + "受雇于太子集团。",
			Entities:  []model.Entity{f.han, f.prince},
			Relations: []model.Relation{rel(f.han, model.EmployedBy, f.prince, model.Reported, hanName(tag)+"受雇于太子集团。", 0.8)},
		},
	}
	f.listDocs = []model.Document{{
		URL: url("list", "sdn"), Title: "SDN entry", Published: &pub, Language: "en", Kind: "ofac",
		Text:     "PRINCE HOLDING GROUP; operator of Golden Fortune Park.",
		Entities: []model.Entity{f.prince, f.park, f.ofac},
		Relations: []model.Relation{
			rel(f.prince, model.SanctionedBy, f.ofac, model.Official, "PRINCE HOLDING GROUP [TCO]", 1),
			rel(f.prince, model.Operates, f.park, model.Official, "operator of Golden Fortune Park", 1),
		},
	}}
	return f
}

func (f *fixture) load(t *testing.T, s *Store, seen time.Time) LoadStats {
	t.Helper()
	ctx := context.Background()
	a, err := s.Load(ctx, f.news, f.newsDocs, seen)
	if err != nil {
		t.Fatalf("load news: %v", err)
	}
	b, err := s.Load(ctx, f.list, f.listDocs, seen)
	if err != nil {
		t.Fatalf("load list: %v", err)
	}
	a.add(b)
	return a
}

func summaryMaps(sum *Summary) (types map[string]int, grades map[string]int, contested map[string]int) {
	types, grades, contested = map[string]int{}, map[string]int{}, map[string]int{}
	for _, tc := range sum.EntitiesByType {
		types[tc.Type] = tc.Count
	}
	for _, pc := range sum.Relations {
		for g, n := range pc.ByGrade {
			grades[pc.Predicate+"/"+g] = n
		}
		contested[pc.Predicate] = pc.Contested
	}
	return
}

func TestLoadAndQuery(t *testing.T) {
	s := openTest(t, true) // measures whole-graph counts
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	f := newFixture(tag)

	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sumBefore, err := s.Summary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	ls := f.load(t, s, seen)
	if ls.Documents != 4 || ls.Skipped != 0 {
		t.Errorf("load stats = %+v, want 4 documents and nothing skipped", ls)
	}

	// Stats: 9 entities; typed edges DIRECTS, OPERATES, LOCATED_IN, FAMILY_OF, OWNS,
	// EMPLOYED_BY, SANCTIONED_BY = 7 (MENTIONED_WITH is not counted); 4 documents; 2 sources.
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Entities: 9, Relations: 7, Documents: 4, Sources: 2}
	got := Stats{after.Entities - before.Entities, after.Relations - before.Relations,
		after.Documents - before.Documents, after.Sources - before.Sources}
	if got != want {
		t.Errorf("stats grew by %+v, want %+v", got, want)
	}

	sumAfter, err := s.Summary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sumAfter.Stats != after {
		t.Errorf("summary stats %+v != stats %+v", sumAfter.Stats, after)
	}
	tb, gb, cb := summaryMaps(sumBefore)
	ta, ga, ca := summaryMaps(sumAfter)
	for typ, n := range map[string]int{model.Person: 4, model.Company: 2, model.Compound: 1, model.Organization: 1, model.Location: 1} {
		if d := ta[typ] - tb[typ]; d != n {
			t.Errorf("%s entities grew by %d, want %d", typ, d, n)
		}
	}
	for key, n := range map[string]int{
		"DIRECTS/reported": 1, "OPERATES/official": 1, "OPERATES/alleged": 0, "LOCATED_IN/reported": 1,
		"FAMILY_OF/reported": 1, "OWNS/reported": 1, "EMPLOYED_BY/reported": 1, "SANCTIONED_BY/official": 1,
		"MENTIONED_WITH/co-mentioned": 1, "DIRECTS/alleged": 0,
	} {
		if d := ga[key] - gb[key]; d != n {
			t.Errorf("%s edges grew by %d, want %d", key, d, n)
		}
	}
	if d := ca["DIRECTS"] - cb["DIRECTS"]; d != 1 {
		t.Errorf("contested DIRECTS edges grew by %d, want 1", d)
	}
	docsBySource := map[string]int{}
	for _, sc := range sumAfter.DocumentsBySource {
		docsBySource[sc.Source] = sc.Documents
	}
	if docsBySource[f.news.Name] != 3 || docsBySource[f.list.Name] != 1 {
		t.Errorf("documents by source: news %d list %d, want 3 and 1", docsBySource[f.news.Name], docsBySource[f.list.Name])
	}

	t.Run("search", func(t *testing.T) {
		cases := []struct {
			q, typ, wantFirst, wantMatch string
		}{
			{strings.ToUpper("prince holding group " + tag), "", f.prince.ID, "exact"},
			{"Prince Group " + tag, "", f.prince.ID, "alias"},
			{"chen zhi", "", "", ""}, // common words: just must not fail
			{hanName(tag), "", f.han.ID, "exact"},
			{hanName(tag)[:6], model.Person, "", ""}, // a Han prefix (two characters)
			{"陈志" + hanName(tag), "", f.chen.ID, "alias"},
			{"fortune park " + tag, model.Compound, f.park.ID, "name"},
		}
		for _, c := range cases {
			hits, err := s.SearchEntities(ctx, c.q, c.typ, 10)
			if err != nil {
				t.Fatalf("search %q: %v", c.q, err)
			}
			if c.wantFirst == "" {
				continue
			}
			if len(hits) == 0 || hits[0].ID != c.wantFirst || hits[0].Match != c.wantMatch {
				t.Errorf("search %q: got %+v, want first %s matched as %s", c.q, hits, c.wantFirst, c.wantMatch)
			}
		}
		hits, err := s.SearchEntities(ctx, hanName(tag)[:6], model.Person, 10)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(hits, func(h EntityHit) bool { return h.ID == f.han.ID }) {
			t.Errorf("Han prefix search: %+v lacks %s", hits, f.han.ID)
		}
		hits, err = s.SearchEntities(ctx, tag, model.Person, 50)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			if h.Type != model.Person {
				t.Errorf("type filter Person returned %+v", h)
			}
			ids = append(ids, h.ID)
		}
		for _, id := range []string{f.chen.ID, f.wif.ID, f.evilPerson.ID} {
			if !slices.Contains(ids, id) {
				t.Errorf("search %q type Person: %v lacks %s", tag, ids, id)
			}
		}
		hits, err = s.SearchEntities(ctx, "Prince Holding Group "+tag, "", 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Relations != 4 || hits[0].Documents != 4 {
			t.Errorf("prince hit = %+v, want 4 typed relations and 4 documents", hits)
		}
		if _, err := s.SearchEntities(ctx, "x", "Ship", 5); err == nil {
			t.Error("unknown type filter: want an error")
		}
	})

	t.Run("entity detail", func(t *testing.T) {
		d, err := s.Entity(ctx, f.prince.ID)
		if err != nil || d == nil {
			t.Fatalf("Entity(%s) = %v, %v", f.prince.ID, d, err)
		}
		if d.Entity.Name != f.prince.Name || d.Entity.Type != model.Company {
			t.Errorf("entity = %+v", d.Entity)
		}
		if !slices.Contains(d.Entity.Aliases, "Prince Group "+tag) {
			t.Errorf("aliases %v lack the alias", d.Entity.Aliases)
		}
		if len(d.Entity.Identifiers) != 1 || d.Entity.Identifiers[0] != (Identifier{Scheme: "registration", Value: "KH-" + tag}) {
			t.Errorf("identifiers = %+v", d.Entity.Identifiers)
		}
		if !d.Entity.FirstSeen.Equal(seen) || !d.Entity.LastSeen.Equal(seen) {
			t.Errorf("seen = %v..%v, want %v", d.Entity.FirstSeen, d.Entity.LastSeen, seen)
		}
		byPred := map[string]RelationDetail{}
		for _, r := range d.Relations {
			byPred[r.Predicate+"/"+r.Direction] = r
		}
		op, ok := byPred["OPERATES/out"]
		if !ok || op.Grade != model.Official || op.EvidenceCount != 2 || len(op.Evidence) != 2 || op.Other.ID != f.park.ID {
			t.Fatalf("OPERATES = %+v, want official with 2 evidence to the park", op)
		}
		ev := op.Evidence[0]
		if ev.Grade != model.Official || ev.Quote != "operator of Golden Fortune Park" ||
			ev.Document.URL != f.listDocs[0].URL || ev.Document.Title != "SDN entry" || ev.Document.Source != f.list.Name ||
			ev.Document.Published == nil || !ev.Document.Published.Equal(f.published) ||
			ev.Extractor != "extract/test-1" || !ev.FirstSeen.Equal(seen) || ev.DocumentURL != f.listDocs[0].URL {
			t.Errorf("strongest OPERATES evidence = %+v", ev)
		}
		if op.Evidence[1].Grade != model.Alleged || op.Evidence[1].Capture != "cap-a-"+tag {
			t.Errorf("second OPERATES evidence = %+v", op.Evidence[1])
		}
		dir, ok := byPred["DIRECTS/in"]
		if !ok || dir.Grade != model.Reported || !dir.Contested || dir.Denials != 1 || len(dir.Evidence) != 2 ||
			dir.Subject != f.chen.ID || dir.Object != f.prince.ID {
			t.Errorf("DIRECTS = %+v, want reported, contested, 2 evidence, chen -> prince", dir)
		} else if dir.Evidence[0].Denial || !dir.Evidence[1].Denial || dir.Evidence[1].Grade != model.Alleged {
			t.Errorf("DIRECTS evidence: claim first, then the denial: %+v", dir.Evidence)
		}
		if _, ok := byPred["SANCTIONED_BY/out"]; !ok {
			t.Errorf("relations lack SANCTIONED_BY: %+v", byPred)
		}
		if r, ok := byPred["EMPLOYED_BY/in"]; !ok || r.Other.ID != f.han.ID || r.Other.Name != hanName(tag) {
			t.Errorf("EMPLOYED_BY from the Han-named person = %+v", r)
		}
		if len(d.Documents) != 4 {
			t.Errorf("documents mentioning prince = %d, want 4", len(d.Documents))
		}
		if d.Documents[0].Published == nil {
			t.Errorf("dated documents come first: %+v", d.Documents)
		}

		none, err := s.Entity(ctx, "company:no-such-entity-"+tag)
		if err != nil || none != nil {
			t.Errorf("missing entity = %v, %v; want nil, nil", none, err)
		}
	})

	t.Run("symmetric edge stored once", func(t *testing.T) {
		if n := countRels(t, s, f.chen.ID, model.FamilyOf, f.wif.ID); n != 1 {
			t.Errorf("FAMILY_OF edges between chen and wife = %d, want 1", n)
		}
		for _, order := range [][2]string{{f.chen.ID, f.wif.ID}, {f.wif.ID, f.chen.ID}} {
			ev, err := s.Evidence(ctx, order[0], model.FamilyOf, order[1])
			if err != nil || len(ev) != 2 {
				t.Errorf("Evidence(%s FAMILY_OF %s) = %d records, %v; want 2", order[0], order[1], len(ev), err)
			}
		}
		if n := countRels(t, s, f.chen.ID, model.MentionedWith, f.park.ID); n != 1 {
			t.Errorf("MENTIONED_WITH edges = %d, want 1", n)
		}
	})

	t.Run("evidence", func(t *testing.T) {
		ev, err := s.Evidence(ctx, f.chen.ID, model.Directs, f.prince.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(ev) != 2 || ev[0].Grade != model.Reported || ev[0].Denial || ev[1].Grade != model.Alleged || !ev[1].Denial ||
			!strings.Contains(ev[1].Quote, "denied") {
			t.Errorf("evidence = %+v", ev)
		}
		if ev, err := s.Evidence(ctx, f.prince.ID, model.Directs, f.chen.ID); err != nil || len(ev) != 0 {
			t.Errorf("reversed directed edge has %d evidence (%v), want 0", len(ev), err)
		}
		if _, err := s.Evidence(ctx, f.chen.ID, "OWNS]->() DETACH DELETE", f.prince.ID); err == nil {
			t.Error("unknown predicate: want an error")
		}
	})

	t.Run("injection stored literally", func(t *testing.T) {
		for _, e := range []model.Entity{f.evilCo, f.evilPerson} {
			d, err := s.Entity(ctx, e.ID)
			if err != nil || d == nil || d.Entity.Name != e.Name {
				t.Errorf("entity %q = %+v, %v", e.Name, d, err)
			}
		}
		recs, err := s.collect(ctx, "MATCH (n:Pwned) RETURN count(n) AS n", nil)
		if err != nil || asInt(get(recs[0], "n")) != 0 {
			t.Errorf("a :Pwned node exists (%v)", err)
		}
	})

	t.Run("reload is idempotent", func(t *testing.T) {
		snap1 := snapshot(t, s, tag)
		if len(snap1) < 40 {
			t.Fatalf("snapshot has only %d lines", len(snap1))
		}
		st1, _ := s.Stats(ctx)
		f.load(t, s, seen)
		snap2 := snapshot(t, s, tag)
		st2, _ := s.Stats(ctx)
		if st1 != st2 {
			t.Errorf("stats changed on reload: %+v -> %+v", st1, st2)
		}
		if !slices.Equal(snap1, snap2) {
			for i := range max(len(snap1), len(snap2)) {
				var a, b string
				if i < len(snap1) {
					a = snap1[i]
				}
				if i < len(snap2) {
					b = snap2[i]
				}
				if a != b {
					t.Errorf("first difference at line %d:\n first: %s\nsecond: %s", i, a, b)
					break
				}
			}
		}
		// A later sighting moves last_seen only.
		later := seen.Add(48 * time.Hour)
		f.load(t, s, later)
		d, err := s.Entity(ctx, f.prince.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !d.Entity.FirstSeen.Equal(seen) || !d.Entity.LastSeen.Equal(later) {
			t.Errorf("after a later load seen = %v..%v, want %v..%v", d.Entity.FirstSeen, d.Entity.LastSeen, seen, later)
		}
	})
}

func TestReloadReplacesDocumentClaims(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	a, b := ent(model.Company, "Holding "+tag), ent(model.Compound, "Park "+tag)
	doc := model.Document{URL: "https://x.test.invalid/" + tag, Title: "t", Text: "text",
		Entities:  []model.Entity{a, b},
		Relations: []model.Relation{rel(a, model.Owns, b, model.Reported, "Holding owns Park.", 0.9)}}
	src := SourceInfo{Name: "test-" + tag}
	seen := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	if _, err := s.Load(ctx, src, []model.Document{doc}, seen); err != nil {
		t.Fatal(err)
	}
	if n := countRels(t, s, a.ID, model.Owns, b.ID); n != 1 {
		t.Fatalf("OWNS edges = %d, want 1", n)
	}
	// The corrected extraction of the same page no longer makes the claim.
	doc.Relations = nil
	doc.Entities = []model.Entity{a}
	st, err := s.Load(ctx, src, []model.Document{doc}, seen)
	if err != nil {
		t.Fatal(err)
	}
	if st.Removed != 1 {
		t.Errorf("removed = %d, want 1", st.Removed)
	}
	if n := countRels(t, s, a.ID, model.Owns, b.ID); n != 0 {
		t.Errorf("OWNS edges after the claim was withdrawn = %d, want 0", n)
	}
	if ev, err := s.Evidence(ctx, a.ID, model.Owns, b.ID); err != nil || len(ev) != 0 {
		t.Errorf("evidence left = %d (%v)", len(ev), err)
	}
	d, err := s.Entity(ctx, b.ID)
	if err != nil || d == nil || len(d.Documents) != 0 {
		t.Errorf("park still mentioned by %+v (%v)", d, err)
	}
}

func TestLoadSkipsMalformed(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	a, b := ent(model.Company, "Alpha "+tag), ent(model.Compound, "Beta "+tag)
	ghost := ent(model.Person, "Ghost "+tag)
	docs := []model.Document{
		{URL: "", Title: "no url", Entities: []model.Entity{a}},
		{URL: "https://m.test.invalid/" + tag, Title: "m", Text: "m",
			Entities: []model.Entity{a, b,
				{ID: "ship:x" + tag, Name: "Boat " + tag, Type: "Ship"},            // unknown type
				{ID: "person:alpha-" + tag, Name: "Alpha " + tag, Type: "Company"}, // id names another type
				{ID: "company:empty-" + tag, Name: "  ", Type: model.Company},      // no name
			},
			Relations: []model.Relation{
				rel(a, model.Owns, b, model.Reported, "ok", 0.9),
				rel(a, "FUNDS", b, model.Reported, "unknown predicate", 0.9),
				rel(a, model.Owns, ghost, model.Reported, "object not in the document", 0.9),
				rel(a, model.Owns, a, model.Reported, "self loop", 0.9),
				rel(a, model.Operates, b, "certain", "unknown grade", 0.9),
			}},
	}
	st, err := s.Load(ctx, SourceInfo{Name: "test-" + tag}, docs, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if st.Skipped != 8 || st.Documents != 1 || st.Evidence != 1 || st.Entities != 2 {
		t.Errorf("load stats = %+v, want 8 skipped, 1 document, 1 evidence, 2 entities", st)
	}
	if n := countRels(t, s, a.ID, model.Operates, b.ID); n != 0 {
		t.Errorf("OPERATES with an unknown grade was stored")
	}
	if d, err := s.Entity(ctx, "ship:x"+tag); err != nil || d != nil {
		t.Errorf("entity of unknown type stored: %+v %v", d, err)
	}
	if _, err := s.Load(ctx, SourceInfo{Name: "test-" + tag}, docs, time.Time{}); err == nil {
		t.Error("zero seen time: want an error")
	}
}

func TestEnsureSchemaIdempotent(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	for range 2 {
		if err := s.EnsureSchema(ctx); err != nil {
			t.Fatal(err)
		}
	}
	v, err := s.schemaVersion(ctx)
	if err != nil || v != SchemaVersion() {
		t.Errorf("schema version = %d (%v), want %d", v, err, SchemaVersion())
	}
	recs, err := s.collect(ctx, "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", nil)
	if err != nil {
		t.Fatal(err)
	}
	names := asStrings(get(recs[0], "names"))
	for _, want := range []string{"entity_id", "document_url", "source_name", "evidence_id"} {
		if !slices.Contains(names, want) {
			t.Errorf("constraints %v lack %s", names, want)
		}
	}
}

func TestOpenUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := Open(ctx, Config{URI: "bolt://127.0.0.1:1"})
	if err == nil {
		t.Fatal("Open on a closed port succeeded")
	}
	for _, want := range []string{"bolt://127.0.0.1:1", "make db", "NEO4J_URI"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestConfigFromEnv(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("NEO4J_DATABASE", "")
	t.Setenv("NEO4J_USER", "reader")
	c := ConfigFromEnv()
	if c.URI != DefaultURI || c.Database != "neo4j" || c.User != "reader" {
		t.Errorf("defaults = %+v", c)
	}
	t.Setenv("NEO4J_URI", "neo4j://db.example:7000")
	t.Setenv("NEO4J_DATABASE", "graph")
	if c := ConfigFromEnv(); c.URI != "neo4j://db.example:7000" || c.Database != "graph" {
		t.Errorf("from env = %+v", c)
	}
}

// TestFormerPostNotCurrent holds that a post the text marks as held before ("the former
// chairman of A") is history on the edge though no date says when it ended, and that one
// record of the post held now makes the edge current again, on a new edge and on a reload.
func TestFormerPostNotCurrent(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	p, c := ent(model.Person, "Chairman "+tag), ent(model.Company, "Holding "+tag)
	src := SourceInfo{Name: "test-" + tag}
	seen := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	post := func(n int, role string) model.Document {
		r := rel(p, model.Directs, c, model.Reported, "He chaired Holding.", 0.9)
		r.Role = role
		return model.Document{URL: fmt.Sprintf("https://x%d.test.invalid/%s", n, tag), Title: "t", Text: "text",
			Entities: []model.Entity{p, c}, Relations: []model.Relation{r}}
	}
	for _, step := range []struct {
		name    string
		doc     model.Document
		current bool
		role    string
	}{
		{"a former post only (new edge)", post(1, model.FormerRole+"chairman"), false, "former chairman"},
		{"a second former post (reload of the edge)", post(2, model.FormerRole+"chairman"), false, "former chairman"},
		{"the post held now", post(3, "chairman"), true, "chairman"},
		{"a former post loaded after the standing one", post(4, model.FormerRole+"director"), true, "chairman"},
	} {
		if _, err := s.Load(ctx, src, []model.Document{step.doc}, seen); err != nil {
			t.Fatal(err)
		}
		e := edgeProps(t, s, p.ID, model.Directs, c.ID)
		if e == nil {
			t.Fatalf("%s: no edge", step.name)
		}
		if e["current"] != step.current || e["end_date"] != nil || e["role"] != step.role {
			t.Errorf("%s: current %v end_date %v role %v, want current %v, no end date and role %q", step.name, e["current"], e["end_date"], e["role"], step.current, step.role)
		}
		// The entity page (the explorer's relation list) says the same, with the post.
		d, err := s.Entity(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Relations) != 1 || d.Relations[0].Current != step.current || d.Relations[0].Role == "" {
			t.Errorf("%s: entity page relations %+v, want one with current %v and a role", step.name, d.Relations, step.current)
		}
	}
}

// TestHeldBeforeNotCurrent holds that an ownership every record tells as over without a date
// ("previously owned") is history in the graph, and that one record telling it as standing
// makes it current again; the evidence carries the mark.
func TestHeldBeforeNotCurrent(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	p, c := ent(model.Person, "Owner "+tag), ent(model.Compound, "Resort "+tag)
	src := SourceInfo{Name: "test-" + tag}
	seen := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	owns := func(n int, ended bool) model.Document {
		r := rel(p, model.Owns, c, model.Reported, fmt.Sprintf("Owner once owned Resort (%d).", n), 0.9)
		r.Ended = ended
		return model.Document{URL: fmt.Sprintf("https://h%d.test.invalid/%s", n, tag), Title: "t", Text: "text",
			Entities: []model.Entity{p, c}, Relations: []model.Relation{r}}
	}
	for _, step := range []struct {
		name    string
		doc     model.Document
		current bool
	}{
		{"told as over (new edge)", owns(1, true), false},
		{"told as over again (reload of the edge)", owns(2, true), false},
		{"told as standing", owns(3, false), true},
	} {
		if _, err := s.Load(ctx, src, []model.Document{step.doc}, seen); err != nil {
			t.Fatal(err)
		}
		if e := edgeProps(t, s, p.ID, model.Owns, c.ID); e == nil || e["current"] != step.current || e["end_date"] != nil {
			t.Errorf("%s: edge %v, want current %v and no end date", step.name, e, step.current)
		}
	}
	ev, err := s.Evidence(ctx, p.ID, model.Owns, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	ended := 0
	for _, e := range ev {
		if e.Ended {
			ended++
		}
	}
	if len(ev) != 3 || ended != 2 {
		t.Errorf("%d records, %d marked ended; want 3 and 2", len(ev), ended)
	}
}

// TestMigrationEndsFormerPosts holds that opening a graph written before former posts counted
// as ended (schema version 1, `current` true on such an edge) corrects the flag, and leaves a
// post held now current.
func TestMigrationEndsFormerPosts(t *testing.T) {
	s := openTest(t, true)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	p, c, now := ent(model.Person, "Chairman "+tag), ent(model.Company, "Holding "+tag), ent(model.Company, "Trading "+tag)
	former := rel(p, model.Directs, c, model.Reported, "He chaired Holding.", 0.9)
	former.Role = model.FormerRole + "chairman"
	held := rel(p, model.Directs, now, model.Reported, "He chairs Trading.", 0.9)
	held.Role = "chairman"
	doc := model.Document{URL: "https://x.test.invalid/" + tag, Title: "t", Text: "text",
		Entities: []model.Entity{p, c, now}, Relations: []model.Relation{former, held}}
	if _, err := s.Load(ctx, SourceInfo{Name: "test-" + tag}, []model.Document{doc}, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	// What an older build wrote: the former post current, and the graph at schema version 1.
	if _, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, exec(ctx, tx, `MATCH (:Entity {id: $p})-[r:DIRECTS]->(:Entity {id: $c}) SET r.current = true
			WITH count(r) AS n MATCH (v:SchemaVersion {name: 'graphdb'}) SET v.version = 1`,
			map[string]any{"p": p.ID, "c": c.ID})
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if v, err := s.schemaVersion(ctx); err != nil || v != SchemaVersion() {
		t.Errorf("schema version = %d (%v), want %d", v, err, SchemaVersion())
	}
	for _, want := range []struct {
		obj     model.Entity
		current bool
	}{{c, false}, {now, true}} {
		if e := edgeProps(t, s, p.ID, model.Directs, want.obj.ID); e == nil || e["current"] != want.current {
			t.Errorf("DIRECTS -> %s after the migration: %v, want current %v", want.obj.Name, e, want.current)
		}
	}
}
