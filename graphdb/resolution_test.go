package graphdb

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/resolve"
)

// resolutionWorld is a small graph about one tycoon told by three documents: a news story,
// a sanctions entry and a court filing, each naming him differently. Every id carries the
// test's tag so resolution can be scoped to this test's data.
type resolutionWorld struct {
	tag  string
	docs []extract.Document
	seen time.Time
}

func tagged(tag, typ, name string, aliases ...string) extract.Entity {
	e := ent(typ, name, aliases...)
	_, slug, _ := strings.Cut(e.ID, ":")
	e.ID = strings.ToLower(typ) + ":" + tag + "-" + slug
	return e
}

func newResolutionWorld(tag string) resolutionWorld {
	chen := tagged(tag, extract.Person, "Chen Zhi")
	prince := tagged(tag, extract.Company, "Prince Holding Group Co., Ltd.")
	bank := tagged(tag, extract.Company, "Prince Bank PLC")
	liWu := tagged(tag, extract.Person, "Li Wu")
	news := extract.Document{URL: "https://news.example/" + tag + "/prince", Title: "Prince", Language: "en",
		Text:     "Chen Zhi chairs Prince Holding Group, which owns Prince Bank. Li Wu works there.",
		Entities: []extract.Entity{chen, prince, bank, liWu},
		Relations: []extract.Relation{
			rel(chen, extract.Directs, prince, extract.Reported, "Chen Zhi chairs Prince Holding Group.", 0.9),
			rel(prince, extract.Owns, bank, extract.Reported, "Prince Holding Group owns Prince Bank.", 0.8),
			rel(liWu, extract.EmployedBy, prince, extract.Alleged, "Li Wu reportedly works there.", 0.6),
		}}

	zhiChen := tagged(tag, extract.Person, "Zhi Chen", "陈志", "陳志")
	zhiChen.Identifiers = []extract.Identifier{{Scheme: "USDT", Value: "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"}}
	group := tagged(tag, extract.Company, "Prince Group")
	ofac := tagged(tag, extract.Organization, "Office of Foreign Assets Control", "OFAC")
	luWu := tagged(tag, extract.Person, "Lu Wu")
	list := extract.Document{URL: "https://list.example/" + tag + "/entry", Title: "SDN entry", Language: "en",
		Text:     "Zhi Chen (陈志), director of Prince Group, is listed by OFAC. Lu Wu is listed too.",
		Entities: []extract.Entity{zhiChen, group, ofac, luWu},
		Relations: []extract.Relation{
			rel(zhiChen, extract.SanctionedBy, ofac, extract.Official, "Zhi Chen is listed by OFAC.", 1),
			rel(zhiChen, extract.Directs, group, extract.Official, "Zhi Chen, director of Prince Group.", 1),
			rel(luWu, extract.SanctionedBy, ofac, extract.Official, "Lu Wu is listed too.", 1),
			rel(zhiChen, extract.MentionedWith, luWu, extract.CoMentioned, "Zhi Chen ... Lu Wu", 0.3),
		}}

	oknha := tagged(tag, extract.Person, "Neak Oknha Chen Zhi")
	vincent := tagged(tag, extract.Person, "Vincent Chen")
	vincent.Identifiers = []extract.Identifier{{Scheme: "TRX", Value: "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"}}
	court := extract.Document{URL: "https://court.example/" + tag + "/filing", Title: "Filing", Language: "en",
		Text:     "Neak Oknha Chen Zhi, also known as Vincent Chen, controls Prince Bank.",
		Entities: []extract.Entity{oknha, vincent, bank},
		Relations: []extract.Relation{
			rel(vincent, extract.Owns, bank, extract.Alleged, "prosecutors allege Vincent Chen controls Prince Bank", 0.7),
			rel(oknha, extract.AssociateOf, vincent, extract.Alleged, "Chen Zhi, also known as Vincent Chen", 0.5),
		}}
	return resolutionWorld{tag: tag, docs: []extract.Document{news, list, court},
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

	rep, err := s.ResolveScoped(ctx, resolve.DefaultRules(), resolve.Decisions{}, w.scope())
	if err != nil {
		t.Fatalf("resolve: %v", err)
	}
	t.Logf("first resolve took %s", rep.Took)
	canon := w.id(extract.Person, "chen-zhi")
	company := w.id(extract.Company, "prince-group")
	into := map[string]string{}
	for _, m := range rep.Merges {
		into[m.From] = m.Into
		if m.Reason == "" || m.Score <= 0 {
			t.Errorf("merge %s -> %s has no reason or score: %+v", m.From, m.Into, m)
		}
	}
	wantInto := map[string]string{
		w.id(extract.Person, "zhi-chen"):                     canon,
		w.id(extract.Person, "neak-oknha-chen-zhi"):          canon,
		w.id(extract.Person, "vincent-chen"):                 canon,
		w.id(extract.Company, "prince-holding-group-co-ltd"): company,
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
	for _, id := range []string{w.id(extract.Person, "li-wu"), w.id(extract.Person, "lu-wu"), w.id(extract.Company, "prince-bank-plc")} {
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
	ofac := w.id(extract.Organization, "office-of-foreign-assets-control")
	if n := countRels(t, s, canon, extract.SanctionedBy, ofac); n != 1 {
		t.Errorf("SANCTIONED_BY edges from the canonical node = %d, want 1", n)
	}
	// Two claims of directorship from two documents stay two edges, each with its evidence.
	if n := countRels(t, s, canon, extract.Directs, company); n != 2 {
		t.Errorf("DIRECTS edges canonical -> company = %d, want 2", n)
	}
	ev, err := s.Evidence(ctx, w.id(extract.Person, "zhi-chen"), extract.Directs, company)
	if err != nil || len(ev) != 1 || ev[0].Grade != extract.Official {
		t.Errorf("evidence by the extracted ids after merge = %+v, %v; want the official quote", ev, err)
	}
	// The alias link between two merged names is not drawn as a self-loop.
	if n := countRels(t, s, canon, extract.AssociateOf, canon); n != 0 {
		t.Errorf("self-loop ASSOCIATE_OF edges = %d", n)
	}

	// Idempotent: a second run finds nothing and changes nothing.
	afterMerge := snapshot(t, s, w.tag)
	rep2, err := s.ResolveScoped(ctx, resolve.DefaultRules(), resolve.Decisions{}, w.scope())
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
	if !entityExists(t, s, w.id(extract.Person, "zhi-chen")) {
		t.Fatal("reload did not recreate the merged id (test premise)")
	}
	rep3, err := s.ResolveScoped(ctx, resolve.DefaultRules(), resolve.Decisions{}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep3.Absorbed) != 4 || len(rep3.Merges) != 0 {
		t.Errorf("after reload: absorbed %v, merged %+v; want the 4 merged ids absorbed and no new merges", rep3.Absorbed, rep3.Merges)
	}
	if diff := diffLines(afterMerge, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("reload + resolve differs from the first resolve:\n%s", diff)
	}

	// Explain.
	ex, err := s.Explain(ctx, w.id(extract.Person, "li-wu"), w.id(extract.Person, "lu-wu"), resolve.DefaultRules(), resolve.Decisions{})
	if err != nil || ex.Explanation.Verdict != resolve.VerdictApart || len(ex.Explanation.Matches) != 0 {
		t.Errorf("explain Li Wu / Lu Wu = %+v, %v", ex, err)
	}
	ex, err = s.Explain(ctx, w.id(extract.Person, "vincent-chen"), canon, resolve.DefaultRules(), resolve.Decisions{})
	if err != nil || ex.MergedA == nil || ex.MergedA.Into != canon || ex.Explanation.Verdict != resolve.VerdictMerge {
		t.Errorf("explain a merged id = %+v, %v", ex, err)
	}

	// Split every merge: the graph is exactly what the loads made.
	var decisions resolve.Decisions
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
	if _, err := s.Split(ctx, w.id(extract.Person, "li-wu")); err == nil {
		t.Error("split of a never-merged id succeeded")
	}
	if diff := diffLines(before, snapshot(t, s, w.tag)); diff != "" {
		t.Errorf("merge + split is not a round trip:\n%s", diff)
	}

	// The recorded never-merge decisions are honoured: nothing merges back. Li Wu and Lu Wu
	// merge only by an analyst's decision.
	decisions.Merge = []resolve.Decision{{IDs: []string{w.id(extract.Person, "li-wu"), w.id(extract.Person, "lu-wu")}, Note: "same person"}}
	rep4, err := s.ResolveScoped(ctx, resolve.DefaultRules(), decisions, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rep4.Merges {
		if decisions.HasNeverMerge(m.From, m.Into) {
			t.Errorf("never-merge decision ignored: %+v", m)
		}
	}
	if entityExists(t, s, w.id(extract.Person, "chen-zhi")) == false || entityExists(t, s, w.id(extract.Company, "prince-holding-group-co-ltd")) == false {
		t.Error("a record split by an analyst was merged away again")
	}
	if !slices.ContainsFunc(rep4.Merges, func(m MergeInfo) bool {
		return m.From == w.id(extract.Person, "lu-wu") && m.Into == w.id(extract.Person, "li-wu") && strings.Contains(m.Reason, "analyst")
	}) {
		t.Errorf("analyst merge not applied: %+v", rep4.Merges)
	}

	// A never-merge decision about records already merged splits them.
	rep5, err := s.ResolveScoped(ctx, resolve.DefaultRules(), resolve.Decisions{NeverMerge: []resolve.Decision{
		{IDs: []string{w.id(extract.Person, "li-wu"), w.id(extract.Person, "lu-wu")}}}}, w.scope())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep5.Splits) != 1 || rep5.Splits[0].ID != w.id(extract.Person, "lu-wu") || !entityExists(t, s, w.id(extract.Person, "lu-wu")) {
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
