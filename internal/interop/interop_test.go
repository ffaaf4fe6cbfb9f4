package interop

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/sources/opensanctions"
	"github.com/scamgraph/scamgraph/model"
)

// openStore connects to the test Neo4j under the shared test lock.
func openStore(t *testing.T) *graphdb.Store {
	t.Helper()
	graphdbtest.Shared(t)
	return storetest.Open(t)
}

func entity(tag, typ, name string, aliases ...string) model.Entity {
	id := model.EntityID(typ, name)
	_, slug, _ := strings.Cut(id, ":")
	return model.Entity{ID: strings.ToLower(typ) + ":" + tag + "-" + slug, Name: name, Type: typ, Aliases: aliases,
		Mentions: []model.Mention{{Start: 0, End: len(name), Text: name}}}
}

func relation(s model.Entity, p string, o model.Entity, grade, quote string, conf float64) model.Relation {
	return model.Relation{Subject: s.ID, Predicate: p, Object: o.ID, Grade: grade, Quote: quote, Confidence: conf}
}

// denied marks a relation as extraction marks one that a denial reaches.
func denied(r model.Relation) model.Relation {
	r.Denied = true
	return r
}

// ended marks a relation the text tells as over without a date; withRole gives it a post.
func ended(r model.Relation) model.Relation {
	r.Ended = true
	return r
}

func withRole(r model.Relation, role string) model.Relation {
	r.Role = role
	return r
}

func testDocuments(tag string) []model.Document {
	she := entity(tag, model.Person, "She Zhijiang", "佘智江", "Dylan She")
	she.Identifiers = []model.Identifier{{Scheme: "Passport", Value: "E12345678"}, {Scheme: "USDT", Value: "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"}}
	yatai := entity(tag, model.Company, "Yatai International Holdings Group", "亚太国际控股集团")
	yatai.Identifiers = []model.Identifier{{Scheme: "Registration Number", Value: "HK-2208371"}}
	kokko := entity(tag, model.Compound, "Shwe Kokko", "Yatai New City")
	karen := entity(tag, model.Location, "Karen State", "Kayin State")
	bgf := entity(tag, model.Organization, "Karen Border Guard Force", "BGF")
	chit := entity(tag, model.Person, "Saw Chit Thu")
	ofac := entity(tag, model.Organization, "Office of Foreign Assets Control", "OFAC")
	published := time.Date(2025, 9, 8, 10, 0, 0, 0, time.FixedZone("Offset", 7*3600))
	news := model.Document{URL: "https://news.example/" + tag + "/kokko", Title: "Shwe Kokko & the BGF", Language: "en",
		Published: &published, Author: "Desk", Kind: "article",
		Text: "She Zhijiang's Yatai International Holdings Group built Shwe Kokko in Karen State. Saw Chit Thu's BGF protects it. " +
			"Saw Chit Thu denied any involvement with Yatai. She Zhijiang and Saw Chit Thu are business partners.",
		Entities: []model.Entity{she, yatai, kokko, karen, bgf, chit},
		Relations: []model.Relation{
			relation(she, model.Directs, yatai, model.Reported, "She Zhijiang's Yatai International Holdings Group", 0.9),
			relation(yatai, model.Operates, kokko, model.Reported, "Yatai International Holdings Group built Shwe Kokko", 0.8),
			ended(relation(yatai, model.Owns, kokko, model.Alleged, "Yatai reportedly once owned Shwe Kokko", 0.6)),
			relation(kokko, model.LocatedIn, karen, model.Reported, "Shwe Kokko in Karen State", 0.9),
			relation(bgf, model.Protects, kokko, model.Reported, "Saw Chit Thu's BGF protects it.", 0.8),
			withRole(relation(chit, model.Directs, bgf, model.Reported, "Saw Chit Thu's BGF", 0.8), "commander"),
			denied(relation(chit, model.AssociateOf, she, model.Alleged, "Saw Chit Thu denied any involvement with Yatai.", 0.5)),
			relation(she, model.AssociateOf, chit, model.Reported, "She Zhijiang and Saw Chit Thu are business partners.", 0.7),
			relation(she, model.MentionedWith, bgf, model.CoMentioned, "She Zhijiang ... BGF", 0.3),
		}}
	list := model.Document{URL: "https://list.example/" + tag + "/entry", Title: "SDN entry", Language: "en", Kind: "ofac",
		Text:     "She Zhijiang (佘智江) is listed by OFAC. Karen Border Guard Force is listed by OFAC.",
		Entities: []model.Entity{she, bgf, ofac},
		Relations: []model.Relation{
			relation(she, model.SanctionedBy, ofac, model.Official, "She Zhijiang (佘智江) is listed by OFAC.", 1),
			relation(bgf, model.SanctionedBy, ofac, model.Official, "Karen Border Guard Force is listed by OFAC.", 1),
		}}
	return []model.Document{news, list}
}

