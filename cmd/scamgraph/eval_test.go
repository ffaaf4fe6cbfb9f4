package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalSet scores a labelled folder given with --set (and positionally), tolerates the
// optional "role" and "sector" label fields, and prints aggregate figures without naming any
// page or entity: a sealed set must stay unread.
func TestEvalSet(t *testing.T) {
	dir := t.TempDir()
	label := `{"url": "https://news.example/prince", "genre": "news",
 "entities": [{"name": "Chen Zhi", "type": "Person"},
              {"name": "Prince Holding Group", "type": "Company"},
              {"name": "Office of Foreign Assets Control", "type": "Organization", "sector": "government"}],
 "relations": [{"subject": "Chen Zhi", "predicate": "DIRECTS", "object": "Prince Holding Group", "grade": "reported", "role": "chairman"},
               {"subject": "Prince Holding Group", "predicate": "SANCTIONED_BY", "object": "Office of Foreign Assets Control", "grade": "reported"}]}`
	if err := os.WriteFile(filepath.Join(dir, "sealed-page.json"), []byte(label), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sealed-page.html"), []byte(articleHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	// A broken label file and a page of a shape no parser reads are counted, never named.
	if err := os.WriteFile(filepath.Join(dir, "sealed-broken.json"), []byte(`{"url": `), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "sealed-broken.html"), []byte("<p>x</p>"), 0o644)
	if err := os.WriteFile(filepath.Join(dir, "sealed-api.json"), []byte(`{"url": "https://www.justice.gov/api/v1/press_releases.json", "kind": "doj", "genre": "press", "entities": [], "relations": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "sealed-api.html"), []byte("<html>Access Denied</html>"), 0o644)
	for _, args := range [][]string{{"eval", "--set", dir}, {"eval", dir}} {
		code, out, errOut := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		for _, want := range []string{"2 pages", "refused (scored as finding nothing): 1", "unreadable (skipped): 1", "DIRECTS", "SANCTIONED_BY", "in no list", "relation grades correct", "roles found"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, out)
			}
		}
		for _, secret := range []string{"sealed-", "justice.gov", "Access Denied", "Chen", "Prince", "Foreign Assets"} {
			if strings.Contains(out, secret) {
				t.Errorf("%v: output names %q from the set:\n%s", args, secret, out)
			}
		}
	}
	if code, _, _ := runCLI(t, "", "eval", "--set", dir, dir); code == 0 {
		t.Error("eval with both --set and a folder: exit 0")
	}
	if code, _, errOut := runCLI(t, "", "eval", "--set", filepath.Join(dir, "none")); code == 0 || !strings.Contains(errOut, "no labelled pages") {
		t.Errorf("eval of an empty folder: exit %d, %q", code, errOut)
	}
}
