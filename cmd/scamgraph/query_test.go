package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/web"
	"github.com/scamgraph/scamgraph/model"
)

// queryWorld is a small known graph for the query command:
//
//	general -MEMBER_OF-> army (reported)   general -DIRECTS-> holding (reported)
//	tycoon -OWNS-> holding (alleged)       holding -OWNS-> sub (official)
//	sub -OPERATES-> park (reported)        holding, sub, tycoon -SANCTIONED_BY-> ofac (official)
//	twinP and twinC share one name; the tycoon has the alias "Big Boss <tag>".
type queryWorld struct {
	tag                            string
	general, tycoon, twinP, twinC  model.Entity
	army, ofac, holding, sub, park model.Entity
}

func qent(typ, name string, aliases ...string) model.Entity {
	return model.Entity{ID: model.EntityID(typ, name), Name: name, Type: typ, Aliases: aliases,
		Mentions: []model.Mention{{Start: 0, End: len(name), Text: name}}}
}

func qrel(s model.Entity, pred string, o model.Entity, grade string) model.Relation {
	return model.Relation{Subject: s.ID, Predicate: pred, Object: o.ID, Grade: grade, Quote: s.Name + " " + pred + " " + o.Name, Confidence: 0.9}
}

func loadQueryWorld(t *testing.T) *queryWorld {
	t.Helper()
	tag := storetest.Tag(t, "zq")
	w := &queryWorld{tag: tag,
		general: qent(model.Person, "General Ang "+tag), tycoon: qent(model.Person, "Tycoon Bo "+tag, "Big Boss "+tag),
		twinP: qent(model.Person, "Twin Star "+tag), twinC: qent(model.Company, "Twin Star "+tag),
		army: qent(model.Organization, "Border Army "+tag), ofac: qent(model.Organization, "OFAC "+tag),
		holding: qent(model.Company, "Holding Group "+tag), sub: qent(model.Company, "Sub Co "+tag),
		park: qent(model.Compound, "Park Zone "+tag),
	}
	R, A, O := model.Reported, model.Alleged, model.Official
	doc := model.Document{URL: "https://query-test.invalid/" + tag, Title: "query test", Text: "query test",
		Entities: []model.Entity{w.general, w.tycoon, w.twinP, w.twinC, w.army, w.ofac, w.holding, w.sub, w.park},
		Relations: []model.Relation{
			qrel(w.general, model.MemberOf, w.army, R),
			qrel(w.general, model.Directs, w.holding, R),
			qrel(w.tycoon, model.Owns, w.holding, A),
			qrel(w.holding, model.Owns, w.sub, O),
			qrel(w.sub, model.Operates, w.park, R),
			qrel(w.holding, model.SanctionedBy, w.ofac, O),
			qrel(w.sub, model.SanctionedBy, w.ofac, O),
			qrel(w.tycoon, model.SanctionedBy, w.ofac, O),
			qrel(w.twinP, model.Directs, w.twinC, R),
		}}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := graphdb.Open(ctx, graphdb.ConfigFromEnv())
	if err != nil {
		t.Fatalf("Neo4j at %s is unreachable: %v\nstart it with `make db` or set NEO4J_URI", graphdbtest.URI(), err)
	}
	defer s.Close(ctx)
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "query-test-" + tag}, []model.Document{doc}, time.Now()); err != nil {
		t.Fatalf("load test graph: %v", err)
	}
	return w
}

// runQ runs `scamgraph query ARGS` in-process.
func runQ(t *testing.T, args ...string) (error, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := runQuery(ctx, e, args)
	return err, out.String(), errb.String()
}

// runJSON runs a query with --json and decodes its output.
func runJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	err, out, errOut := runQ(t, append(args, "--json")...)
	if err != nil {
		t.Fatalf("query %v: %v\n%s", args, err, errOut)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("query %v --json: %v\n%s", args, err, out)
	}
}

func pathChain(p graphdb.Path) string {
	ids := make([]string, len(p.Nodes))
	for i, n := range p.Nodes {
		ids[i] = n.ID
	}
	return strings.Join(ids, " > ")
}

func chainOf(es ...model.Entity) string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return strings.Join(ids, " > ")
}

