package formats

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return b
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func sameTime(got *time.Time, want time.Time) bool {
	return got != nil && got.Equal(want)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// oversized returns a body just past MaxPageBytes.
func oversized() []byte { return make([]byte, MaxPageBytes+1) }

// garbageInputs are bodies every byte-slice parser must reject or survive without panicking.
var garbageInputs = []string{
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
