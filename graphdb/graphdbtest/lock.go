// Package graphdbtest lets tests of several packages share the one database of a Neo4j
// Community server without disturbing each other. Tests that write their own, uniquely named
// data hold the shared lock; a test that measures whole-graph counts (stats, summaries, an
// empty graph) holds the exclusive lock, so no other test writes while it measures. Both are
// advisory file locks keyed by NEO4J_URI, released when the test ends or the process dies.
package graphdbtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// URI returns the Neo4j address tests use: NEO4J_URI, or the local default.
func URI() string {
	if u := os.Getenv("NEO4J_URI"); u != "" {
		return u
	}
	return "bolt://127.0.0.1:7687"
}

// Shared takes the shared lock for the rest of the test: other tests writing their own data
// may run beside it, a test holding Exclusive may not.
func Shared(t testing.TB) { lock(t, syscall.LOCK_SH) }

// Exclusive takes the exclusive lock for the rest of the test: no other test using this
// package touches the graph until it ends.
func Exclusive(t testing.TB) { lock(t, syscall.LOCK_EX) }

// LockPath is the lock file for the database at URI.
func LockPath() string {
	h := sha256.Sum256([]byte(URI()))
	return filepath.Join(os.TempDir(), "scamgraph-neo4j-"+hex.EncodeToString(h[:6])+".lock")
}

func lock(t testing.TB, how int) {
	t.Helper()
	f, err := os.OpenFile(LockPath(), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("open test lock %s: %v", LockPath(), err)
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		f.Close()
		t.Fatalf("lock %s: %v", LockPath(), err)
	}
	t.Cleanup(func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}
