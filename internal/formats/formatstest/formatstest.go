// Package formatstest holds what the tests of the wire-format parsers share: fixtures, the
// hostile inputs every parser must survive, and the checks every JSON reader passes. Each
// kind's parser and its tests live in the kind's folder (internal/sources/<kind>); these helpers keep
// the common checks one table rather than one copy per kind.
package formatstest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// Fixture reads testdata/<name> of the package under test.
func Fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return b
}

// KindFixture reads a fixture kept beside a kind's parser, internal/sources/<kind>/testdata/<name>
// under the repository root, for tests of other packages that read the same answers.
func KindFixture(t testing.TB, name string) []byte {
	t.Helper()
	pattern := filepath.Join(sharedtest.Root(t), "internal", "sources", "*", "testdata", name)
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) != 1 {
		t.Fatalf("fixture %s: %d files match %s (%v)", name, len(paths), pattern, err)
	}
	b, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return b
}

// Day is midnight UTC of a date.
func Day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// SameTime reports a parsed optional date equal to want.
func SameTime(got *time.Time, want time.Time) bool {
	return got != nil && got.Equal(want)
}

// Oversized returns a body just past formats.MaxPageBytes.
func Oversized() []byte { return make([]byte, formats.MaxPageBytes+1) }

// GarbageInputs are bodies every byte-slice parser must reject or survive without panicking.
func GarbageInputs() []string {
	return []string{
		"",
		"   \n",
		"<html><body>Access denied</body></html>",
		"Please limit requests to one every 5 seconds",
		"{",
		"[1,2,3]",
		`{"results": "nope"}`,
		"\xff\xfe\x00<\x00x\x00",
		"null",
	}
}

// Seed adds the named fixtures and the garbage inputs to a fuzz target's corpus.
func Seed(f *testing.F, files ...string) {
	f.Helper()
	for _, name := range files {
		f.Add(Fixture(f, name))
	}
	for _, g := range GarbageInputs() {
		f.Add([]byte(g))
	}
}

// RejectsGarbage checks a JSON reader: inputs no parser may accept (empty, HTML challenge
// pages, truncated JSON, wrong shapes) are errors, an oversized body is ErrTooLarge, and the
// garbage inputs do not panic.
func RejectsGarbage(t *testing.T, parse func([]byte) error) {
	t.Helper()
	inputs := []string{"", "  ", "<html><body>Access Denied</body></html>", "{", `{"results": "nope"}`, "\xff\xfe\x00{"}
	for _, in := range inputs {
		if err := parse([]byte(in)); err == nil {
			t.Errorf("accepted %q", in)
		}
	}
	if err := parse(Oversized()); !errors.Is(err, formats.ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
	for _, in := range GarbageInputs() {
		_ = parse([]byte(in)) // must not panic
	}
}

// RejectsWrongShape checks that an API answer without the reader's results key is an error
// naming what is missing, not an empty page that quietly stops a source.
func RejectsWrongShape(t *testing.T, parse func([]byte) error) {
	t.Helper()
	bodies := []string{`{}`, `{"message": "Service Unavailable"}`, `{"data": []}`, `{"status": "error", "code": 500}`}
	for _, b := range bodies {
		if err := parse([]byte(b)); err == nil || !strings.Contains(err.Error(), "no ") && !strings.Contains(err.Error(), "neither") {
			t.Errorf("accepted %s (err %v)", b, err)
		}
	}
}
