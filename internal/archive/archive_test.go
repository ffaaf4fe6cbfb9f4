package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func openTest(t *testing.T, dir string, opts Options) (*Archive, *bbolt.DB) {
	t.Helper()
	db, err := bbolt.Open(filepath.Join(dir, "state.db"), 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a, err := Open(filepath.Join(dir, "warc"), db, opts)
	if err != nil {
		t.Fatal(err)
	}
	return a, db
}

func resp(url, body string) Response {
	h := http.Header{}
	h.Set("Content-Type", "text/html; charset=windows-1252")
	h.Set("Etag", `"abc"`)
	return Response{URL: url, Status: 200, Header: h, Body: []byte(body), FetchedAt: time.Date(2025, 10, 15, 8, 30, 0, 123456789, time.UTC)}
}

func TestPutGetExactBytes(t *testing.T) {
	ctx := context.Background()
	a, _ := openTest(t, t.TempDir(), Options{})
	defer a.Close()

	bodies := []string{
		"<html><body>caf\xe9 in windows-1252, not UTF-8</body></html>",
		"",
		"\x00\x01binary\r\n\r\nWARC/1.1\r\n",
		strings.Repeat("long line ", 50000),
	}
	for i, b := range bodies {
		url := fmt.Sprintf("https://example.org/a/%d", i)
		st, err := a.Put(ctx, resp(url, b), nil)
		if err != nil {
			t.Fatalf("put %d: %v", i, err)
		}
		if st.Digest != Digest([]byte(b)) {
			t.Fatalf("put %d: digest %s, want %s", i, st.Digest, Digest([]byte(b)))
		}
		rec, err := a.Get(ctx, strings.ToUpper(st.Digest))
		if err != nil {
			t.Fatalf("get %d: %v", i, err)
		}
		if !bytes.Equal(rec.Body, []byte(b)) {
			t.Fatalf("get %d: body differs: got %d bytes, want %d", i, len(rec.Body), len(b))
		}
		if rec.URL != url || rec.Status != 200 || rec.Header.Get("Etag") != `"abc"` {
			t.Fatalf("get %d: url %q status %d etag %q", i, rec.URL, rec.Status, rec.Header.Get("Etag"))
		}
		if !rec.FetchedAt.Equal(time.Date(2025, 10, 15, 8, 30, 0, 123456789, time.UTC)) {
			t.Fatalf("get %d: fetched at %v", i, rec.FetchedAt)
		}
		var head bytes.Buffer
		if err := rec.WriteHead(&head); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(head.String(), "HTTP/1.1 200 OK\r\n") || !strings.Contains(head.String(), "Content-Type: text/html; charset=windows-1252\r\n") {
			t.Fatalf("head: %q", head.String())
		}
	}
}

func TestTruncatedFlagKept(t *testing.T) {
	ctx := context.Background()
	a, _ := openTest(t, t.TempDir(), Options{})
	defer a.Close()
	r := resp("https://example.org/big", "first bytes only")
	r.Truncated = true
	st, err := a.Put(ctx, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := a.Get(ctx, st.Digest)
	if err != nil {
		t.Fatal(err)
	}
	if !rec.Truncated {
		t.Fatal("WARC-Truncated was not kept")
	}
}

func TestDuplicatePayloadWritesRevisit(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, _ := openTest(t, dir, Options{})
	first, err := a.Put(ctx, resp("https://example.org/one", "same body"), nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := a.Put(ctx, resp("https://mirror.example.net/two", "same body"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.Duplicate || !second.Duplicate {
		t.Fatalf("duplicate flags: first %v second %v", first.Duplicate, second.Duplicate)
	}
	rec, err := a.Get(ctx, second.Digest)
	if err != nil {
		t.Fatal(err)
	}
	if rec.URL != "https://example.org/one" || string(rec.Body) != "same body" {
		t.Fatalf("Get returned %q %q, want the first copy", rec.URL, rec.Body)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	// The second record is a revisit: the body is stored once.
	files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files: %v", files)
	}
	raw := gunzipAll(t, files[0])
	if n := strings.Count(raw, "same body"); n != 1 {
		t.Fatalf("body stored %d times, want 1", n)
	}
	if !strings.Contains(raw, "WARC-Type: revisit") || !strings.Contains(raw, "WARC-Refers-To-Target-URI: https://example.org/one") {
		t.Fatal("no revisit record pointing to the first copy")
	}
}

func TestRotationBySize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, db := openTest(t, dir, Options{MaxFileSize: 4 << 10})
	var digests []string
	for i := range 12 {
		// Incompressible bodies so that files fill up.
		rnd := make([]byte, 3000)
		if _, err := rand.Read(rnd); err != nil {
			t.Fatal(err)
		}
		body := string(rnd)
		st, err := a.Put(ctx, resp(fmt.Sprintf("https://example.org/%d", i), body), nil)
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, st.Digest)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))
	if len(files) < 3 {
		t.Fatalf("got %d WARC files, want rotation into several", len(files))
	}
	b, err := Open(filepath.Join(dir, "warc"), db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, d := range digests {
		if _, err := b.Get(ctx, d); err != nil {
			t.Fatalf("get %s after rotation: %v", d, err)
		}
	}
}

// TestRecoverAfterKill simulates a process killed after writing records but before indexing
// them, in the middle of writing one more: the next Open indexes the complete records, cuts
// the torn one off and closes the file.
func TestRecoverAfterKill(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := bbolt.Open(filepath.Join(dir, "state.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := Open(filepath.Join(dir, "warc"), db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var stored []Stored
	for i := range 4 {
		st, err := a.Put(ctx, resp(fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("body %d", i)), nil)
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, st)
	}
	// Forget the last three: as if the process died between writing and indexing them.
	if err := db.Update(func(tx *bbolt.Tx) error {
		for _, s := range stored[1:] {
			if err := tx.Bucket(bucketDigests).Delete([]byte(s.Digest)); err != nil {
				return err
			}
		}
		b, _ := json.Marshal(fileState{LastOffset: stored[0].Offset})
		return tx.Bucket(bucketFiles).Put([]byte(stored[0].File), b)
	}); err != nil {
		t.Fatal(err)
	}
	open := filepath.Join(dir, "warc", stored[0].File+openSuffix)
	info, err := os.Stat(open)
	if err != nil {
		t.Fatalf("the file being written should carry the open suffix: %v", err)
	}
	// A torn gzip member at the end, as a kill mid-write leaves it.
	f, err := os.OpenFile(open, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x0b, 0x72}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// The killed process's writer is simply abandoned (never closed).

	var seen []string
	b, err := Open(filepath.Join(dir, "warc"), db, Options{OnRecover: func(tx *bbolt.Tx, s Stored) error {
		seen = append(seen, s.URL)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if want := []string{"https://example.org/1", "https://example.org/2", "https://example.org/3"}; strings.Join(seen, " ") != strings.Join(want, " ") {
		t.Fatalf("recovered %v, want %v", seen, want)
	}
	for i, s := range stored {
		rec, err := b.Get(ctx, s.Digest)
		if err != nil {
			t.Fatalf("record %d after recovery: %v", i, err)
		}
		if string(rec.Body) != fmt.Sprintf("body %d", i) {
			t.Fatalf("record %d body %q", i, rec.Body)
		}
	}
	final := filepath.Join(dir, "warc", stored[0].File)
	fi, err := os.Stat(final)
	if err != nil {
		t.Fatalf("recovered file not renamed: %v", err)
	}
	if fi.Size() != info.Size() {
		t.Fatalf("torn tail not cut: size %d, want %d", fi.Size(), info.Size())
	}
	if _, err := os.Stat(open); !os.IsNotExist(err) {
		t.Fatal("open file still present")
	}
}

func TestGetErrors(t *testing.T) {
	ctx := context.Background()
	a, _ := openTest(t, t.TempDir(), Options{})
	defer a.Close()
	if _, err := a.Get(ctx, "not-a-digest"); err == nil || !strings.Contains(err.Error(), "not a sha256") {
		t.Fatalf("bad digest: %v", err)
	}
	if _, err := a.Get(ctx, Digest([]byte("never stored"))); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing digest: %v", err)
	}
}

func TestFindWithoutIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, _ := openTest(t, dir, Options{})
	st, err := a.Put(ctx, resp("https://example.org/x", "findable body"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Put(ctx, resp("https://example.org/y", "other"), nil); err != nil {
		t.Fatal(err)
	}
	// While the writer still has the file open.
	rec, err := Find(ctx, filepath.Join(dir, "warc"), st.Digest)
	if err != nil {
		t.Fatal(err)
	}
	if string(rec.Body) != "findable body" || rec.URL != "https://example.org/x" {
		t.Fatalf("found %q at %q", rec.Body, rec.URL)
	}
	a.Close()
	if _, err := Find(ctx, filepath.Join(dir, "warc"), Digest([]byte("absent"))); !errors.Is(err, ErrNotFound) {
		t.Fatalf("absent digest: %v", err)
	}
}

func gunzipAll(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
