package web

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
)

// chromium returns the browser that scripts/chromium.sh makes sure of.
func chromium(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	out, err := exec.Command(filepath.Join(dir, "scripts", "chromium.sh")).Output()
	if err != nil {
		t.Fatalf("scripts/chromium.sh: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// browse loads u in headless Chromium and returns the DOM after scripts ran and the console
// messages (CSP violations are console errors).
func browse(t *testing.T, u string) (dom string, console []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium(t), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", u)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", u, err, errOut.String())
	}
	for _, line := range strings.Split(errOut.String(), "\n") {
		if strings.Contains(line, ":CONSOLE") || strings.Contains(line, "Content Security Policy") {
			console = append(console, line)
		}
	}
	return out.String(), console
}

// TestExplorerInChromium loads the explorer, and the login page of a server with a login, in
// headless Chromium under the security headers: they render, the explorer's API calls work,
// and nothing reaches the console (a blocked script, style or fetch would).
func TestExplorerInChromium(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	loadWorld(t, s)
	var apiCalls atomic.Int64
	h := New(s, nil)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			apiCalls.Add(1)
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	dom, console := browse(t, srv.URL+"/#/")
	if len(console) > 0 {
		t.Errorf("explorer console:\n%s", strings.Join(console, "\n"))
	}
	if !regexp.MustCompile(`<div id="stats"[^>]*>\d+ entities`).MatchString(dom) || apiCalls.Load() == 0 {
		t.Errorf("the explorer did not show the graph's stats (%d API calls):\n%.2000s", apiCalls.Load(), dom)
	}

	locked := New(s, nil)
	if err := locked.SetAccess(Access{BindAddr: "0.0.0.0:0", Token: strings.Repeat("t", 32)}); err != nil {
		t.Fatal(err)
	}
	srv2 := httptest.NewServer(locked)
	defer srv2.Close()
	dom, console = browse(t, srv2.URL+"/")
	if len(console) > 0 {
		t.Errorf("login page console:\n%s", strings.Join(console, "\n"))
	}
	if !strings.Contains(dom, `type="password"`) {
		t.Errorf("the explorer without a login did not lead to the login page:\n%.2000s", dom)
	}
}
