package extract

import (
	"bytes"
	"context"
	"net/url"
	"runtime"
	"syscall"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// trafilaturaAnchor runs go-trafilatura as a library user would: defaults plus fallbacks,
// main text only.
func trafilaturaAnchor(b []byte, pageURL string) string {
	u, _ := url.Parse(pageURL)
	res, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{OriginalURL: u, EnableFallback: true})
	if err != nil || res == nil {
		return ""
	}
	return res.ContentText
}

func benchPages(b *testing.B) []aebPage {
	return loadAEB(b, aebDir(b))
}

// BenchmarkExtractFull is the whole pipeline (decode, main text, metadata, entities,
// relations) over the 88 benchmark pages; one op is all pages.
func BenchmarkExtractFull(b *testing.B) {
	pages := benchPages(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := x.Extract(ctx, Page{URL: p.URL, Body: p.HTML, ContentType: "text/html"}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTrafilaturaMainText is the anchor: go-trafilatura's main text alone on the same pages.
func BenchmarkTrafilaturaMainText(b *testing.B) {
	pages := benchPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			trafilaturaAnchor(p.HTML, p.URL)
		}
	}
}

// TestSpeedAgainstTrafilatura times both in one run, interleaved so machine load hits both
// alike, in five rounds; each side counts its fastest round (the one least disturbed by other
// work on a shared machine, the usual way to read a noisy timing). The project target is a full
// extract no slower than the anchor's main text alone.
func TestSpeedAgainstTrafilatura(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; run without -short")
	}
	pages := loadAEB(t, aebDir(t))
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// Warm up both (lazy regexp compilation, caches).
	x.Extract(ctx, Page{URL: pages[0].URL, Body: pages[0].HTML})
	trafilaturaAnchor(pages[0].HTML, pages[0].URL)
	// CPU time of this process, not wall time: other work on a shared machine then does not
	// skew the comparison.
	const rounds = 5
	var ours, anchor, oursWall, anchorWall time.Duration
	for round := 0; round < rounds; round++ {
		// Each side starts from a collected heap, so neither pays for the other's garbage.
		runtime.GC()
		start, c0 := time.Now(), cpuTime()
		for _, p := range pages {
			trafilaturaAnchor(p.HTML, p.URL)
		}
		if a, w := cpuTime()-c0, time.Since(start); round == 0 || a < anchor {
			anchor, anchorWall = a, w
		}
		runtime.GC()
		start, c0 = time.Now(), cpuTime()
		for _, p := range pages {
			if _, err := x.Extract(ctx, Page{URL: p.URL, Body: p.HTML, ContentType: "text/html"}); err != nil {
				t.Fatalf("%s: %v", p.ID, err)
			}
		}
		if o, w := cpuTime()-c0, time.Since(start); round == 0 || o < ours {
			ours, oursWall = o, w
		}
	}
	ratio := float64(anchor) / float64(ours)
	t.Logf("%d pages, fastest of %d rounds: full extract CPU %v (wall %v), go-trafilatura main text CPU %v (wall %v), speed-up %.2fx",
		len(pages), rounds, ours.Round(time.Millisecond), oursWall.Round(time.Millisecond), anchor.Round(time.Millisecond), anchorWall.Round(time.Millisecond), ratio)
	// The target is a full extract (now with sentence structure) no slower than the anchor's
	// main text alone: recall was worth the time the old 2x margin kept. Measured factors sit
	// about 1.1x to 1.2x (Dec 2026, shared two-core machine, run alone), so falling below 1.0x
	// is a real regression. scripts/test.sh runs this test on its own after the others.
	if ratio < 1.0 {
		t.Errorf("full extract %.2fx the speed of go-trafilatura main text alone; want at least 1x", ratio)
	}
}

// cpuTime is the user plus system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
