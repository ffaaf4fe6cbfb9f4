package main

import (
	"bytes"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
)

// TestExplorerInBrowser runs the journalist's journeys (internal/web/e2e/journeys.mjs) in Debian's
// Chromium, driven by playwright-core, against a real `scamgraph demo` over the real Neo4j:
// find Chen Zhi by a misspelling, see and expand his network, copy a citation, open the
// capture behind it and check its sha256, filter to official ties, follow the feed, export
// the picture and the data, a 390 px screen, no console errors. EXPLORER_SHOTS=DIR keeps
// the screenshots.
func TestExplorerInBrowser(t *testing.T) {
	graphdbtest.Exclusive(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	chromium, err := exec.Command(filepath.Join(root, "scripts", "chromium.sh")).Output()
	if err != nil {
		t.Fatalf("scripts/chromium.sh: %v", err)
	}
	e2e := filepath.Join(root, "internal", "web", "e2e")
	if _, err := os.Stat(filepath.Join(e2e, "node_modules", "playwright-core", "package.json")); err != nil {
		npm := exec.Command("npm", "ci", "--no-audit", "--no-fund")
		npm.Dir = e2e
		if out, err := npm.CombinedOutput(); err != nil {
			t.Fatalf("npm ci in internal/web/e2e (needs Node.js and npm): %v\n%s", err, out)
		}
	}

	addr, world := freeAddr(t), freeAddr(t)
	var out bytes.Buffer
	demo := exec.Command(binary(t), "demo", "--data", t.TempDir())
	demo.Env = append(os.Environ(), "NEO4J_URI="+graphdbtest.URI(), "SCAMGRAPH_ADDR="+addr, "SAMPLEWORLD_ADDR="+world)
	demo.Stdout, demo.Stderr = &out, &out
	if err := demo.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = demo.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { _ = demo.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = demo.Process.Kill()
		}
	}()
	base := "http://" + addr
	deadline := time.Now().Add(8 * time.Minute)
	for {
		if resp, err := http.Get(base + "/api/stats"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) || demo.ProcessState != nil {
			t.Fatalf("demo did not serve in time:\n%s", out.String())
		}
		time.Sleep(500 * time.Millisecond)
	}

	shots := os.Getenv("EXPLORER_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	node := exec.Command("node", "journeys.mjs")
	node.Dir = e2e
	node.Env = append(os.Environ(), "BASE="+base, "OUT="+shots, "CHROMIUM="+strings.TrimSpace(string(chromium)))
	res, err := node.CombinedOutput()
	t.Logf("journeys:\n%s", res)
	if err != nil {
		t.Fatalf("browser journeys failed: %v", err)
	}
}
