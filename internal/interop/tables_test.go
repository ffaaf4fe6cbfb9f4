package interop

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/model"
)

// TestTablesCarryEvidence checks that edges.csv and GraphML carry each edge's strongest quote
// with its document and date, and that evidence.csv has one row per evidence record.
func TestTablesCarryEvidence(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zt")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	source := graphdb.SourceInfo{Name: "tables-" + tag, Kind: "test", URL: "https://example.test/" + tag}
	docs := testDocuments(tag)
	if _, err := s.Load(ctx, source, docs, time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	scope := graphdb.ExportScope{Source: source.Name}
	dir := t.TempDir()
	st, err := ExportCSV(ctx, s, scope, dir)
	if err != nil {
		t.Fatal(err)
	}
	edges := readCSV(t, filepath.Join(dir, "edges.csv"))
	col := func(name string) int { return slices.Index(EdgeColumns, name) }
	var operates []string
	for _, e := range edges[1:] {
		if e[col("predicate")] == model.Operates {
			operates = e
		}
		if e[col("quote")] == "" || e[col("quote_url")] == "" {
			t.Errorf("edge %v has no quote or document", e)
		}
	}
	// Roles and ended ties reach the tables: the commander's post, and the ownership told as over.
	for _, c := range []struct{ predicate, role, current string }{{model.Directs, "commander", "true"}, {model.Owns, "", "false"}} {
		found := false
		for _, e := range edges[1:] {
			if e[col("predicate")] == c.predicate && e[col("role")] == c.role && e[col("current")] == c.current {
				found = true
			}
		}
		if !found {
			t.Errorf("edges.csv has no %s edge with role %q and current %s:\n%v", c.predicate, c.role, c.current, edges)
		}
	}
	news := docs[0]
	if operates == nil {
		t.Fatal("edges.csv has no OPERATES edge")
	}
	if operates[col("quote")] != "Yatai International Holdings Group built Shwe Kokko" || operates[col("quote_url")] != news.URL ||
		operates[col("quote_date")] != "2025-09-08T03:00:00Z" || operates[col("first_reported")] != "2025-09-08T03:00:00Z" {
		t.Errorf("OPERATES row %v", operates)
	}

	evidence := readCSV(t, filepath.Join(dir, "evidence.csv"))
	if !slices.Equal(evidence[0], EvidenceColumns) {
		t.Fatalf("evidence.csv header %v", evidence[0])
	}
	want := 0
	for _, d := range docs {
		want += len(d.Relations)
	}
	// One co-mention and the two ASSOCIATE_OF claims in opposite directions are three records.
	if len(evidence)-1 != want || st.Evidence != want {
		t.Errorf("evidence.csv has %d rows (stats %d), want %d", len(evidence)-1, st.Evidence, want)
	}
	ecol := func(name string) int { return slices.Index(EvidenceColumns, name) }
	keys := map[string]bool{}
	for _, e := range edges[1:] {
		keys[e[col("key")]] = true
	}
	publishers := map[string]string{}
	for _, ev := range evidence[1:] {
		if !keys[ev[ecol("edge_key")]] {
			t.Errorf("evidence %s names edge %q, not in edges.csv", ev[0], ev[ecol("edge_key")])
		}
		publishers[ev[ecol("document_url")]] = ev[ecol("publisher")]
		if ev[ecol("predicate")] == model.Owns && ev[ecol("ended")] != "true" {
			t.Errorf("the ownership told as over is not marked ended in evidence.csv: %v", ev)
		}
	}
	if publishers[news.URL] != "news.example" || publishers[docs[1].URL] != "U.S. Treasury OFAC" {
		t.Errorf("publishers %v", publishers)
	}

	var gml bytes.Buffer
	if _, err := ExportGraphML(ctx, s, scope, &gml); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`attr.name="quote"`, `attr.name="quote_url"`, "Yatai International Holdings Group built Shwe Kokko",
		`<data key="e_quote_date">2025-09-08T03:00:00Z</data>`, `<data key="e_role">commander</data>`, `<data key="e_current">false</data>`} {
		if !strings.Contains(gml.String(), want) {
			t.Errorf("GraphML lacks %s", want)
		}
	}
}

