package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractRefusesUnknownShape: JSON that no parser reads is an error naming the file (it was
// an "article" of junk entities with exit 0), and the other files' records are still printed.
func TestExtractRefusesUnknownShape(t *testing.T) {
	dir := t.TempDir()
	odd := filepath.Join(dir, "answer.json")
	if err := os.WriteFile(odd, []byte(`{"status": "ok", "data": {"items": [{"name": "Prince Holding Group"}]}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "a.html")
	if err := os.WriteFile(page, []byte(articleHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "extract", odd, page)
	if code == 0 || !strings.Contains(errOut, odd) || !strings.Contains(errOut, "JSON of a shape no parser here reads") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; strings.TrimSpace(out) == "" || n != 1 || !strings.Contains(out, `"source":"`+page) {
		t.Errorf("stdout %q; want the page's record only", out)
	}
}

// TestExtractEmptyListsNotNull: a page naming nothing prints "entities":[] and "relations":[]
// (it printed "relations":null, which broke consumers that iterate the list).
func TestExtractEmptyListsNotNull(t *testing.T) {
	page := filepath.Join(t.TempDir(), "empty.html")
	body := `<html><body><article><h1>Notice</h1><p>The office is closed on Monday.</p></article></body></html>`
	if err := os.WriteFile(page, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "extract", "--url", "https://example.com/notice", page)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{`"entities":[]`, `"relations":[]`} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout %q lacks %s", out, want)
		}
	}
	if strings.Contains(out, "null,") && strings.Contains(out, `"relations":null`) {
		t.Errorf("stdout %q prints relations as null", out)
	}
}
