package brief

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkBriefHTML builds and renders the in-memory world's brief as HTML: the brief's own
// cost, without the graph's.
func BenchmarkBriefHTML(b *testing.B) {
	g := newFake()
	for b.Loop() {
		br, err := Build(context.Background(), g, []string{group.ID}, Options{Now: now})
		if err != nil {
			b.Fatal(err)
		}
		if err := HTML(io.Discard, br); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBriefPDF prints that brief with Chromium; BenchmarkChromiumBlankPDF, its anchor,
// prints an empty page with the same flags, the fixed cost of starting the browser.
func BenchmarkBriefPDF(b *testing.B) {
	br, err := Build(context.Background(), newFake(), []string{group.ID}, Options{Now: now})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var buf bytes.Buffer
		if err := PDF(context.Background(), &buf, br, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChromiumBlankPDF(b *testing.B) {
	chromium, err := FindChromium()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	page := filepath.Join(dir, "blank.html")
	if err := os.WriteFile(page, []byte("<!doctype html><title>x</title>"), 0o600); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		out := filepath.Join(dir, "blank.pdf")
		cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-extensions", "--disable-default-apps", "--mute-audio", "--disable-dev-shm-usage",
			"--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir="+filepath.Join(dir, "profile"),
			"--no-pdf-header-footer", "--print-to-pdf="+out, "file://"+page)
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
	}
}
