package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/archive"
)

// TestLookupCapture finds a capture by digest with the index, and without it while another
// process (here: an open Crawler) holds the data directory; a second Crawler on the same
// directory is refused with a clear error.
func TestLookupCapture(t *testing.T) {
	srv := newReplay(t)
	srv.handle("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Origin", "replay")
		fmt.Fprint(w, article("Capture", "exact bytes"))
	})
	dir := t.TempDir()
	cfg := testConfig(t, dir, fmt.Sprintf("  - name: one\n    kind: page\n    url: %s/page\n", srv.URL))
	rec := &recorder{}
	crawlOnce(t, cfg, testOptions(nil), rec)
	if len(rec.caps) != 1 {
		t.Fatalf("%d captures", len(rec.caps))
	}
	want := rec.caps[0]
	ctx := context.Background()

	got, err := LookupCapture(ctx, dir, want.Digest)
	if err != nil || string(got.Body) != string(want.Body) || got.Header.Get("X-Origin") != "replay" {
		t.Fatalf("lookup with index: %v", err)
	}

	holder, err := New(cfg, testOptions(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	start := time.Now()
	_, err = New(cfg, Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "in use by another scamgraph process") {
		t.Fatalf("second crawler on the same data dir: %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatal("lock wait not bounded")
	}
	got, err = LookupCapture(ctx, dir, want.Digest)
	if err != nil || string(got.Body) != string(want.Body) || got.URL != want.URL {
		t.Fatalf("lookup while the data dir is held: %v", err)
	}
	if _, err := LookupCapture(ctx, dir, archive.Digest([]byte("never fetched"))); !errors.Is(err, archive.ErrNotFound) {
		t.Fatalf("unknown digest: %v", err)
	}
	if _, err := LookupCapture(ctx, filepath.Join(dir, "nothing-here"), want.Digest); err == nil {
		t.Fatal("lookup in an empty directory succeeded")
	}
}
