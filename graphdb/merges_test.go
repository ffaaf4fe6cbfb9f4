package graphdb

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// resolutionWorld is a small graph about one tycoon told by three documents: a news story,
// a sanctions entry and a court filing, each naming him differently. Every id carries the
// test's tag so resolution can be scoped to this test's data.
type resolutionWorld struct {
	tag  string
	docs []model.Document
	seen time.Time
}

func tagged(tag, typ, name string, aliases ...string) model.Entity {
	e := ent(typ, name, aliases...)
	_, slug, _ := strings.Cut(e.ID, ":")
	e.ID = strings.ToLower(typ) + ":" + tag + "-" + slug
	return e
}

func newResolutionWorld(tag string) resolutionWorld {
	chen := tagged(tag, model.Person, "Chen Zhi")
	prince := tagged(tag, model.Company, "Prince Holding Group Co., Ltd.")
	bank := tagged(tag, model.Company, "Prince Bank PLC")
	liWu := tagged(tag, model.Person, "Li Wu")
	ofac := tagged(tag, model.Organization, "Office of Foreign Assets Control", "OFAC")
	news := model.Document{URL: "https://news.example/" + tag + "/prince", Title: "Prince", Language: "en",
		Text:     "Chen Zhi chairs Prince Holding Group, which owns Prince Bank. Li Wu works there. OFAC sanctioned Chen Zhi.",
		Entities: []model.Entity{chen, prince, bank, liWu, ofac},
		Relations: []model.Relation{
			rel(chen, model.Directs, prince, model.Reported, "Chen Zhi chairs Prince Holding Group.", 0.9),
			rel(prince, model.Owns, bank, model.Reported, "Prince Holding Group owns Prince Bank.", 0.8),
			rel(liWu, model.EmployedBy, prince, model.Alleged, "Li Wu reportedly works there.", 0.6),
			rel(chen, model.SanctionedBy, ofac, model.Reported, "OFAC sanctioned Chen Zhi.", 0.9),
		}}

	// The wallet is the test's own: Identifier nodes are shared by key across the graph, and
	// tests of other packages may hold another wallet at the same time.
	wallet := "TVj7Rn5m9XyJ3ZkP2qW8eD4" + tag
	zhiChen := tagged(tag, model.Person, "Zhi Chen", "陈志", "陳志")
	zhiChen.Identifiers = []model.Identifier{{Scheme: "USDT", Value: wallet}}
	group := tagged(tag, model.Company, "Prince Group")
	luWu := tagged(tag, model.Person, "Lu Wu")
	list := model.Document{URL: "https://list.example/" + tag + "/entry", Title: "SDN entry", Language: "en",
		Text:     "Zhi Chen (陈志), director of Prince Group, is listed by OFAC. Lu Wu is listed too.",
		Entities: []model.Entity{zhiChen, group, ofac, luWu},
		Relations: []model.Relation{
			rel(zhiChen, model.SanctionedBy, ofac, model.Official, "Zhi Chen is listed by OFAC.", 1),
			rel(zhiChen, model.Directs, group, model.Official, "Zhi Chen, director of Prince Group.", 1),
			rel(luWu, model.SanctionedBy, ofac, model.Official, "Lu Wu is listed too.", 1),
			rel(zhiChen, model.MentionedWith, luWu, model.CoMentioned, "Zhi Chen ... Lu Wu", 0.3),
		}}

	oknha := tagged(tag, model.Person, "Neak Oknha Chen Zhi")
	vincent := tagged(tag, model.Person, "Vincent Chen")
	vincent.Identifiers = []model.Identifier{{Scheme: "TRX", Value: wallet}}
	court := model.Document{URL: "https://court.example/" + tag + "/filing", Title: "Filing", Language: "en",
		Text:     "Neak Oknha Chen Zhi, also known as Vincent Chen, controls Prince Bank.",
		Entities: []model.Entity{oknha, vincent, bank},
		Relations: []model.Relation{
			rel(vincent, model.Owns, bank, model.Alleged, "prosecutors allege Vincent Chen controls Prince Bank", 0.7),
			rel(oknha, model.AssociateOf, vincent, model.Alleged, "Chen Zhi, also known as Vincent Chen", 0.5),
		}}
	return resolutionWorld{tag: tag, docs: []model.Document{news, list, court},
		seen: time.Date(2025, 10, 15, 8, 0, 0, 0, time.UTC)}
}

func (w resolutionWorld) id(typ, slug string) string {
	return strings.ToLower(typ) + ":" + w.tag + "-" + slug
}

