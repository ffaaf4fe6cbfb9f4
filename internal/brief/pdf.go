package brief

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ErrNoChromium says no Chromium is installed; PDF needs one, the other formats do not.
var ErrNoChromium = errors.New("no Chromium found to print the PDF: install Debian's chromium package " +
	"(apt-get install chromium fonts-noto-core fonts-noto-cjk, or run scripts/chromium.sh), " +
	"set SCAMGRAPH_CHROMIUM to a Chromium or Chrome binary, or ask for --format html")

// FindChromium returns the browser that prints PDFs: SCAMGRAPH_CHROMIUM, else Debian's
// /usr/bin/chromium, else chromium, chromium-browser or google-chrome on the PATH.
func FindChromium() (string, error) {
	if p := strings.TrimSpace(os.Getenv("SCAMGRAPH_CHROMIUM")); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("SCAMGRAPH_CHROMIUM=%s is not a program (%v): %w", p, err, ErrNoChromium)
		}
		return p, nil
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// PDFTimeout bounds one print; a brief of a few hundred footnotes prints in seconds.
const PDFTimeout = 2 * time.Minute

// PDF prints the brief's HTML edition to PDF with headless Chromium. The page is written to
// a private temporary directory and opened from disk with every network name unresolvable,
// and its Content-Security-Policy allows no fetch at all, so printing never goes online.
func PDF(ctx context.Context, w io.Writer, b *Brief, chromium string) error {
	if chromium == "" {
		var err error
		if chromium, err = FindChromium(); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "scamgraph-brief-")
	if err != nil {
		return fmt.Errorf("PDF brief: %w", err)
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "brief.html")
	out := filepath.Join(dir, "brief.pdf")
	var html bytes.Buffer
	if err := HTML(&html, b); err != nil {
		return err
	}
	if err := os.WriteFile(page, html.Bytes(), 0o600); err != nil {
		return fmt.Errorf("PDF brief: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, PDFTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--mute-audio", "--disable-dev-shm-usage",
		"--host-resolver-rules=MAP * ~NOTFOUND",
		"--user-data-dir="+filepath.Join(dir, "profile"),
		"--no-pdf-header-footer", "--print-to-pdf="+out,
		"file://"+page)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("PDF brief: %s did not finish printing within %s", chromium, PDFTimeout)
		}
		return fmt.Errorf("PDF brief: %s: %w\n%s", chromium, err, lastLines(stderr.String(), 5))
	}
	pdf, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return fmt.Errorf("PDF brief: %s wrote no PDF\n%s", chromium, lastLines(stderr.String(), 5))
	}
	_, err = w.Write(pdf)
	return err
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
