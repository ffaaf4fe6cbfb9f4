package interop

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// taggedWriter imports through the real store with the test's tag in every id and URL, so
// real data with real names can share the test graph.
type taggedWriter struct {
	s   *graphdb.Store
	tag string
}

func (w taggedWriter) Load(ctx context.Context, src graphdb.SourceInfo, docs []model.Document, seen time.Time) (graphdb.LoadStats, error) {
	src.Name += "-" + w.tag
	return w.s.Load(ctx, src, storetest.Retag(w.tag, docs), seen)
}

func (w taggedWriter) MergeIDs(ctx context.Context, into string, ids []string, reason string) (int, error) {
	return w.s.MergeIDs(ctx, into, ids, reason)
}

// TestRealOpenSanctionsZala imports OpenSanctions' own yente fixture (91 real entities around
// a sanctioned drone maker) through `scamgraph import` and resolves it: a company reached only
// through an ownership link keeps its INN and is not merged with the like-named company of
// another INN; captions are display names; ended ownerships say so; grades are what each
// dataset's authority supports. Then the graph exports through ftm validate/aggregate and
// as statements that ftm aggregate-statements reads.
func TestRealOpenSanctionsZala(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zt")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	body, err := os.ReadFile(storetest.Capture(t, "opensanctions/yente_zala.ftm.json"))
	if err != nil {
		t.Fatal(err)
	}
	name := "zala-" + tag
	st, err := ImportFtM(ctx, taggedWriter{s, tag}, bytes.NewReader(body), name, time.Now().UTC(), readList)
	if err != nil {
		t.Fatal(err)
	}
	if st.Foreign != 91 || st.Documents < 10 {
		t.Fatalf("import stats %+v", st)
	}
	if _, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, graphdb.ResolveScope{IDContains: tag}); err != nil {
		t.Fatal(err)
	}
	cands, err := s.Candidates(ctx, graphdb.ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	holding := func(scheme, value string) []entitymatch.Candidate {
		var out []entitymatch.Candidate
		for _, c := range cands {
			if slices.ContainsFunc(c.Identifiers, func(i entitymatch.Identifier) bool {
				return strings.EqualFold(i.Scheme, scheme) && i.Value == value
			}) {
				out = append(out, c)
			}
		}
		return out
	}
	// Reached only through an Ownership: identifiers kept, its own node.
	perm := holding("INN", "5920040846")
	cst := holding("INN", "1841015504")
	if len(perm) != 1 || len(cst) != 1 || perm[0].ID == cst[0].ID {
		t.Fatalf("INN 5920040846 on %v, INN 1841015504 on %v: want two different nodes", perm, cst)
	}
	if !slices.ContainsFunc(perm[0].Identifiers, func(i entitymatch.Identifier) bool {
		return i.Scheme == strings.ToLower(model.SchemeOpenSanctions) && i.Value == "ru-inn-5920040846"
	}) {
		t.Errorf("the link end lost its OpenSanctions id: %+v", perm[0].Identifiers)
	}
	exp, err := s.Explain(ctx, perm[0].ID, cst[0].ID, entitymatch.DefaultRules(), entitymatch.Decisions{})
	if err != nil {
		t.Fatal(err)
	}
	if exp.Explanation.Verdict != entitymatch.VerdictApart || !slices.ContainsFunc(exp.Explanation.Blockers, func(b string) bool { return strings.Contains(b, "conflicting tax/RU") }) {
		t.Errorf("explain:\n%s", exp.Explanation)
	}
	// No applied merge joins records the rules keep apart.
	reviews, err := s.AuditMerges(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, graphdb.ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	for _, rv := range reviews {
		if rv.Forbidden != "" {
			t.Errorf("forbidden merge left in the graph: %s", rv)
		}
	}
	// Caption as display name; OpenSanctions ids and referents as identifiers.
	kal := holding("OpenSanctions ID", "NK-nR5AXM9AVPq4pQaSPSaVam")
	if len(kal) != 1 || kal[0].Name != "JSC Kalashnikov Concern" {
		t.Errorf("Kalashnikov node %+v", kal)
	}
	// Evidence: grades and ended ownerships.
	var official, ended int
	if err := s.ExportEvidence(ctx, graphdb.ExportScope{Source: name + "-" + tag}, func(ev graphdb.ExportEvidence) error {
		if ev.Grade == model.Official {
			official++
		}
		if ev.Predicate == model.Owns && strings.Contains(ev.Quote, "until 2019-08-02") && strings.Contains(ev.Quote, "(ended)") {
			ended++
		}
		// ext_ru_egrul is a company register, no sanctions authority: its ownerships are
		// reported, never official.
		if ev.Predicate == model.Owns && strings.Contains(ev.Quote, "from 20") && ev.Grade == model.Official {
			t.Errorf("register ownership graded official: %q", ev.Quote)
		}
		if ev.Predicate == model.AssociateOf && strings.Contains(ev.Quote, "is linked to") {
			t.Errorf("untyped link became ASSOCIATE_OF: %q", ev.Quote)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if official == 0 || ended == 0 {
		t.Errorf("%d official claims, %d ended ownerships quoted as ended", official, ended)
	}
	// The tie that ended in 2019 is history on the edge; the 51% one is current.
	zakharov := holding("INN", "183111242406")
	if len(zakharov) != 1 {
		t.Fatalf("Zakharov nodes %v", zakharov)
	}
	for obj, want := range map[string]struct {
		current bool
		end     string
	}{perm[0].ID: {false, "2019-08-02"}, cst[0].ID: {true, ""}} {
		recs := storetest.Read(t, `MATCH (:Entity {id: $s})-[r:OWNS]->(:Entity {id: $o}) RETURN r.current AS current, r.end_date AS end, r.start_date AS start, r.shares AS shares`,
			map[string]any{"s": zakharov[0].ID, "o": obj})
		if len(recs) != 1 || recs[0]["current"] != want.current || (want.end != "" && recs[0]["end"] != want.end) || recs[0]["start"] == nil {
			t.Errorf("OWNS %s -> %s: %v, want current %v, end %q", zakharov[0].ID, obj, recs, want.current, want.end)
		}
	}

	// The export of real data passes the standard tools, and its statements roll up.
	scope := graphdb.ExportScope{Source: name + "-" + tag}
	var out bytes.Buffer
	est, err := ExportFtM(ctx, s, scope, &out)
	if err != nil {
		t.Fatal(err)
	}
	ftm := ftmTool(t)
	validated := runFtm(t, ftm, out.Bytes(), "validate")
	aggregated := runFtm(t, ftm, validated, "aggregate")
	if lineCount(aggregated) != est.Lines {
		t.Errorf("ftm aggregate folded %d lines into %d: ids repeat", est.Lines, lineCount(aggregated))
	}
	var stmts bytes.Buffer
	if _, err := ExportStatements(ctx, s, scope, &stmts); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(stmts.Bytes())).ReadAll()
	if err != nil || len(rows) < 100 || !slices.Equal(rows[0], StatementColumns) {
		t.Fatalf("statements: %d rows, header %v, %v", len(rows), rows[0], err)
	}
	graded := 0
	for _, r := range rows[1:] {
		if r[2] == "summary" && r[14] != "" && r[15] == r[5] {
			graded++
		}
	}
	if graded == 0 {
		t.Error("no evidence statement carries its grade and quote")
	}
	rolled := runFtm(t, ftm, stmts.Bytes(), "aggregate-statements", "-f", "csv")
	if lineCount(rolled) != est.Lines {
		t.Errorf("ftm aggregate-statements made %d entities of %d", lineCount(rolled), est.Lines)
	}
}