func TestRelease(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zt")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	source := graphdb.SourceInfo{Name: "release-" + tag, Kind: "test", URL: "https://example.test/" + tag}
	if _, err := s.Load(ctx, source, testDocuments(tag), time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	parent := t.TempDir()
	date := time.Date(2026, 3, 4, 23, 0, 0, 0, time.FixedZone("X", -5*3600)) // 2026-03-05 in UTC
	var progress bytes.Buffer
	st, err := Release(ctx, s, parent, ReleaseOptions{Date: date, Licence: "CC BY 4.0", Version: "test", Progress: &progress})
	if err != nil {
		t.Fatal(err)
	}
	if st.Dir != filepath.Join(parent, "scamgraph-2026-03-05") {
		t.Errorf("release dir %s", st.Dir)
	}
	entries, err := os.ReadDir(parent)
	if err != nil || len(entries) != 1 {
		t.Errorf("parent holds %v (%v): a temporary directory was left behind", entries, err)
	}
	// SHA256SUMS lists every other file with its checksum.
	f, err := os.Open(st.Checksum)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("SHA256SUMS line %q", sc.Text())
		}
		b, err := os.ReadFile(filepath.Join(st.Dir, name))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		if hex.EncodeToString(h[:]) != sum {
			t.Errorf("%s: checksum does not match", name)
		}
		listed[name] = true
	}
	for _, name := range []string{"scamgraph.ftm.json", "scamgraph.graphml", "nodes.csv", "edges.csv", "evidence.csv", "README.md"} {
		if !listed[name] {
			t.Errorf("SHA256SUMS does not list %s", name)
		}
	}
	readme, err := os.ReadFile(filepath.Join(st.Dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# scamgraph-2026-03-05", "CC BY 4.0", "## Sources", "| release-" + tag + " | test |",
		"## Counts", "| SANCTIONED_BY |", "evidence.csv", "sha256sum -c SHA256SUMS"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README lacks %q", want)
		}
	}
	if st.Tables.Evidence < 11 || st.Graph.Edges < 9 || st.FtM.Lines == 0 || !strings.Contains(progress.String(), "evidence records") {
		t.Errorf("release stats %+v, progress %q", st, progress.String())
	}
	// A second release of the same date is refused, never overwritten.
	if _, err := Release(ctx, s, parent, ReleaseOptions{Date: date}); err == nil || !strings.Contains(err.Error(), "exists already") {
		t.Errorf("second release of one date: %v", err)
	}
}

func TestMarkdownCell(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                "plain",
		"a|b":                  `a\|b`,
		"line\nbreak\r":        "line break",
		"| --- |\n# heading |": `\| --- \| # heading \|`,
	} {
		if got := mdCell(in); got != want {
			t.Errorf("mdCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSpreadsheetSafe covers CSV injection: crawled names and quotes must never reach a
// spreadsheet as formulas, and ordinary cells must pass unchanged.
func TestSpreadsheetSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Prince Holding Group", "Prince Holding Group"},
		{"", ""},
		{"=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")"},
		{"+855 12 345 678", "'+855 12 345 678"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"a=b", "a=b"},
		{"0.9", "0.9"},
	} {
		var b strings.Builder
		cw := csv.NewWriter(&b)
		row := []string{"id", tc.in}
		if err := (spreadsheetSafe{cw}).Write(row); err != nil {
			t.Fatal(err)
		}
		cw.Flush()
		got, err := csv.NewReader(strings.NewReader(b.String())).Read()
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if got[0] != "id" || got[1] != tc.want {
			t.Errorf("%q written as %q, want %q", tc.in, got[1], tc.want)
		}
		if row[1] != tc.in {
			t.Errorf("%q: the caller's row was changed to %q", tc.in, row[1])
		}
	}
}