func (w resolutionWorld) load(t *testing.T, s *Store) {
	t.Helper()
	src := SourceInfo{Name: "resolution-" + w.tag, Kind: "test"}
	if _, err := s.Load(context.Background(), src, w.docs, w.seen); err != nil {
		t.Fatalf("load: %v", err)
	}
}

func (w resolutionWorld) scope() ResolveScope { return ResolveScope{IDContains: w.tag} }

// removeResolutionData deletes a test's data and its merge records.
func removeResolutionData(t *testing.T, s *Store, tag string) {
	t.Helper()
	removeTagged(t, s, tag)
	if _, err := writeTx(context.Background(), s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, exec(ctx, tx, `MATCH (r:Merge) WHERE r.id CONTAINS $tag
			OPTIONAL MATCH (r)-[:SNAPSHOT]->(s) DETACH DELETE r, s`, map[string]any{"tag": tag})
	}); err != nil {
		t.Errorf("clean up merge records %s: %v", tag, err)
	}
}

func entityExists(t *testing.T, s *Store, id string) bool {
	t.Helper()
	d, err := s.Entity(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return d != nil
}

func TestResolveMergesSplitsAndHonoursDecisions(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	w := newResolutionWorld(newTag(t))
	t.Cleanup(func() { removeResolutionData(t, s, w.tag) })
	w.load(t, s)
	before := snapshot(t, s, w.tag)

	rep, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope())
	if err != nil {
		t.Fatalf("resolve: %v", err)
	}
	t.Logf("first resolve took %s", rep.Took)
	if rep.Repaired != 0 {
		t.Errorf("merges left %d edge slots for the final check to repair", rep.Repaired)
	}
	canon := w.id(model.Person, "chen-zhi")
	company := w.id(model.Company, "prince-group")
	into := map[string]string{}
	for _, m := range rep.Merges {
		into[m.From] = m.Into
		if m.Reason == "" || m.Score <= 0 {
			t.Errorf("merge %s -> %s has no reason or score: %+v", m.From, m.Into, m)
		}
	}
	wantInto := map[string]string{
		w.id(model.Person, "zhi-chen"):                     canon,
		w.id(model.Person, "neak-oknha-chen-zhi"):          canon,
		w.id(model.Person, "vincent-chen"):                 canon,
		w.id(model.Company, "prince-holding-group-co-ltd"): company,
	}
	for from, to := range wantInto {
		if into[from] != to {
			t.Errorf("%s merged into %q, want %q (merges %+v)", from, into[from], to, rep.Merges)
		}
		if entityExists(t, s, from) {
			t.Errorf("%s still a node after its merge", from)
		}
	}
	if len(rep.Merges) != len(wantInto) {
		t.Errorf("merges = %+v, want exactly %d", rep.Merges, len(wantInto))
	}
	// Precision: similar names and a different business stay apart.
	for _, id := range []string{w.id(model.Person, "li-wu"), w.id(model.Person, "lu-wu"), w.id(model.Company, "prince-bank-plc")} {
		if !entityExists(t, s, id) {
			t.Errorf("%s was merged away", id)
		}
	}

	d, err := s.Entity(ctx, canon)
	if err != nil || d == nil {
		t.Fatalf("canonical entity: %v %v", d, err)
	}
	for _, a := range []string{"Zhi Chen", "陈志", "Vincent Chen", "Neak Oknha Chen Zhi"} {
		if !slices.Contains(d.Entity.Aliases, a) {
			t.Errorf("canonical aliases %v lack %q", d.Entity.Aliases, a)
		}
	}
	// The wallet was listed under two currency labels: both records now sit on one node.
	if len(d.Entity.Identifiers) != 2 || d.Entity.Identifiers[0].Value != d.Entity.Identifiers[1].Value {
		t.Errorf("canonical identifiers = %+v, want the shared wallet under both labels", d.Entity.Identifiers)
	}
	if len(d.Documents) != 3 {
		t.Errorf("canonical is named by %d documents, want 3", len(d.Documents))
	}
	ofac := w.id(model.Organization, "office-of-foreign-assets-control")
	checkEdgeInvariants(t, s, w.tag)
	// One claim is one edge: the sanction (told of Chen Zhi and of Zhi Chen) and the
	// directorship (of Prince Holding Group Co., Ltd. and of Prince Group) each come from two
	// documents naming the ends differently, and each is one edge with all its evidence.
	zhiChen, holding := w.id(model.Person, "zhi-chen"), w.id(model.Company, "prince-holding-group-co-ltd")
	for _, c := range []struct {
		pred, object string
		grade        string
		quotes       []string
		extracted    []string // subject>object as the documents gave them
	}{
		{model.SanctionedBy, ofac, model.Official, []string{"Zhi Chen is listed by OFAC.", "OFAC sanctioned Chen Zhi."},
			[]string{zhiChen + ">" + ofac, canon + ">" + ofac}},
		{model.Directs, company, model.Official, []string{"Zhi Chen, director of Prince Group.", "Chen Zhi chairs Prince Holding Group."},
			[]string{zhiChen + ">" + company, canon + ">" + holding}},
	} {
		if n := countRels(t, s, canon, c.pred, c.object); n != 1 {
			t.Errorf("%s edges canonical -> %s = %d, want 1", c.pred, c.object, n)
		}
		e := edgeProps(t, s, canon, c.pred, c.object)
		if e["key"] != relKey(canon, c.pred, c.object) || asInt(e["evidence_count"]) != int64(len(c.quotes)) || e["grade"] != c.grade {
			t.Errorf("%s edge = %v, want the canonical key, %d evidence, grade %s", c.pred, e, len(c.quotes), c.grade)
		}
		ev, err := s.Evidence(ctx, canon, c.pred, c.object)
		if err != nil || !sameQuotes(ev, c.quotes) {
			t.Errorf("evidence of %s by the canonical ids = %v, %v; want %q", c.pred, quotesOf(ev), err, c.quotes)
		}
		// Each record keeps the ids its document gave.
		var got []string
		for _, e := range ev {
			got = append(got, e.Subject+">"+e.Object)
		}
		slices.Sort(got)
		slices.Sort(c.extracted)
		if !slices.Equal(got, c.extracted) {
			t.Errorf("evidence of %s names %v, want the extracted ids %v", c.pred, got, c.extracted)
		}
	}
	// A merged-away id stands for the node holding it.
	if ev, err := s.Evidence(ctx, zhiChen, model.Directs, holding); err != nil || len(ev) != 2 {
		t.Errorf("evidence by merged-away ids = %v, %v; want both quotes of the edge", quotesOf(ev), err)
	}
	// The entity page shows each claim once, with all its evidence.
	seenRel := map[string]bool{}
	for _, r := range d.Relations {
		k := r.Predicate + "|" + r.Direction + "|" + r.Other.ID
		if seenRel[k] {
			t.Errorf("entity page lists %s twice", k)
		}
		seenRel[k] = true
		if len(r.Evidence) != r.EvidenceCount {
			t.Errorf("entity page %s: %d evidence shown, count %d", k, len(r.Evidence), r.EvidenceCount)
		}
		if r.Predicate == model.SanctionedBy && r.EvidenceCount != 2 {
			t.Errorf("entity page sanction has %d evidence, want 2", r.EvidenceCount)
		}
	}
	// Paths do not repeat a claim.
	if ps, err := pathsThroughAll(ctx, s, canon, ofac, 1, true, "", 10); err != nil || len(ps) != 1 {
		t.Errorf("one-hop paths canonical -> OFAC = %d (%v), want 1", len(ps), err)
	}
	// A symmetric edge is stored once, in canonical direction for the canonical ids: the
	// co-mention was extracted as lu-wu -> zhi-chen and is now chen-zhi -> lu-wu.
	luWu := w.id(model.Person, "lu-wu")
	if n, m := countDirected(t, s, canon, model.MentionedWith, luWu), countDirected(t, s, luWu, model.MentionedWith, canon); n != 1 || m != 0 {
		t.Errorf("MENTIONED_WITH canonical -> lu-wu = %d, reverse = %d; want 1 and 0", n, m)
	}
	// The alias link between two merged names is not drawn as a self-loop; its evidence is
	// kept, flagged, and found by the node's id at both ends.
	if n := countRels(t, s, canon, model.AssociateOf, canon); n != 0 {
		t.Errorf("self-loop ASSOCIATE_OF edges = %d", n)
	}
	if ev, err := s.Evidence(ctx, canon, model.AssociateOf, canon); err != nil || len(ev) != 1 || !selfLoopFlagged(t, s, ev[0].ID) {
		t.Errorf("self-loop evidence = %v, %v; want the alias quote, flagged", quotesOf(ev), err)
	}

	// Idempotent: a second run finds nothing and changes nothing.
	afterMerge := snapshot(t, s, w.tag)
	rep2, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep2.Merges) != 0 || len(rep2.Absorbed) != 0 {
		t.Errorf("second resolve merged %+v, absorbed %v", rep2.Merges, rep2.Absorbed)
	}
	if diff := diffLines(afterMerge, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("second resolve changed the graph:\n%s", diff)
	}

	// Reloading the same documents recreates the merged ids; resolve folds them back and
	// the graph is the same as after the first resolve.
	w.load(t, s)
	if !entityExists(t, s, w.id(model.Person, "zhi-chen")) {
		t.Fatal("reload did not recreate the merged id (test premise)")
	}
	rep3, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep3.Absorbed) != 4 || len(rep3.Merges) != 0 {
		t.Errorf("after reload: absorbed %v, merged %+v; want the 4 merged ids absorbed and no new merges", rep3.Absorbed, rep3.Merges)
	}
	if diff := diffLines(afterMerge, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("reload + resolve differs from the first resolve:\n%s", diff)
	}
	checkEdgeInvariants(t, s, w.tag)

	// Explain.
	ex, err := s.Explain(ctx, w.id(model.Person, "li-wu"), w.id(model.Person, "lu-wu"), entitymatch.DefaultRules(), entitymatch.Decisions{})
	if err != nil || ex.Explanation.Verdict != entitymatch.VerdictApart || len(ex.Explanation.Matches) != 0 {
		t.Errorf("explain Li Wu / Lu Wu = %+v, %v", ex, err)
	}
	ex, err = s.Explain(ctx, w.id(model.Person, "vincent-chen"), canon, entitymatch.DefaultRules(), entitymatch.Decisions{})
	if err != nil || ex.MergedA == nil || ex.MergedA.Into != canon || ex.Explanation.Verdict != entitymatch.VerdictMerge {
		t.Errorf("explain a merged id = %+v, %v", ex, err)
	}

	// Split every merge: the graph is exactly what the loads made.
	var decisions entitymatch.Decisions
	for from := range wantInto {
		dec, err := s.Split(ctx, from)
		if err != nil {
			t.Fatalf("split %s: %v", from, err)
		}
		if !slices.Contains(dec.IDs, from) || !slices.Contains(dec.IDs, wantInto[from]) {
			t.Errorf("split %s suggests %+v", from, dec)
		}
		decisions.NeverMerge = append(decisions.NeverMerge, dec)
	}
	if _, err := s.Split(ctx, w.id(model.Person, "li-wu")); err == nil {
		t.Error("split of a never-merged id succeeded")
	}
	if diff := diffLines(before, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("merge + split is not a round trip:\n%s", diff)
	}
	checkEdgeInvariants(t, s, w.tag)
	// The original edges and keys are back: two DIRECTS edges, each with its own quote.
	for _, c := range [][2]string{{canon, w.id(model.Company, "prince-holding-group-co-ltd")}, {w.id(model.Person, "zhi-chen"), company}} {
		if e := edgeProps(t, s, c[0], model.Directs, c[1]); e["key"] != relKey(c[0], model.Directs, c[1]) || asInt(e["evidence_count"]) != 1 {
			t.Errorf("DIRECTS %s -> %s after split = %v", c[0], c[1], e)
		}
	}

	// The recorded never-merge decisions are honoured: nothing merges back. Li Wu and Lu Wu
	// merge only by an analyst's decision.
	decisions.Merge = []entitymatch.Decision{{IDs: []string{w.id(model.Person, "li-wu"), w.id(model.Person, "lu-wu")}, Note: "same person"}}
	rep4, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), decisions, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rep4.Merges {
		if decisions.HasNeverMerge(m.From, m.Into) {
			t.Errorf("never-merge decision ignored: %+v", m)
		}
	}
	if entityExists(t, s, w.id(model.Person, "chen-zhi")) == false || entityExists(t, s, w.id(model.Company, "prince-holding-group-co-ltd")) == false {
		t.Error("a record split by an analyst was merged away again")
	}
	if !slices.ContainsFunc(rep4.Merges, func(m MergeInfo) bool {
		return m.From == w.id(model.Person, "lu-wu") && m.Into == w.id(model.Person, "li-wu") && strings.Contains(m.Reason, "analyst")
	}) {
		t.Errorf("analyst merge not applied: %+v", rep4.Merges)
	}

	// A never-merge decision about records already merged splits them.
	rep5, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{NeverMerge: []entitymatch.Decision{
		{IDs: []string{w.id(model.Person, "li-wu"), w.id(model.Person, "lu-wu")}}}}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep5.Splits) != 1 || rep5.Splits[0].ID != w.id(model.Person, "lu-wu") || !entityExists(t, s, w.id(model.Person, "lu-wu")) {
		t.Errorf("never-merge on a merged pair: splits %+v", rep5.Splits)
	}
}