// graphState is what a round trip must keep: entities with names, types, aliases,
// identifiers and merges; typed edges with grade and evidence; documents with mentions.
type graphState struct {
	Entities  []graphdb.ExportEntity
	Edges     []graphdb.ExportEdge
	Documents []string
	Evidence  []string
}

func readState(t *testing.T, s *graphdb.Store, scope graphdb.ExportScope) graphState {
	t.Helper()
	ctx := context.Background()
	var st graphState
	if err := s.ExportEntities(ctx, scope, func(e graphdb.ExportEntity) error {
		slices.Sort(e.Aliases)
		slices.Sort(e.MergedIDs)
		e.FirstSeen, e.LastSeen = time.Time{}, time.Time{}
		st.Entities = append(st.Entities, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.ExportEdges(ctx, scope, func(e graphdb.ExportEdge) error {
		e.FirstSeen, e.LastSeen = time.Time{}, time.Time{}
		// Publication times as instants: FtM dates are UTC.
		for _, p := range []**time.Time{&e.FirstReported, &e.LastReported, &e.QuoteDate} {
			if *p != nil {
				u := (*p).UTC()
				*p = &u
			}
		}
		st.Edges = append(st.Edges, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.ExportDocuments(ctx, scope, func(d graphdb.ExportDocument) error {
		// The publication time as an instant: FtM dates are UTC.
		var published string
		if d.Published != nil {
			published = d.Published.UTC().Format(time.RFC3339)
		}
		st.Documents = append(st.Documents, fmt.Sprintf("%s|%s|%v|%s|%s|%s|%v", d.URL, d.Title, published, d.Language, d.Text, d.Source, d.Mentions))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.ExportEvidence(ctx, scope, func(e graphdb.ExportEvidence) error {
		st.Evidence = append(st.Evidence, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%v|%v|%s|%s|%s|%v", e.ID, e.Subject, e.Predicate, e.Object,
			e.Grade, e.Quote, e.Confidence, e.Denial, e.SubjectNode, e.ObjectNode, e.Role, e.Ended))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return st
}

var ftmIDPattern = regexp.MustCompile(`^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$`)

// ftmRefs are the entity-reference properties of the schemata ExportFtM writes.
var ftmRefs = []string{"holder", "document", "entity", "owner", "asset", "director", "organization", "employee",
	"employer", "member", "person", "relative", "associate", "subject", "object"}

func TestFtMRoundTrip(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zi")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	source := graphdb.SourceInfo{Name: "interop-" + tag, Kind: "test", URL: "https://example.test/" + tag}
	docs := testDocuments(tag)
	if _, err := s.Load(ctx, source, docs, time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	// A merge, so the export carries merged ids and the import must restore them.
	bgf := strings.ToLower(model.Organization) + ":" + tag + "-karen-border-guard-force"
	karenBGF := entity(tag, model.Organization, "Karen BGF")
	extra := model.Document{URL: "https://more.example/" + tag + "/bgf", Title: "BGF", Language: "en",
		Text: "Karen BGF.", Entities: []model.Entity{karenBGF}, Relations: []model.Relation{}}
	if _, err := s.Load(ctx, source, []model.Document{extra}, time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if n, err := s.MergeIDs(ctx, bgf, []string{karenBGF.ID}, "test"); err != nil || n != 1 {
		t.Fatalf("merge: %d %v", n, err)
	}
	// The list entry is reached by a second source too: still one Article, with both publishers.
	second := graphdb.SourceInfo{Name: "interop2-" + tag, Kind: "test"}
	if _, err := s.Load(ctx, second, docs[1:2], time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	scope := graphdb.ExportScope{Source: source.Name}
	before := readState(t, s, scope)
	if len(before.Entities) != 7 || len(before.Edges) != 10 {
		t.Fatalf("test premise: %d entities, %d edges", len(before.Entities), len(before.Edges))
	}

	var out bytes.Buffer
	st, err := ExportFtM(ctx, s, scope, &out)
	if err != nil {
		t.Fatal(err)
	}
	if st.Entities != 7 || st.Documents != 3 || st.Evidence != 11 {
		t.Errorf("export stats %+v", st)
	}
	// Every line is valid FtM as the ftm tools check it: ids, schema, references.
	ids := map[string]bool{}
	schemas := map[string]int{}
	var lines []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var l struct {
			ID         string              `json:"id"`
			Schema     string              `json:"schema"`
			Properties map[string][]string `json:"properties"`
		}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if !ftmIDPattern.MatchString(l.ID) || ids[l.ID] {
			t.Errorf("bad or duplicate FtM id %q", l.ID)
		}
		ids[l.ID] = true
		schemas[l.Schema]++
		var m map[string]any
		_ = json.Unmarshal([]byte(line), &m)
		lines = append(lines, m)
	}
	for _, m := range lines {
		p, _ := m["properties"].(map[string]any)
		for _, prop := range ftmRefs {
			vals, _ := p[prop].([]any)
			for _, v := range vals {
				if !ids[v.(string)] {
					t.Errorf("%s %s.%s points at %v, which is not in the export", m["schema"], m["id"], prop, v)
				}
			}
		}
	}
	for schema, want := range map[string]int{"Person": 2, "Company": 1, "Organization": 2, "RealEstate": 1, "Address": 1,
		"CryptoWallet": 1, "Identification": 2, "Article": 3, "Sanction": 2, "Directorship": 2, "Associate": 2, "Ownership": 1,
		"UnknownLink": 4, "Documentation": 10} {
		if schemas[schema] != want {
			t.Errorf("%d %s lines, want %d (all: %v)", schemas[schema], schema, want, schemas)
		}
	}
	if !strings.Contains(out.String(), `"publisher":["interop-`+tag+`","interop2-`+tag+`"]`) {
		t.Errorf("the list document does not name both sources that reached it:\n%s", out.String())
	}
	if !strings.Contains(out.String(), `"passportNumber":["E12345678"]`) || !strings.Contains(out.String(), `"summary":["Shwe Kokko in Karen State"]`) {
		t.Error("export lacks the passport property or the quote as summary")
	}

	// The standard tools: validate re-parses every value, aggregate folds lines of one id
	// (there must be none to fold) and both run clean; then keys the model does not define
	// are dropped, as tools that only know the model do.
	ftm := ftmTool(t)
	validated := runFtm(t, ftm, out.Bytes(), "validate")
	aggregated := runFtm(t, ftm, validated, "aggregate")
	if n, m := lineCount(validated), lineCount(aggregated); n != st.Lines || m != st.Lines {
		t.Errorf("export has %d lines; ftm validate gave %d, ftm aggregate %d", st.Lines, n, m)
	}
	stripped := stripNonStandard(t, aggregated)

	storetest.RemoveTagged(t, tag)
	if after := readState(t, s, scope); len(after.Entities) != 0 {
		t.Fatalf("wipe left %d entities", len(after.Entities))
	}
	ist, err := ImportFtM(ctx, s, bytes.NewReader(stripped), "roundtrip-"+tag, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), readList)
	if err != nil {
		t.Fatal(err)
	}
	if ist.Skipped != 0 || ist.Foreign != 0 || ist.Merges != 1 || ist.Documents != 3 {
		t.Errorf("import stats %+v", ist)
	}
	after := readState(t, s, scope)
	if diff := diffState(before, after); diff != "" {
		t.Errorf("export -> import is not a round trip:\n%s", diff)
	}

	// Importing the same file again changes nothing.
	if _, err := ImportFtM(ctx, s, bytes.NewReader(stripped), "roundtrip-"+tag, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), readList); err != nil {
		t.Fatal(err)
	}
	if diff := diffState(after, readState(t, s, scope)); diff != "" {
		t.Errorf("second import changed the graph:\n%s", diff)
	}

	// GraphML parses and has every node and edge.
	var gml bytes.Buffer
	gst, err := ExportGraphML(ctx, s, scope, &gml)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(gml.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	if len(doc.Graph.Nodes) != 7 || len(doc.Graph.Edges) != 10 || gst.Nodes != 7 || gst.Edges != 10 {
		t.Errorf("GraphML has %d nodes, %d edges (stats %+v)", len(doc.Graph.Nodes), len(doc.Graph.Edges), gst)
	}
	if !strings.Contains(gml.String(), "佘智江") {
		t.Error("GraphML lost the Han alias")
	}

	// CSV.
	dir := t.TempDir()
	cst, err := ExportCSV(ctx, s, scope, dir)
	if err != nil {
		t.Fatal(err)
	}
	nodes := readCSV(t, filepath.Join(dir, "nodes.csv"))
	edges := readCSV(t, filepath.Join(dir, "edges.csv"))
	if len(nodes) != 8 || len(edges) != 11 || cst.Nodes != 7 || cst.Edges != 10 {
		t.Errorf("CSV rows: %d nodes, %d edges (with headers), stats %+v", len(nodes), len(edges), cst)
	}
	if !slices.Equal(edges[0], EdgeColumns) {
		t.Errorf("edges.csv header %v", edges[0])
	}
	found := false
	for _, e := range edges[1:] {
		if e[1] == model.AssociateOf && e[3] == model.Reported && e[5] == "1" && e[7] == "true" {
			found = true // two quotes of one document, one a denial: reported, contested, one vote
		}
	}
	if !found {
		t.Errorf("edges.csv lacks the contested ASSOCIATE_OF edge with 1 document:\n%v", edges)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func diffState(a, b graphState) string {
	var out strings.Builder
	cmp := func(what string, x, y []string) {
		for _, l := range x {
			if !slices.Contains(y, l) {
				fmt.Fprintf(&out, "- %s %s\n", what, l)
			}
		}
		for _, l := range y {
			if !slices.Contains(x, l) {
				fmt.Fprintf(&out, "+ %s %s\n", what, l)
			}
		}
	}
	render := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	var ea, eb, ga, gb []string
	for _, e := range a.Entities {
		ea = append(ea, render(e))
	}
	for _, e := range b.Entities {
		eb = append(eb, render(e))
	}
	for _, e := range a.Edges {
		ga = append(ga, render(e))
	}
	for _, e := range b.Edges {
		gb = append(gb, render(e))
	}
	cmp("entity", ea, eb)
	cmp("edge", ga, gb)
	cmp("document", a.Documents, b.Documents)
	cmp("evidence", a.Evidence, b.Evidence)
	return out.String()
}

func TestImportForeignFtM(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zi")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	body := `{"id":"NK-` + tag + `","schema":"Person","properties":{"name":["Xu Aimin ` + tag + `"],"alias":["徐爱民"]},"datasets":["us_ofac_sdn"],"target":true}
not json
{"id":"ofac-` + tag + `","schema":"Sanction","properties":{"entity":["NK-` + tag + `"],"program":["TCO"]},"datasets":["us_ofac_sdn"]}
`
	st, err := ImportFtM(ctx, s, strings.NewReader(body), "ftm-"+tag, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), readList)
	if err != nil {
		t.Fatal(err)
	}
	if st.Foreign != 2 || st.Skipped != 1 || st.Documents != 1 {
		t.Errorf("stats %+v", st)
	}
	id := model.EntityID(model.Person, "Xu Aimin "+tag)
	d, err := s.Entity(ctx, id)
	if err != nil || d == nil {
		t.Fatalf("imported person %s: %v %v", id, d, err)
	}
	if !slices.Contains(d.Entity.Aliases, "徐爱民") || len(d.Relations) != 1 || d.Relations[0].Predicate != model.SanctionedBy || d.Relations[0].Grade != model.Official {
		t.Errorf("imported person: %+v", d)
	}
	wipeEntity(t, s, id)
}

// wipeEntity removes entities the foreign import named from the data (ids without the tag).
func wipeEntity(t *testing.T, s *graphdb.Store, id string) {
	t.Helper()
	d, err := s.Entity(context.Background(), id)
	if err != nil || d == nil {
		return
	}
	var ids []string
	ids = append(ids, id)
	for _, r := range d.Relations {
		if r.Other.ID != "organization:office-of-foreign-assets-control" {
			ids = append(ids, r.Other.ID)
		}
	}
	storetest.Write(t, map[string]any{"ids": ids}, `MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e`)
}

func TestFtMID(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"person:chen-zhi", "sg-person-chen-zhi"},
		{"company:prince-holding-group-co-ltd", "sg-company-prince-holding-group-co-ltd"},
	} {
		if got := FtMID(c.in); got != c.want {
			t.Errorf("FtMID(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	seen := map[string]string{}
	for _, in := range []string{"person:陈志", "person:陳志", "person:chen.zhi", "weird", "person:", ":x"} {
		got := FtMID(in)
		if !ftmIDPattern.MatchString(got) {
			t.Errorf("FtMID(%q) = %q, not a valid FtM id", in, got)
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("FtMID(%q) = FtMID(%q) = %q", in, prev, got)
		}
		seen[got] = in
		// FtM tools cut ids at a dot (a namespace signature), and ids stop at 200 characters.
		if strings.Contains(got, ".") || len(got) > 200 {
			t.Errorf("FtMID(%q) = %q: a dot or over 200 characters", in, got)
		}
	}
	for _, in := range []string{"person:chen-zhi", "person:陈志", "company:" + strings.Repeat("ж", 40), "organization:a--b"} {
		if back, ok := ParseFtMID(FtMID(in)); !ok || back != in {
			t.Errorf("ParseFtMID(FtMID(%q)) = %q %v", in, back, ok)
		}
	}
	if _, ok := ParseFtMID("NK-2Tbri3s6GgNtAwsSXh4qpL"); ok {
		t.Error("an OpenSanctions id parsed as a scamgraph id")
	}
}

func FuzzImportLines(f *testing.F) {
	f.Add([]byte(`{"id":"sg-person-x","schema":"Person","properties":{"name":["X"]}}`))
	f.Add([]byte(`{"id":"sg-doc-1","schema":"Article","properties":{"sourceUrl":["u"],"bodyText":["X and Y"]}}` + "\n" +
		`{"id":"sg-ev-1","schema":"UnknownLink","properties":{"proof":["sg-doc-1"],"description":["[scamgraph:grade=reported&predicate=OWNS&subject=person:x&object=person:y]"]}}`))
	f.Add([]byte("{\n}\n\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var rec recorder
		_, _ = ImportFtM(context.Background(), &rec, bytes.NewReader(b), "fuzz", time.Unix(1, 0), readList)
		for _, d := range rec.docs {
			for _, r := range d.Relations {
				if !slices.ContainsFunc(d.Entities, func(e model.Entity) bool { return e.ID == r.Subject }) {
					t.Fatalf("relation subject %q is no entity of its document", r.Subject)
				}
			}
		}
	})
}

// recorder is a Writer that keeps what it is given, for the fuzz target.
type recorder struct{ docs []model.Document }

func (r *recorder) Load(_ context.Context, _ graphdb.SourceInfo, docs []model.Document, _ time.Time) (graphdb.LoadStats, error) {
	r.docs = append(r.docs, docs...)
	return graphdb.LoadStats{Documents: len(docs)}, nil
}

func (r *recorder) MergeIDs(context.Context, string, []string, string) (int, error) { return 0, nil }

// readList reads foreign FtM lines as `scamgraph import` does (cmd/scamgraph readFtMList).
func readList(source string, lines []byte) ([]model.Document, error) {
	docs, ok, err := extract.SanctionsDocuments(extract.Page{URL: "ftm-import:" + source, Kind: opensanctions.Name,
		Body: lines, Source: source})
	if err == nil && !ok {
		err = errors.New("not FollowTheMoney entities")
	}
	return docs, err
}

// TestImportForeignNeedsReader: lines another tool wrote are never dropped in silence when no
// list reader is given; the error names the import and the count.
func TestImportForeignNeedsReader(t *testing.T) {
	var rec recorder
	line := `{"id":"os-1","schema":"Person","properties":{"name":["Pheap Sok"]},"datasets":["us_ofac_sdn"]}` + "\n"
	_, err := ImportFtM(context.Background(), &rec, strings.NewReader(line), "foreign", time.Unix(1, 0), nil)
	if err == nil || !strings.Contains(err.Error(), "import ftm foreign: 1 FollowTheMoney lines without scamgraph data") {
		t.Fatalf("foreign line without a reader: %v", err)
	}
}
