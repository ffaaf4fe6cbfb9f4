package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestFindsShared(t *testing.T) {
	dir := Dir(t)
	if got, want := filepath.Dir(dir), filepath.Dir(mustRoot(t)); got != want {
		t.Errorf("Dir %s is not beside the repository root (parent %s, want %s)", dir, got, want)
	}
	for _, rel := range []string{"ofac/SOURCE.txt", "opensanctions/SOURCE.txt"} {
		if b := Capture(t, rel); len(b) == 0 {
			t.Errorf("capture %s is empty", rel)
		}
	}
	if p := Path(t, "bench/article-extraction/ground-truth.json"); filepath.Base(p) != "ground-truth.json" {
		t.Errorf("bench path %s", p)
	}
}

// TestMissingFails: a missing file fails the test (it is not skipped).
func TestMissingFails(t *testing.T) {
	ft := &fakeT{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Path(ft, "captures/no-such-folder/none.json")
	}()
	<-done
	if !ft.failed {
		t.Error("a missing capture did not fail the test")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper() {}

func (f *fakeT) Fatalf(format string, args ...any) {
	f.failed = true
	runtime.Goexit()
}

func mustRoot(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatal("no go.mod")
		}
	}
}
