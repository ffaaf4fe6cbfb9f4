// Package sharedtest finds what tests read from ../shared beside the repository root (the
// directory holding go.mod): real service captures and the article-extraction benchmark. CI
// lays the checkout out that way. A missing file fails the test instead of skipping it, so an
// absent check is never counted as passed.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns ../shared beside the repository root.
func Dir(t testing.TB) string {
	t.Helper()
	return filepath.Join(Root(t), "..", "shared")
}

// Root returns the repository root: the nearest directory above the test's holding go.mod.
func Root(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no go.mod above %s: cannot find the repository root", wd)
		}
	}
}

// Path returns ../shared/<rel> and fails the test when it does not exist.
func Path(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Dir(t), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("%s is missing (%v): the tests need ../shared beside the repository, as CI lays it out", p, err)
	}
	return p
}

// CapturePath returns the path of a real service capture, ../shared/captures/<rel>.
func CapturePath(t testing.TB, rel string) string {
	t.Helper()
	return Path(t, "captures/"+rel)
}

// Capture reads a real service capture, ../shared/captures/<rel> (each folder's SOURCE.txt
// names where it comes from).
func Capture(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(CapturePath(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
