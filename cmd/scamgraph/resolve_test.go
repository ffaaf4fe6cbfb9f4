package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// TestResolveAudit: `scamgraph resolve audit` lists a merge that rests on names alone, and
// `resolve explain` names the hard block between two records with different OFAC uids.
func TestResolveAudit(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zr")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	ent := func(typ, name string, ids ...model.Identifier) model.Entity {
		e := qent(typ, name)
		e.ID = strings.ToLower(typ) + ":" + tag + "-" + strings.TrimPrefix(model.EntityID(typ, name), strings.ToLower(typ)+":")
		e.Identifiers = ids
		return e
	}
	a := ent(model.Person, "Aung Kyaw Zin", model.Identifier{Scheme: "Website", Value: "https://www.akz.example/"})
	b := ent(model.Person, "Kyaw Zin Aung", model.Identifier{Scheme: "Website", Value: "akz.example"})
	b.Aliases = []string{"Aung Kyaw Zin"}
	c1 := ent(model.Company, "Shwe Trading Co Ltd", model.Identifier{Scheme: "OFAC UID", Value: "81" + tag[len(tag)-3:]})
	c2 := ent(model.Company, "Shwe Trading Company Limited", model.Identifier{Scheme: "OFAC UID", Value: "82" + tag[len(tag)-3:]})
	doc := model.Document{URL: "https://audit-test.invalid/" + tag, Title: "t", Text: "t",
		Entities: []model.Entity{a, b, c1, c2}, Relations: []model.Relation{}}
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "audit-" + tag}, []model.Document{doc}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, graphdb.ResolveScope{IDContains: tag}); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		args = append([]string{args[0], "--decisions", filepath.Join(t.TempDir(), "d.yaml")}, args[1:]...)
		if err := runResolve(ctx, e, args); err != nil {
			t.Fatalf("resolve %v: %v\n%s", args, err, errb.String())
		}
		return out.String()
	}
	var reviews []entitymatch.Review
	if err := json.Unmarshal([]byte(run("audit", "--json")), &reviews); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, rv := range reviews {
		if strings.Contains(rv.ID, tag) {
			found = rv.Basis == entitymatch.BasisNames && rv.Forbidden == "" && len(rv.Weak) == 1
			if !found {
				t.Errorf("review %s", rv)
			}
		}
	}
	if !found {
		t.Errorf("audit does not list the names-only merge of %s and %s", a.ID, b.ID)
	}
	if out := run("audit"); !strings.Contains(out, "names alone") || !strings.Contains(out, "applied merges") {
		t.Errorf("audit text:\n%s", out)
	}
	out := run("explain", c1.ID, c2.ID)
	if !strings.Contains(out, "apart") || !strings.Contains(out, "conflicting list:ofac identifiers") {
		t.Errorf("explain:\n%s", out)
	}
}
