package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/internal/sampleworld"
)

// TestScheduleDaemon runs the real `scamgraph schedule` process over the sample world with a
// config file as a user writes one: every source runs once at start, SIGTERM stops the daemon,
// and `scamgraph jobs` lists each run with its status.
func TestScheduleDaemon(t *testing.T) {
	// Exclusive: each run resolves entities across the whole graph.
	graphdbtest.Exclusive(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	world, err := sampleworld.Start(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer world.Close()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "sources.yaml")
	yaml := strings.Replace(string(sampleworld.SourcesYAML()), "user_agent:", "data_dir: "+filepath.Join(dir, "data")+"\nuser_agent:", 1)
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	health := freeAddr(t)
	bin := binary(t)
	var out bytes.Buffer
	cmd := exec.Command(bin, "schedule", "--config", cfgPath, "--health", health)
	cmd.Env = append(os.Environ(), world.Environ()...)
	cmd.Env = append(cmd.Env, "NEO4J_URI="+graphdbtest.URI())
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer cmd.Process.Kill()

	type state struct {
		Sources []struct {
			Name string
			Last *struct{ Status string }
		}
	}
	deadline := time.Now().Add(5 * time.Minute)
	for {
		select {
		case err := <-exited:
			t.Fatalf("schedule exited early (%v):\n%s", err, out.String())
		default:
		}
		var st state
		done := 0
		if resp, err := http.Get("http://" + health + "/healthz"); err == nil {
			json.NewDecoder(resp.Body).Decode(&st)
			resp.Body.Close()
			for _, s := range st.Sources {
				if s.Last != nil && s.Last.Status != "running" {
					done++
				}
			}
		}
		if len(st.Sources) > 0 && done == len(st.Sources) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not every source ran within 5 minutes:\n%s", out.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("schedule exit after SIGTERM: %v\n%s", err, out.String())
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("schedule still running 2 minutes after SIGTERM")
	}

	jobs, err := exec.Command(bin, "jobs", "--config", cfgPath).CombinedOutput()
	if err != nil {
		t.Fatalf("scamgraph jobs: %v\n%s", err, jobs)
	}
	for _, name := range []string{"mekong-ledger", "ofac-sdn", "telegram-mekongledger", "bluesky-scam-compounds"} {
		line := ""
		for _, l := range strings.Split(string(jobs), "\n") {
			if strings.Contains(l, name) {
				line = l
			}
		}
		if !strings.Contains(line, "ok") {
			t.Errorf("jobs shows no ok run of %s:\n%s", name, jobs)
		}
	}
}