func TestQueryCommand(t *testing.T) {
	graphdbtest.Shared(t)
	w := loadQueryWorld(t)

	t.Run("owners by name, as a table", func(t *testing.T) {
		err, out, errOut := runQ(t, "owners", "park zone "+w.tag)
		if err != nil {
			t.Fatalf("%v\n%s", err, errOut)
		}
		for _, want := range []string{
			"Ownership chains into " + w.park.Name + " (Compound, " + w.park.ID + ")",
			"1. Ultimate owner of the operator: " + w.tycoon.Name + " (Person, " + w.tycoon.ID + "), 3 links",
			"--OWNS-->  alleged, 1 document",
			"--OWNS-->  official, 1 document",
			"--OPERATES-->  reported, 1 document",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("owners output lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("owners by id, JSON, reported or stronger", func(t *testing.T) {
		var ans web.OwnersAnswer
		runJSON(t, &ans, "owners", w.park.ID, "--min-grade", "reported")
		if len(ans.Chains) != 1 || pathChain(ans.Chains[0]) != chainOf(w.holding, w.sub, w.park) || ans.MinGrade != "reported" {
			t.Errorf("owners at reported: %+v", ans)
		}
	})

	t.Run("paths with flags after the arguments", func(t *testing.T) {
		var ans web.PathsAnswer
		runJSON(t, &ans, "paths", w.general.ID, "Park Zone "+w.tag, "--all", "--max-hops", "4")
		var got []string
		for _, p := range ans.Paths {
			got = append(got, pathChain(p))
		}
		// Two names on one sanctions list are not a tie: the path through OFAC only with --sanctions,
		// and --hubs (OFAC sanctions many), as in the explorer and GET /api/paths.
		want := []string{chainOf(w.general, w.holding, w.sub, w.park)}
		if ans.Mode != "all" || !slices.Equal(got, want) || ans.Filter == nil || ans.Filter.Sanctions {
			t.Errorf("all paths:\n got %v\nwant %v (filter %+v)", got, want, ans.Filter)
		}
		runJSON(t, &ans, "paths", w.general.ID, "Park Zone "+w.tag, "--all", "--max-hops", "4", "--sanctions", "--hubs")
		got = got[:0]
		for _, p := range ans.Paths {
			got = append(got, pathChain(p))
		}
		want = append(want, chainOf(w.general, w.holding, w.ofac, w.sub, w.park))
		if !slices.Equal(got, want) || !ans.Filter.Sanctions {
			t.Errorf("all paths with --sanctions --hubs:\n got %v\nwant %v", got, want)
		}
		err, out, _ := runQ(t, "paths", w.general.ID, w.park.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Shortest paths from " + w.general.Name, ": 1\n", "1. 3 links",
			"--DIRECTS-->  reported, 1 document", "[Compound]     " + w.park.Name} {
			if !strings.Contains(out, want) {
				t.Errorf("paths output lacks %q:\n%s", want, out)
			}
		}
		// The holding is owned by the tycoon: read from the holding's side, the edge points back.
		err, out, _ = runQ(t, "paths", w.holding.ID, w.tycoon.ID)
		if err != nil || !strings.Contains(out, "<--OWNS--  alleged") {
			t.Errorf("reverse edge: %v\n%s", err, out)
		}
		err, out, _ = runQ(t, "paths", w.general.ID, w.park.ID, "--min-grade", "official")
		if err != nil || !strings.Contains(out, "No path.") {
			t.Errorf("official only: %v\n%s", err, out)
		}
	})

	t.Run("neighbours", func(t *testing.T) {
		var sg graphdb.Subgraph
		runJSON(t, &sg, "neighbours", w.general.Name, "--depth", "1")
		if len(sg.Nodes) != 3 || len(sg.Edges) != 2 {
			t.Errorf("depth 1: %+v", sg)
		}
		err, out, _ := runQ(t, "neighbors", "--depth", "2", w.general.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "6 entities, 5 edges") || !hasRow(out, "2", w.tycoon.Name, "Person", w.tycoon.ID) ||
			!hasRow(out, w.tycoon.Name, "OWNS", w.holding.Name, "alleged", "1 document") {
			t.Errorf("neighbours output:\n%s", out)
		}
	})

	t.Run("complicity", func(t *testing.T) {
		err, out, _ := runQ(t, "complicity", "Park", "Zone", w.tag) // unquoted name
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "1. "+w.general.Name+": MEMBER_OF "+w.army.Name+" (reported)") {
			t.Errorf("complicity output:\n%s", out)
		}
		err, _, _ = runQ(t, "complicity", w.holding.ID)
		if err == nil || !strings.Contains(err.Error(), "is a Company, not a Compound") {
			t.Errorf("complicity of a company: %v", err)
		}
	})

	t.Run("sanctioned", func(t *testing.T) {
		var nets []graphdb.SanctionedNetwork
		runJSON(t, &nets, "sanctioned")
		found := false
		for _, n := range nets {
			if !strings.Contains(n.Members[0].ID, w.tag) {
				continue
			}
			found = true
			var got []string
			for _, m := range n.Members {
				got = append(got, m.ID)
			}
			want := []string{w.holding.ID, w.sub.ID, w.tycoon.ID}
			slices.Sort(want)
			if !slices.Equal(got, want) || len(n.Edges) != 2 {
				t.Errorf("network: %v with %d edges, want %v with 2", got, len(n.Edges), want)
			}
		}
		if !found {
			t.Error("the test graph's sanctioned network is missing")
		}
		err, out, _ := runQ(t, "sanctioned", "--min-grade", "official")
		if err != nil || !hasRow(out, w.holding.Name, "OWNS", w.sub.Name, "official") || strings.Contains(out, w.tycoon.ID) {
			t.Errorf("sanctioned table: %v\n%s", err, out)
		}
	})

	t.Run("central", func(t *testing.T) {
		var ranked []graphdb.Ranked
		runJSON(t, &ranked, "central", "--type", "Person", "--limit", "1000")
		pos := map[string]int{}
		for i, r := range ranked {
			if r.Type != model.Person {
				t.Errorf("--type Person gave %+v", r)
			}
			pos[r.ID] = i
		}
		g, ok := pos[w.general.ID]
		if !ok || ranked[g].Degree != 2 {
			t.Errorf("general missing or wrong degree: %v %+v", ok, ranked)
		}
		err, out, _ := runQ(t, "central", "--limit", "3")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if err != nil || len(lines) != 6 || !strings.HasPrefix(lines[2], "#") || !strings.HasPrefix(lines[3], "1 ") {
			t.Errorf("central table (heading, blank, header, 3 rows... got %d lines): %v\n%s", len(lines), err, out)
		}
	})

	t.Run("cypher", func(t *testing.T) {
		err, out, _ := runQ(t, "cypher", "MATCH (e:Company) WHERE e.id CONTAINS $tag RETURN e.name AS name, e.type AS type ORDER BY name LIMIT $n",
			"--param", "tag="+w.tag, "--param", "n=2")
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 4 || !strings.HasPrefix(lines[0], "name") || !strings.HasPrefix(lines[1], w.holding.Name) || lines[3] != "(2 rows)" {
			t.Errorf("cypher table:\n%s", out)
		}
		var res graphdb.CypherResult
		runJSON(t, &res, "cypher", "MATCH (e:Entity) WHERE e.id CONTAINS $tag RETURN e", "--param", "tag="+w.tag, "--max-rows", "3")
		if len(res.Rows) != 3 || !res.Truncated {
			t.Errorf("max-rows 3: %d rows, truncated %v", len(res.Rows), res.Truncated)
		}
		err, _, _ = runQ(t, "cypher", "MATCH (e:Entity {id: $id}) DETACH DELETE e", "--param", "id="+w.general.ID)
		if !errors.Is(err, graphdb.ErrNotReadOnly) {
			t.Errorf("a delete: %v, want ErrNotReadOnly", err)
		}
		var sg graphdb.Subgraph
		runJSON(t, &sg, "neighbours", w.general.ID, "--depth", "1")
		if len(sg.Nodes) != 3 {
			t.Errorf("the refused delete changed the graph: %+v", sg)
		}
	})

	t.Run("names", func(t *testing.T) {
		err, _, errOut := runQ(t, "neighbours", "Twin Star "+w.tag)
		if !errors.Is(err, errReported) || !strings.Contains(errOut, w.twinP.ID) || !strings.Contains(errOut, w.twinC.ID) {
			t.Errorf("ambiguous name: %v\n%s", err, errOut)
		}
		err, out, errOut := runQ(t, "owners", "big boss "+w.tag)
		if err != nil || !strings.Contains(errOut, "alias of "+w.tycoon.Name) || !strings.Contains(out, w.tycoon.ID) {
			t.Errorf("alias: %v\n%s\n%s", err, errOut, out)
		}
		err, _, errOut = runQ(t, "owners", "Nobody At All "+w.tag)
		if !errors.Is(err, errReported) || !strings.Contains(errOut, "no entity with id or name") {
			t.Errorf("unknown name: %v\n%s", err, errOut)
		}
		err, _, errOut = runQ(t, "owners", "Zone "+w.tag)
		if !errors.Is(err, errReported) || !strings.Contains(errOut, w.park.ID) {
			t.Errorf("a partial name should list the candidates: %v\n%s", err, errOut)
		}
	})

	t.Run("usage", func(t *testing.T) {
		for _, args := range [][]string{
			{},
			{"nonsense"},
			{"paths", w.general.ID},
			{"neighbours", w.general.ID, "--depth", "9"},
			{"neighbours", w.general.ID, "--min-grade", "rumour"},
			{"central", "--type", "Robot"},
			{"central", "--limit", "0"},
			{"owners"},
			{"sanctioned", "extra"},
			{"cypher", "RETURN 1", "--param", "novalue"},
			{"paths", w.general.ID, w.general.Name},
			{"paths", w.general.ID, w.park.ID, "--all", "--max-hops", "7"},
			{"complicity", w.park.ID, "--max-hops", "7"},
		} {
			err, _, errOut := runQ(t, args...)
			if !errors.Is(err, errUsage) || errOut == "" {
				t.Errorf("query %q: %v (stderr %q), want a usage error", args, err, errOut)
			}
		}
		err, out, _ := runQ(t, "--help")
		if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "complicity") {
			t.Errorf("--help: %v\n%s", err, out)
		}
	})
}