// diffLines lists lines only in want (-) or only in got (+).
func diffLines(want, got []string) string {
	var b strings.Builder
	for _, l := range want {
		if !slices.Contains(got, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// Documents loaded after a merge name merged-away ids: the loader writes them by those ids,
// keeps evidence it already holds where the merge put it, and the next Resolve folds the rest
// into the canonical edges. A withdrawn claim leaves the canonical edge at once.
func TestLoadAfterMergeKeepsOneEdgePerClaim(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	w := newResolutionWorld(newTag(t))
	t.Cleanup(func() { removeResolutionData(t, s, w.tag) })
	w.load(t, s)
	if _, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope()); err != nil {
		t.Fatal(err)
	}
	canon := w.id(model.Person, "chen-zhi")
	bank := w.id(model.Company, "prince-bank-plc")
	ofac := w.id(model.Organization, "office-of-foreign-assets-control")
	if n := countRels(t, s, canon, model.Owns, bank); n != 1 {
		t.Fatalf("test premise: OWNS canonical -> bank = %d", n)
	}

	// The court page is corrected: it no longer says Vincent Chen controls the bank. The
	// claim was held on the canonical node; it goes with the load, before any Resolve.
	court := w.docs[2]
	court.Relations = court.Relations[1:]
	st, err := s.Load(ctx, SourceInfo{Name: "resolution-" + w.tag, Kind: "test"}, []model.Document{court}, w.seen)
	if err != nil {
		t.Fatal(err)
	}
	if st.Removed != 1 {
		t.Errorf("removed = %d, want 1", st.Removed)
	}
	if n := countRels(t, s, canon, model.Owns, bank); n != 0 {
		t.Errorf("withdrawn OWNS edge still on the canonical node (%d)", n)
	}

	// A new list names Zhi Chen (merged away) as sanctioned and as owning the bank.
	zhiChen := tagged(w.tag, model.Person, "Zhi Chen")
	list2 := model.Document{URL: "https://list2.example/" + w.tag + "/entry", Title: "Second list", Language: "en",
		Text:     "Zhi Chen is designated. Zhi Chen owns Prince Bank PLC.",
		Entities: []model.Entity{zhiChen, tagged(w.tag, model.Organization, "Office of Foreign Assets Control"), tagged(w.tag, model.Company, "Prince Bank PLC")},
		Relations: []model.Relation{
			{Subject: zhiChen.ID, Predicate: model.SanctionedBy, Object: ofac, Grade: model.Official, Quote: "Zhi Chen is designated.", Confidence: 1},
			{Subject: zhiChen.ID, Predicate: model.Owns, Object: bank, Grade: model.Alleged, Quote: "Zhi Chen owns Prince Bank PLC.", Confidence: 0.6},
		}}
	later := w.seen.Add(24 * time.Hour)
	// load2 loads the new list, copies times in one call (a batch may repeat a document).
	load2 := func(copies int) {
		t.Helper()
		docs := slices.Repeat([]model.Document{list2}, copies)
		if _, err := s.Load(ctx, SourceInfo{Name: "resolution-" + w.tag, Kind: "test"}, docs, later); err != nil {
			t.Fatal(err)
		}
	}
	load2(2)
	// Before Resolve the reloaded id is a node of its own, with edges of its own; the
	// invariants hold all the same.
	checkEdgeInvariants(t, s, w.tag)
	rep, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(rep.Absorbed, zhiChen.ID) || rep.Repaired != 0 {
		t.Errorf("absorbed %v, repaired %d; want %s absorbed and nothing to repair", rep.Absorbed, rep.Repaired, zhiChen.ID)
	}
	checkEdgeInvariants(t, s, w.tag)
	sanction := edgeProps(t, s, canon, model.SanctionedBy, ofac)
	if asInt(sanction["evidence_count"]) != 3 || !asTime(sanction["last_seen"]).Equal(later) {
		t.Errorf("sanction edge = %v, want 3 evidence, last seen %v", sanction, later)
	}
	if ev, err := s.Evidence(ctx, canon, model.SanctionedBy, ofac); err != nil || len(ev) != 3 {
		t.Errorf("sanction evidence by canonical ids = %v, %v; want 3 quotes", quotesOf(ev), err)
	}
	owns := edgeProps(t, s, canon, model.Owns, bank)
	if asInt(owns["evidence_count"]) != 1 || owns["grade"] != model.Alleged {
		t.Errorf("OWNS edge = %v, want the new alleged claim alone", owns)
	}

	// Loading the same document twice more, then resolving, changes nothing.
	settled := snapshot(t, s, w.tag)
	load2(1)
	checkEdgeInvariants(t, s, w.tag)
	load2(2)
	if _, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope()); err != nil {
		t.Fatal(err)
	}
	if diff := diffLines(settled, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("reloading after the merge changed the graph:\n%s", diff)
	}

	// Splitting Zhi Chen takes its claims, old and new, back to its own node.
	if _, err := s.Split(ctx, zhiChen.ID); err != nil {
		t.Fatal(err)
	}
	checkEdgeInvariants(t, s, w.tag)
	if e := edgeProps(t, s, zhiChen.ID, model.SanctionedBy, ofac); asInt(e["evidence_count"]) != 2 || e["key"] != relKey(zhiChen.ID, model.SanctionedBy, ofac) {
		t.Errorf("split node's sanction edge = %v, want its 2 quotes under its own key", e)
	}
	if e := edgeProps(t, s, canon, model.SanctionedBy, ofac); asInt(e["evidence_count"]) != 1 {
		t.Errorf("canonical sanction edge after split = %v, want its own quote", e)
	}
	if n := countRels(t, s, canon, model.Owns, bank); n != 0 {
		t.Errorf("OWNS edge stayed on the canonical node after the split (%d)", n)
	}
}

// A graph written before merges re-keyed evidence has the merged records' evidence under
// their extracted keys, drawn as parallel edges on the canonical node; Resolve repairs it.
func TestResolveRepairsParallelEdges(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	w := newResolutionWorld(newTag(t))
	t.Cleanup(func() { removeResolutionData(t, s, w.tag) })
	w.load(t, s)
	if _, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope()); err != nil {
		t.Fatal(err)
	}
	settled := snapshot(t, s, w.tag)
	canon := w.id(model.Person, "chen-zhi")
	ofac := w.id(model.Organization, "office-of-foreign-assets-control")
	luWu := w.id(model.Person, "lu-wu")
	// What the earlier code left: evidence keyed by the extracted ids, one edge per such
	// key between the nodes holding it, symmetric ones in the extracted direction, and the
	// alias link's evidence unflagged.
	if _, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		for _, q := range []string{
			`MATCH (ev:Evidence) WHERE ev.document CONTAINS $tag
			 SET ev.rel_key = ev.subject + '|' + ev.predicate + '|' + ev.object REMOVE ev.self_loop`,
			`MATCH (a:Entity {id: $canon})-[r:SANCTIONED_BY]->(o:Entity {id: $ofac})
			 SET r.evidence_count = 1, r.key = 'stale'
			 CREATE (a)-[r2:SANCTIONED_BY]->(o) SET r2 = properties(r), r2.key = $zhi + '|SANCTIONED_BY|' + $ofac`,
			`MATCH (a:Entity {id: $canon})-[r:MENTIONED_WITH]->(b:Entity {id: $lu})
			 CREATE (b)-[r2:MENTIONED_WITH]->(a) SET r2 = properties(r), r2.key = $lu + '|MENTIONED_WITH|' + $zhi
			 DELETE r`,
		} {
			if err := exec(ctx, tx, q, map[string]any{"tag": w.tag, "canon": canon, "ofac": ofac, "lu": luWu,
				"zhi": w.id(model.Person, "zhi-chen")}); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, nil
	}); err != nil {
		t.Fatal(err)
	}
	if n := countRels(t, s, canon, model.SanctionedBy, ofac); n != 2 {
		t.Fatalf("test premise: %d SANCTIONED_BY edges", n)
	}
	rep, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Repaired == 0 {
		t.Error("repair reports no edge slots repaired")
	}
	checkEdgeInvariants(t, s, w.tag)
	if diff := diffLines(settled, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("repaired graph differs from the one resolved in one go:\n%s", diff)
	}
	// Once repaired, another Resolve writes nothing.
	rep, err = s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, w.scope())
	if err != nil || rep.Edges != 0 || rep.Repaired != 0 {
		t.Errorf("second resolve settled %d edges, repaired %d (%v), want 0", rep.Edges, rep.Repaired, err)
	}
}
