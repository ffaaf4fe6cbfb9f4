package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/internal/sampleworld"
	"github.com/scamgraph/scamgraph/model"
)

// TestBriefSampleWorld crawls the sample world into the graph as `scamgraph demo` does and
// prints the brief the issue asks for, `brief --format pdf "Prince Holding Group"`; the text
// read back from the PDF holds every typed tie of the group with its footnote addresses and
// quotes, and states no co-mention as a tie.
func TestBriefSampleWorld(t *testing.T) {
	// Exclusive: the load resolves entities across the whole graph.
	graphdbtest.Exclusive(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	world, err := sampleworld.Start(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer world.Close()
	for _, kv := range world.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	t.Setenv("NEO4J_URI", graphdbtest.URI())
	cfg, err := demoConfig(nil, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	g, err := openGraph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close(context.Background())
	e := &env{stdout: io.Discard, stderr: io.Discard, stdin: strings.NewReader(""), log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if _, err := crawlAndLoad(ctx, e, cfg, cfg.Sources, g); err != nil {
		t.Fatalf("load the sample world: %v", err)
	}

	file := filepath.Join(t.TempDir(), "prince.pdf")
	code, _, errOut := runCLI(t, "", "brief", "--format", "pdf", "--out", file, "Prince Holding Group")
	if code != 0 {
		t.Fatalf("brief: exit %d\n%s", code, errOut)
	}
	raw, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v (install poppler-utils: scripts/chromium.sh)", err)
	}
	text := strings.Join(strings.Fields(string(raw)), " ")
	flat := strings.Join(strings.Fields(string(raw)), "")

	d, err := g.Entity(ctx, "company:prince-holding-group")
	if err != nil || d == nil {
		t.Fatalf("Prince Holding Group is not in the graph after the load: %v", err)
	}
	typed := map[string]bool{}
	for _, r := range d.Relations {
		if r.Predicate == model.MentionedWith {
			continue
		}
		typed[r.Other.ID] = true
		if !strings.Contains(text, r.Other.Name) {
			t.Errorf("the brief does not name %s (%s)", r.Other.Name, r.Predicate)
		}
		// Citations are capped per tie; the strongest evidence comes first, and at least one
		// cited record of each tie is checked in full.
		found := false
		for _, ev := range r.Evidence {
			if strings.Contains(flat, strings.Join(strings.Fields(ev.Quote), "")) && strings.Contains(flat, ev.DocumentURL) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no footnote of %s %s carries its address and quote", r.Predicate, r.Other.Name)
		}
	}
	if len(typed) < 4 {
		t.Errorf("Prince Holding Group has %d typed neighbours in the sample world, want >= 4", len(typed))
	}
	for _, want := range []string{"Chen Zhi directs or leads Prince Holding Group", "太子集团", "is sanctioned by Office of Foreign Assets Control"} {
		if !strings.Contains(text, want) {
			t.Errorf("the brief lacks %q", want)
		}
	}
	for _, r := range d.Relations {
		if r.Predicate != model.MentionedWith || typed[r.Other.ID] {
			continue
		}
		for _, v := range verbList() {
			for _, claim := range []string{"Prince Holding Group " + v + " " + r.Other.Name, r.Other.Name + " " + v + " Prince Holding Group"} {
				if strings.Contains(text, claim) {
					t.Errorf("co-mention stated as a tie: %q", claim)
				}
			}
		}
	}
	if st, err := os.Stat(file); err != nil || st.Size() < 10000 {
		t.Errorf("PDF %s: %v", file, err)
	}
}

func verbList() []string {
	return []string{"owns", "directs or leads", "is employed by or holds a post at", "is a member of", "is a family member of",
		"is an associate of", "operates", "protects", "is located in", "is sanctioned by", "raided"}
}