// hasRow reports whether some line of a table holds the cells in order, separated by spaces.
func hasRow(out string, cells ...string) bool {
	for _, line := range strings.Split(out, "\n") {
		rest, ok := strings.TrimSpace(line), true
		for _, c := range cells {
			if !strings.HasPrefix(rest, c) {
				ok = false
				break
			}
			rest = strings.TrimLeft(rest[len(c):], " ")
		}
		if ok {
			return true
		}
	}
	return false
}

func TestParseInterleaved(t *testing.T) {
	for _, c := range []struct {
		args []string
		pos  []string
		all  bool
		hops int
	}{
		{[]string{"a", "b", "--all", "--max-hops", "3"}, []string{"a", "b"}, true, 3},
		{[]string{"--all", "a", "--max-hops=2", "b"}, []string{"a", "b"}, true, 2},
		{[]string{"a", "--", "--all"}, []string{"a", "--all"}, false, 4},
		{nil, nil, false, 4},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		all := fs.Bool("all", false, "")
		hops := fs.Int("max-hops", 4, "")
		pos, err := parseInterleaved(fs, c.args)
		if err != nil || !slices.Equal(pos, c.pos) || *all != c.all || *hops != c.hops {
			t.Errorf("%q: %q all=%v hops=%d err=%v", c.args, pos, *all, *hops, err)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := parseInterleaved(fs, []string{"a", "--bogus"}); !errors.Is(err, errUsage) {
		t.Errorf("unknown flag: %v", err)
	}
}

func TestCleanAndParams(t *testing.T) {
	for in, want := range map[string]string{
		"Chen Zhi":              "Chen Zhi",
		"陈志":                    "陈志",
		"evil\x1b[2J name":      "evil\uFFFD[2J name",
		"tab\tnew\nline":        "tab\uFFFDnew\uFFFDline",
		"rtl\u202Eoverride":     "rtl\uFFFDoverride",
		"isolate\u2067x\u2069y": "isolate\uFFFDx\uFFFDy",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]any{
		"3":        int64(3),
		"2.5":      2.5,
		"true":     true,
		"Chen Zhi": "Chen Zhi",
		`"7"`:      "7",
		"[1, 2]":   []any{int64(1), int64(2)},
		"1 2":      "1 2",
	} {
		got := paramValue(in)
		gb, _ := json.Marshal(got)
		wb, _ := json.Marshal(want)
		if string(gb) != string(wb) || (in == "3" && got != want) {
			t.Errorf("paramValue(%q) = %#v, want %#v", in, got, want)
		}
	}
	if got := cellText(map[string]any{"a": 1}); got != `{"a":1}` {
		t.Errorf("cellText(map) = %q", got)
	}
	if got := cellText(nil); got != "null" {
		t.Errorf("cellText(nil) = %q", got)
	}
}
