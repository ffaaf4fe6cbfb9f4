package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
)

// TestBriefCommand runs `scamgraph brief` in-process on the query test world: Markdown to
// stdout, HTML to a file, an ambiguous name, bad flags, and a PDF without Chromium.
func TestBriefCommand(t *testing.T) {
	graphdbtest.Shared(t)
	w := loadQueryWorld(t)

	code, out, errOut := runCLI(t, "", "brief", w.holding.Name)
	if code != 0 {
		t.Fatalf("brief %q: exit %d\n%s", w.holding.Name, code, errOut)
	}
	for _, want := range []string{"# Brief: " + w.holding.Name, "## Key facts", "## Sources", "[^1]: ",
		w.general.Name + " directs or leads " + w.holding.Name + ", as reported by",
		"According to query-test.invalid, it is alleged that " + w.tycoon.Name + " owns " + w.holding.Name} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown brief lacks %q", want)
		}
	}
	if !strings.Contains(errOut, "MD on 1 entity") {
		t.Errorf("no summary on stderr: %q", errOut)
	}

	file := filepath.Join(t.TempDir(), "b.html")
	code, _, errOut = runCLI(t, "", "brief", "--format", "html", "--out", file, "--min-grade", "reported", "--since", "2000-01-01", w.park.ID, w.tycoon.Name)
	if code != 0 {
		t.Fatalf("brief --format html: exit %d\n%s", code, errOut)
	}
	html, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<svg") || strings.Count(string(html), `<section class="subject"`) != 2 ||
		!strings.Contains(errOut, "Wrote "+file) {
		t.Errorf("HTML brief of two entities: %d bytes; stderr %q", len(html), errOut)
	}
	if !strings.Contains(string(html), "graded below reported") {
		t.Error("HTML brief does not say the allegation was left out")
	}

	code, _, errOut = runCLI(t, "", "brief", w.twinP.Name)
	if code != 1 || !strings.Contains(errOut, "\n  "+w.twinP.ID) || !strings.Contains(errOut, "\n  "+w.twinC.ID) {
		t.Errorf("ambiguous name: exit %d\n%s", code, errOut)
	}
	for _, args := range [][]string{
		{"brief"},
		{"brief", "--format", "docx", w.park.ID},
		{"brief", "--min-grade", "rumour", w.park.ID},
		{"brief", "--since", "last week", w.park.ID},
	} {
		if code, _, _ := runCLI(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, code)
		}
	}

	t.Setenv("SCAMGRAPH_CHROMIUM", filepath.Join(t.TempDir(), "no-chromium"))
	code, _, errOut = runCLI(t, "", "brief", "--format", "pdf", "--out", filepath.Join(t.TempDir(), "b.pdf"), w.park.ID)
	if code != 1 || !strings.Contains(errOut, "SCAMGRAPH_CHROMIUM") || !strings.Contains(errOut, "apt-get install chromium") {
		t.Errorf("PDF without Chromium: exit %d, stderr %q", code, errOut)
	}
}
