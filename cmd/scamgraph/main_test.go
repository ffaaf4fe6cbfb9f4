package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

const articleHTML = `<!doctype html><html><head><meta charset="utf-8"><title>Prince Group chairman charged | Test Desk</title>
<meta property="article:published_time" content="2025-10-15T08:30:00+07:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Prince Group chairman charged</h1>
<p>Chen Zhi, chairman of Prince Holding Group, was indicted in New York, prosecutors said on Tuesday.</p>
<p>Prince Holding Group was sanctioned by the Office of Foreign Assets Control on 14 October 2025.</p>
<p>The group denied any wrongdoing.</p></article>
<footer>Copyright Test Desk</footer></body></html>`

// runCLI runs the command in-process and returns its exit code and output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.html")
	if err := os.WriteFile(plain, []byte(articleHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(articleHTML))
	zw.Close()
	packed := filepath.Join(dir, "b.html.gz")
	if err := os.WriteFile(packed, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")

	code, out, errOut := runCLI(t, articleHTML, "extract", "--url", "https://news.example/prince", plain, missing, packed, "-")
	if code == 0 {
		t.Fatalf("exit code 0 although %s does not exist", missing)
	}
	if !strings.Contains(errOut, missing) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("stderr should be one line naming %s, got %q", missing, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 records (plain, gzip, stdin), got %d:\n%s", len(lines), out)
	}
	wantSources := []string{plain, packed, "-"}
	for i, line := range lines {
		var raw map[string]any
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatalf("record %d is not JSON: %v", i, err)
		}
		for _, k := range []string{"source", "url", "title", "published", "language", "text", "entities", "relations"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("record %d lacks %q", i, k)
			}
		}
		var d model.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		if d.Source != wantSources[i] {
			t.Errorf("record %d source = %q, want %q (input order)", i, d.Source, wantSources[i])
		}
		if d.URL != "https://news.example/prince" {
			t.Errorf("record %d url = %q", i, d.URL)
		}
		if strings.Contains(d.Text, "Copyright Test Desk") || !strings.Contains(d.Text, "indicted in New York") {
			t.Errorf("record %d main text wrong: %q", i, d.Text)
		}
		names := map[string]string{}
		for _, e := range d.Entities {
			names[e.Name] = e.Type
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(d.Text) || d.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not point into text", m)
				}
			}
		}
		if names["Chen Zhi"] != model.Person {
			t.Errorf("record %d: Chen Zhi not found as a Person: %v", i, names)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"nosuch"}, 2, "unknown command"},
		{[]string{"extract"}, 2, "Usage: scamgraph extract"},
		{[]string{"db"}, 2, "Usage: scamgraph db"},
		{[]string{"crawl", "--config", "/nonexistent/sources.yaml"}, 1, "sources.example.yaml"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}

func TestUnreachableGraphNamesURI(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	free := ln.Addr().String()
	ln.Close()
	uri := "bolt://" + free
	t.Setenv("NEO4J_URI", uri)
	code, _, errOut := runCLI(t, "", "serve", "--addr", "127.0.0.1:0")
	if code == 0 || !strings.Contains(errOut, uri) {
		t.Fatalf("serve with Neo4j down: exit %d, stderr %q; want non-zero naming %s", code, errOut, uri)
	}
}

func TestHTTPPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errOut := runCLI(t, "", "serve", "--addr", ln.Addr().String())
	if code == 0 || !strings.Contains(errOut, "already in use") || !strings.Contains(errOut, "SCAMGRAPH_ADDR") {
		t.Fatalf("serve on a busy port: exit %d, stderr %q", code, errOut)
	}
}

// binary returns the scamgraph binary for tests that need a real process: $SCAMGRAPH_BIN when
// `make test` built it, else a fresh build.
func binary(t *testing.T) string {
	t.Helper()
	if b := os.Getenv("SCAMGRAPH_BIN"); b != "" {
		return b
	}
	out := filepath.Join(t.TempDir(), "scamgraph")
	cmd := exec.Command("go", "build", "-o", out, ".")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build scamgraph: %v\n%s", err, b)
	}
	return out
}
